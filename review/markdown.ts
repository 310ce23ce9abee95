/**
 * The one Markdown escaper of the toolkit (check summaries, merge summaries, the auditor report).
 * GitHub renders inline HTML and Markdown syntax in cells, so text from an inventory or a finding
 * (`builtBy: <id dinas>`, `*.go.id`, `a_b_c`) is escaped character by character, so nothing in it
 * opens a tag, an entity, a link, code, an emphasis or a cell. Characters that only mean something
 * at the start of a line (`#`, `-`, `1.`) are left alone: this text is never at one.
 */
const SPECIAL = /[\\`*_[\]|~<>&]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/** Inline text: every Markdown/HTML special character escaped, line breaks as `<br>`. */
export function mdEscape(s: string | number): string {
  return String(s)
    .replace(SPECIAL, (c) => ENTITY[c] ?? `\\${c}`)
    .replace(/\r?\n/g, "<br>");
}

/** A table cell: escaped text, `-` for nothing. */
export function mdCell(s: string | number | null | undefined): string {
  return s === null || s === undefined || s === "" ? "-" : mdEscape(s);
}

/**
 * Inline code: a backtick fence longer than any run of backticks in the text, so the text shows
 * verbatim; inside a table the pipe is still escaped (GitHub splits cells before code spans).
 */
export function mdCode(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const body = s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
