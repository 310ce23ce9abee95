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

/**
 * Text for a Markdown table cell: pipes escaped, newlines as <br>, and the characters that would
 * open an HTML tag or entity escaped (quotes need not be, and stay readable in the raw file).
 */
export function cell(s: string | number | null | undefined): string {
  if (s === null || s === undefined || s === "") return "-";
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}
