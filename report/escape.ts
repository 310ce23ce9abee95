/** Escaping for the two text formats the report writes: HTML/SVG here, Markdown from review/markdown.ts. */

/** Text for HTML and SVG/XML content and attribute values. */
export function esc(s: string | number): string {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * A Markdown table cell: the toolkit's one Markdown escaper (review/markdown.ts), so text from
 * an inventory or a finding opens no tag, entity, link, code, emphasis or cell; `-` for nothing.
 */
export { mdCell as cell } from "../review/markdown";
