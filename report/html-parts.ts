/** Building blocks of the HTML report: escaped cells, bilingual headings, badges, figures. */
import { esc } from "./escape";
import { SECTIONS, type SectionKey } from "./headings";
import type { Diagram, Text } from "./model";

export type Head = Text | string;

export function th(h: Head): string {
  if (typeof h !== "string" && h.id === h.en) return `<th>${esc(h.id)}</th>`;
  return typeof h === "string"
    ? `<th>${esc(h)}</th>`
    : `<th>${esc(h.id)}<span class="en">${esc(h.en)}</span></th>`;
}

/** Cells are HTML already escaped by the caller; `rowClass` marks rows (e.g. overdue). */
export function table(heads: Head[], rows: string[][], attrs: (i: number) => string = () => ""): string {
  if (rows.length === 0) return `<p class="note">Tidak ada data. <i>No entries.</i></p>`;
  const body = rows.map((r, i) => `<tr${attrs(i)}>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<div class="tw"><table><thead><tr>${heads.map(th).join("")}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export const bi = (t: Text): string => `${esc(t.id)}<span class="en-text">${esc(t.en)}</span>`;
export const badge = (cls: string, t: Text): string =>
  `<span class="badge s-${cls}">${esc(t.id)} <span class="en">/ ${esc(t.en)}</span></span>`;
export const orDash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === "" ? "-" : esc(v);
export const code = (v: string): string => `<code>${esc(v)}</code>`;

export function section(key: SectionKey, body: string): string {
  const h = SECTIONS[key];
  return `<section id="${key}"><h2>${esc(h.id)}<span class="en">${esc(h.en)}</span></h2>\n${body}\n</section>`;
}

export function figure(d: Diagram): string {
  const agency = d.agency ? ` data-agency="${esc(d.agency)}"` : "";
  return `<figure class="diagram"${agency} data-file="${esc(d.file)}"><figcaption>${esc(d.title.id)}<span class="en">${esc(d.title.en)}</span></figcaption>\n${d.svg}\n</figure>`;
}

/** A short token (date, ID, prefix) that must not break at its hyphens. */
export const nw = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === "" ? "-" : `<span class="nw">${esc(v)}</span>`;
