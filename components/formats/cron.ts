/**
 * A cron expression as a backup container reads it from one environment value: five fields of
 * the characters cron uses (digits, `*`, `,`, `/`, `-`), nothing else, so a value cannot carry a
 * second setting or a feature the tool lacks.
 */
import { plainText, UnsafeValueError } from "./text";

export function cron(expr: string, field: string): string {
  const fields = plainText(field, expr).trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((f) => /^[0-9*,/-]+$/.test(f))) {
    throw new UnsafeValueError(field, `'${expr}' is not a five-field cron expression`);
  }
  return fields.join(" ");
}
