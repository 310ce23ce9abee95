/** Building blocks of the Markdown report: bilingual headings and escaped tables. */
import { cell } from "./escape";
import { SECTIONS, type SectionKey } from "./headings";
import type { Text } from "./model";

export type Head = Text | string;
export function head(h: Head): string {
  if (typeof h === "string") return h;
  return h.id === h.en ? h.id : `${h.id} / ${h.en}`;
}
export const bi = (t: Text): string => `${t.id} / ${t.en}`;

/** A cell already written as Markdown (its text escaped by the caller), put in as it is. */
export interface Markdown {
  md: string;
}

export function table(heads: Head[], rows: Array<Array<string | number | null | Markdown>>): string {
  if (rows.length === 0) return "_Tidak ada data. No entries._\n";
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return (
    [
      line(heads.map((h) => cell(head(h)))),
      line(heads.map(() => "---")),
      ...rows.map((r) => line(r.map((c) => (c !== null && typeof c === "object" ? c.md : cell(c))))),
    ].join("\n") + "\n"
  );
}

export const h2 = (k: SectionKey): string => `## ${SECTIONS[k].id}\n\n_${SECTIONS[k].en}_\n`;
