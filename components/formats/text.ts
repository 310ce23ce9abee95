/**
 * The one check every generated text format shares: a value from the inventory (or a generated
 * secret) that lands in a file must not carry a character that could end its line or field and
 * start another. C0 and C1 controls (newline, carriage return, NUL, escape, next line…), DEL and
 * the Unicode line and paragraph separators are refused with the field that carried them. Each
 * format adds its own rules (formats/fluent-bit.ts, formats/ini.ts, formats/htpasswd.ts,
 * formats/env.ts).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** The error for a value a format cannot carry; `field` says where it came from. */
export class UnsafeValueError extends Error {
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = "UnsafeValueError";
  }
}

/** `U+000A` for a newline: how a refused character is named in the error. */
function codepoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Throws unless `value` is free of control characters; returns it. */
export function plainText(field: string, value: string): string {
  const m = CONTROL.exec(value);
  if (m) {
    throw new UnsafeValueError(
      field,
      `contains the control character ${codepoint(m[0])} at offset ${m.index}; it cannot be written to a generated file`,
    );
  }
  return value;
}
