/**
 * Dates of the paper trail, counted back from a fixed "as of" date rather than from the clock, so
 * that the same seed gives the same file on any day. Every date is on or before `asOf`, so a region
 * generated with `asOf` = today is never "dated in the future", and the intervals below keep every
 * record fresh under the strictest regulation (monthly bandwidth evaluation, yearly LAN diagram,
 * two-yearly audits).
 */
import type { Rng } from "./prng";

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses YYYY-MM-DD strictly; throws with the offending value otherwise. */
export function parseAsOf(value: string): Date {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || isoDate(d) !== value) {
    throw new Error(`--as-of: expected a date written YYYY-MM-DD, got '${value}'`);
  }
  return d;
}

/** A date between `minDays` and `maxDays` days before `asOf`. */
export function daysBefore(asOf: Date, rng: Rng, minDays: number, maxDays: number): string {
  const back = rng.int(minDays, maxDays);
  return isoDate(new Date(asOf.getTime() - back * 86_400_000));
}
