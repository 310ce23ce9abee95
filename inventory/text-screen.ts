/**
 * What an inventory file may contain before it is parsed at all: UTF-8 text without control
 * characters. NUL, the C0 and C1 controls (terminal escape sequences among them) and the bidi
 * overrides that make a line display differently from what it holds (CVE-2021-42574) are errors
 * at their line and column, as is a byte sequence that is not UTF-8. Tab, line feed and
 * carriage return are text.
 */
import { located, type InventoryError } from "./errors";
import type { Text } from "./messages";
import { TEXT } from "./messages-load";

const FATAL = new TextDecoder("utf-8", { fatal: true });
const LENIENT = new TextDecoder("utf-8");

/**
 * C0 except tab, LF, CR; DEL; C1 (NEL among them); the bidi embeddings, overrides and isolates;
 * a byte order mark anywhere but at the start (the decoder strips that one).
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** `\u001b` for a control character: how a message shows one without printing it. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text of the file's bytes, or an error at the first byte that is not UTF-8. */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; error: InventoryError } {
  try {
    return { ok: true, text: FATAL.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = LENIENT.decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")}`;
    return { ok: false, error: located({ file, line, column }, "", TEXT.notUtf8({ byte, offset })) };
  }
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** An error at the first control character of `text` (with how many more there are), or null. */
export function screenText(text: string, file: string): InventoryError | null {
  CONTROL.lastIndex = 0;
  const first = CONTROL.exec(text);
  if (!first) return null;
  let more = 0;
  while (CONTROL.exec(text)) more++;
  const offset = first.index;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < lineStart; i = text.indexOf("\n", i + 1)) line++;
  const at = { file, line, column: offset - lineStart + 1 };
  return located(at, "", TEXT.control({ char: codePoint(first[0]), more }));
}

/** `text` with every control character shown as `\u{…}`: a message never prints one raw. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/**
 * Strings of the data that hold a control character (written with a YAML escape such as `"\e"`
 * or `"\0"`, which the text screen cannot see): one problem per string, at its path. A key
 * with one is reported at the key.
 */
export function controlsInData(
  data: unknown,
): Array<{ path: Array<string | number>; message: Text; atKey?: boolean }> {
  const found: Array<{ path: Array<string | number>; message: Text; atKey?: boolean }> = [];
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: data, path: [] }];
  const test = (s: string) => {
    CONTROL.lastIndex = 0;
    return CONTROL.exec(s);
  };
  while (stack.length > 0 && found.length < 100) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      const m = test(value);
      if (m) found.push({ path, message: TEXT.controlInValue({ char: codePoint(m[0]) }) });
    } else if (value !== null && typeof value === "object" && !seen.has(value)) {
      // Aliases share objects: each is looked at once.
      seen.add(value);
      const entries: Array<[string | number, unknown]> = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const m = typeof key === "string" ? test(key) : null;
        if (m)
          found.push({
            path: [...path, key],
            atKey: true,
            message: TEXT.controlInKey({ char: codePoint(m[0]) }),
          });
        else stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found;
}
