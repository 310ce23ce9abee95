/**
 * Docker environment entries (`NAME=value`): each entry is its own list item, so a value cannot
 * add an entry, but the program it configures reads the value whole: a control character is
 * refused (NUL ends the string, a newline splits what a tool reads as lines).
 */
import { plainText, UnsafeValueError } from "./text";

const NAME = /^[A-Z_][A-Z0-9_]*$/;

export function envEntry(name: string, value: string | number, field = name): string {
  if (!NAME.test(name)) throw new UnsafeValueError(field, `bad environment variable name '${name}'`);
  return `${name}=${plainText(field, String(value))}`;
}
