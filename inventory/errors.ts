/**
 * What the loader reports: one record per problem, always with a file position and an inventory
 * path, formatted on one line so that editors, CI logs and `grep` can jump to it.
 */

import { escapeControls } from "./text-screen";
import type { Lang } from "./messages";

export { describeValue } from "./messages-schema";

/** A position in an inventory file. Lines and columns start at 1. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * One problem of an inventory: where it is, which element, and what was expected there, in
 * Bahasa Indonesia (`message`) and in English (`en`), both from one catalog entry (`key`).
 */
export interface InventoryError extends SourceLocation {
  /** Inventory path such as `applications[3].data.backup.target`; empty for the whole document. */
  path: string;
  /** The message in Bahasa Indonesia. */
  message: string;
  /** The same message in English. */
  en: string;
  /** The catalog entry it was made from (`schema.unknownKey`), when there is one. */
  key?: string;
}

/** The located error for `text` (a catalog message) at `at`. */
export function located(
  at: SourceLocation,
  path: string,
  text: { id: string; en: string; key?: string },
): InventoryError {
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    path,
    message: text.id,
    en: text.en,
    ...(text.key ? { key: text.key } : {}),
  };
}

/** The message of `e` in `lang`. */
export function messageIn(e: Pick<InventoryError, "message" | "en">, lang: Lang): string {
  return lang === "en" ? e.en : e.message;
}

/** A path into the (merged) inventory data, as zod reports it: keys and list indexes. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `["applications", 3, "data"]` → `applications[3].data`; an odd key is quoted: `a["x.y"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    // A key that is not a plain word is quoted, so that the path can be read back unambiguously.
    else if (!PLAIN_KEY.test(seg)) out += `[${JSON.stringify(seg)}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/**
 * `applications[3].data.backup.target` → `["applications", 3, "data", "backup", "target"]`.
 * Returns null for a string that is not such a path.
 */
export function parsePath(path: string): PathSegment[] | null {
  if (path === "") return [];
  const out: PathSegment[] = [];
  if (path.startsWith(".")) return null;
  // A key is preceded by a dot except at the start; an index is `[n]`; a quoted key `["x.y"]`.
  const re = /(?:^|\.)([^.[\]"]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) return null;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
    at = re.lastIndex;
  }
  return out;
}

/** One line: `file:line:col path: what was expected`, in Bahasa Indonesia. */
export function formatError(e: InventoryError): string {
  return formatErrorIn(e, "id");
}

/** One line: `file:line:col path: what was expected`, in `lang`. */
export function formatErrorIn(e: InventoryError, lang: Lang): string {
  const message = messageIn(e, lang).replace(/\s*\n\s*/g, " ");
  // A file name, key or value can hold a terminal escape: it is shown, never sent to the terminal.
  const line = `${e.file}:${e.line}:${e.column} ${e.path === "" ? "(root)" : e.path}: ${message}`;
  return escapeControls(line);
}

/**
 * Orders errors by position. `fileOrder` ranks files as the loader met them (the region file
 * first, then its includes), so a report reads top to bottom like the inventory does. The sort is
 * stable: errors at one position keep the order they were found in (the schema's field order).
 */
export function sortErrors(errors: InventoryError[], fileOrder: readonly string[] = []): InventoryError[] {
  const rank = (f: string) => {
    const i = fileOrder.indexOf(f);
    return i < 0 ? fileOrder.length : i;
  };
  return [...errors].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
