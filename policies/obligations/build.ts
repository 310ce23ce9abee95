/** Constructors the per-area obligation data files are written with. */
import type { Area, Obligation } from "../obligation-types";
import type { Article, RegulationKey } from "../regulations";

type Articles = Partial<Record<RegulationKey, Article[]>>;

export function ob(
  id: string,
  area: Area,
  kind: Obligation["kind"],
  idTitle: string,
  en: string,
  articles: Articles,
  note?: string,
): Obligation {
  return note === undefined
    ? { id, area, kind, title: { id: idTitle, en }, articles }
    : { id, area, kind, title: { id: idTitle, en }, articles, note };
}

// Quotes are copied from shared/regulations/<file>; "…" marks text left out. Spelling slips of the
// source texts (e.g. "menjalankah", "Governmernt") are kept: a quote must match its text verbatim.
export const a = (ref: string, quote: string, note?: string): Article =>
  note === undefined ? { ref, quote } : { ref, quote, note };
