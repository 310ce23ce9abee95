/**
 * Fluent Bit's classic configuration format, written from data: `[SECTION]` headers and one
 * `Key Value` pair per line. The format has no quoting or escaping, so a value is refused (with
 * its field) when it could change the file's structure or meaning: a control character (a
 * newline would start a new key or section), leading or trailing blanks, an empty value, or
 * `${` (Fluent Bit expands environment variables in values: a value naming one would copy, for
 * instance, a credential into a bucket name). Keys and section names are the program's own.
 */
import { plainText, UnsafeValueError } from "./text";

export type FluentBitSection = "SERVICE" | "INPUT" | "FILTER" | "OUTPUT";

export interface FluentBitBlock {
  section: FluentBitSection;
  /** Key → value, in order; `field` names the value's origin for errors. */
  entries: Array<{ key: string; value: string | number; field?: string }>;
}

const KEY = /^[A-Za-z][A-Za-z0-9_.]*$/;

function value(field: string, v: string | number): string {
  const s = plainText(field, String(v));
  if (s.length === 0) throw new UnsafeValueError(field, "is empty; Fluent Bit needs a value");
  if (s.trim() !== s) throw new UnsafeValueError(field, "starts or ends with blanks, which Fluent Bit drops");
  if (s.includes("${")) {
    throw new UnsafeValueError(field, "contains '${', which Fluent Bit expands as an environment variable");
  }
  return s;
}

export function renderFluentBit(blocks: readonly FluentBitBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    lines.push(`[${b.section}]`);
    const width = Math.max(...b.entries.map((e) => e.key.length)) + 1;
    for (const e of b.entries) {
      if (!KEY.test(e.key)) throw new UnsafeValueError(`fluent-bit [${b.section}]`, `bad key '${e.key}'`);
      lines.push(
        `    ${e.key.padEnd(width)} ${value(e.field ?? `fluent-bit [${b.section}] ${e.key}`, e.value)}`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
