/** Escaping for the two text formats the report writes. */

/** Text for HTML and SVG/XML content and attribute values. */
export function esc(s: string | number): string {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Text for a Markdown table cell: the toolkit's one Markdown escaper (review/markdown.ts). */
export { mdCell as cell } from "../../review/markdown";
