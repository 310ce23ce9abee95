/**
 * How a rule cites the governing regulation. The regulations are data (regulations/<key>.yaml,
 * read by regulations/registry.ts): any region naming a regulation that has a data file works,
 * and docs, finding messages and the compliance matrix never restate an article by hand.
 */
import { obligation } from "./obligations";
import { articlesOf, regulation } from "../regulations/registry";

export {
  hasRegulation,
  regulation,
  regulationKeys,
  termsOf,
  silenceOf,
  wordOf,
  articlesOf,
} from "../regulations/registry";
export type { Regulation } from "../regulations/registry";
export { plainQuote } from "../regulations/text";

/** A regulation's key (the name of its data file, e.g. `tabanan`). */
export type RegulationKey = string;

/** One cited article of a regulation. */
export interface Article {
  ref: string;
  quote: string;
  note?: string;
}

/** Joins refs the way Indonesian legal text lists them: "A", "A dan B", "A, B, dan C". */
export function joinRefs(refs: readonly string[]): string {
  if (refs.length <= 1) return refs.join("");
  if (refs.length === 2) return `${refs[0]} dan ${refs[1]}`;
  return `${refs.slice(0, -1).join(", ")}, dan ${refs[refs.length - 1]}`;
}

/**
 * "Pasal 14 ayat (9) dan Pasal 14 ayat (1) Peraturan Bupati Tabanan Nomor 44 Tahun 2022", or null
 * where the regulation is silent on the obligation. Throws on an unknown obligation ID.
 */
export function citation(obligationId: string, key: RegulationKey): string | null {
  obligation(obligationId);
  const articles = articlesOf(obligationId, key);
  if (!articles) return null;
  return `${joinRefs(articles.map((a) => a.ref))} ${regulation(key).title}`;
}

/** Like citation() but with the short name: "Pasal 13 ayat (5) Pergub Bengkulu 9/2022". */
export function shortCitation(obligationId: string, key: RegulationKey): string | null {
  obligation(obligationId);
  const articles = articlesOf(obligationId, key);
  if (!articles) return null;
  return `${joinRefs(articles.map((a) => a.ref))} ${regulation(key).short}`;
}
