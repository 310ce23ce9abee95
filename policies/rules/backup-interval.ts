/**
 * BK-01's interval: Prabumulih 16(1) "secara berkala" sets none (interval: none), so any schedule
 * the PD sets complies. Where a regulation sets one, a cron schedule meets it when the months it
 * runs in leave no gap longer than the interval and it runs on a day every month has (1-28 or
 * any); a schedule this cannot tell is reported, saying why.
 */
import type { Terms } from "../terms";

/** The months (1-12) a cron month field names, or null where it does not parse. */
function monthsOf(field: string): number[] | null {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) return null;
    const from = m[1] === "*" ? 1 : Number(m[2]);
    const to = m[1] === "*" ? 12 : m[3] ? Number(m[3]) : m[4] ? 12 : from;
    const step = m[4] ? Number(m[4]) : 1;
    if (from < 1 || to > 12 || from > to || step < 1) return null;
    for (let i = from; i <= to; i += step) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether `cron` runs at least once every `months` months. */
export function cronWithin(cron: string, months: number): boolean {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5) return false;
  const [, , dom, month] = f as [string, string, string, string, string];
  const days = dom === "*" ? [1] : dom.split(",").map(Number);
  if (!days.some((d) => Number.isInteger(d) && d >= 1 && d <= 28)) return false;
  const ms = monthsOf(month);
  if (!ms || ms.length === 0) return false;
  const gaps = ms.map((m, i) => (i + 1 < ms.length ? ms[i + 1]! - m : ms[0]! + 12 - m));
  return Math.max(...gaps) <= months;
}

/** The regulation's interval in months, or null where it sets none (any schedule complies). */
export function intervalMonths(terms: Terms | null): number | null {
  const i = terms?.interval;
  if (!i || i === "none") return null;
  return "years" in i ? i.years * 12 : i.months;
}
