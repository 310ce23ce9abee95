/**
 * A regulation text as the quote check reads it: the whole text whitespace-normalised, and where
 * its Pasal headings, ayat and huruf open. `misplacement` says why a quote is not where its ref
 * says (not in the text, outside its Pasal, opening in another ayat, ending in another huruf).
 */
import type { Text } from "../inventory/messages";
import { REGULATION } from "./messages";

export const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

export interface Marker {
  /** Offset in the normalised text of the line the marker opens. */
  at: number;
  value: string;
  /** 1-based line of the raw text. */
  line: number;
}

export interface RegulationText {
  /** The whole text, whitespace-normalised. */
  text: string;
  /** Lines that read just "Pasal N" (value "N"); some headings are missing in the texts. */
  pasals: Marker[];
  /** Lines that open an ayat, "(3) …" (value "3"); "(1) huruf b" after a line ending in "ayat" is a reference. */
  ayats: Marker[];
  /** Lines that open a huruf, "b. …" (value "b"). */
  hurufs: Marker[];
}

export function parseText(raw: string): RegulationText {
  const parts: string[] = [];
  const t: RegulationText = { text: "", pasals: [], ayats: [], hurufs: [] };
  let at = 0;
  raw.split("\n").forEach((line, i) => {
    const norm = ws(line);
    if (norm === "") return;
    if (parts.length > 0) at += 1; // the space that joins two lines
    const previous = parts[parts.length - 1] ?? "";
    const pasal = /^[#|*\-\s]*Pasal (\d+)[*|\s]*$/.exec(norm);
    const ayat = /^[-|\s]*\(?(\d+)[)}] /.exec(norm);
    const huruf = /^[-|\s]*([a-z])\. /.exec(norm);
    if (pasal) t.pasals.push({ at, value: pasal[1]!, line: i + 1 });
    if (ayat && !/\b(ayat|angka)$/.test(previous)) t.ayats.push({ at, value: ayat[1]!, line: i + 1 });
    if (huruf && !/\bhuruf$/.test(previous)) t.hurufs.push({ at, value: huruf[1]!, line: i + 1 });
    parts.push(norm);
    at += norm.length;
  });
  t.text = parts.join(" ");
  return t;
}

/**
 * Where Pasal N can be: from its heading (or, where the text lost it, the heading of the nearest
 * lower Pasal) up to the next heading of a higher Pasal.
 */
export function pasalSpan(t: RegulationText, pasal: number): [number, number] {
  let start = 0;
  let best = -1;
  for (const h of t.pasals) {
    const n = Number(h.value);
    if (n <= pasal && n > best) {
      best = n;
      start = h.at;
    }
  }
  const next = t.pasals.find((h) => h.at > start && Number(h.value) > pasal);
  return [start, next ? next.at : t.text.length];
}

/** Each "…"-separated fragment of the quote occurs in the text, in order, from `from`. */
function locate(
  text: string,
  quote: string,
  from = 0,
): { missing: string } | { start: number; lastStart: number; end: number } {
  let start = -1;
  let lastStart = -1;
  for (const fragment of quote.split("…").map(ws)) {
    if (fragment === "") continue;
    const at = text.indexOf(fragment, from);
    if (at < 0) return { missing: fragment };
    if (start < 0) start = at;
    lastStart = at;
    from = at + fragment.length;
  }
  return { start, lastStart, end: from };
}

/** The marker in force at `at`: the last one opened in [from, at]. */
const inForce = (markers: Marker[], from: number, at: number): Marker | undefined =>
  markers.filter((m) => m.at >= from && m.at <= at).pop();

/**
 * Why the quote is not where its ref says, or null. The quote must lie within the Pasal; where the
 * text marks ayat and huruf, its opening must lie in the ayat, and its last fragment in the huruf
 * (or the huruf range) the ref names.
 */
export function misplacement(t: RegulationText, ref: string, quote: string): Text | null {
  const anywhere = locate(t.text, quote);
  if ("missing" in anywhere) return REGULATION.notInText({ missing: anywhere.missing });
  const [start, end] = pasalSpan(t, Number(/^Pasal (\d+)/.exec(ref)?.[1]));
  const found = locate(t.text, quote, start);
  if ("missing" in found || found.end > end) return REGULATION.notInPasal();
  const ayat = /ayat \((\d+)\)/.exec(ref)?.[1];
  const ayatMarker = inForce(t.ayats, start, found.start);
  if (ayat && ayatMarker && ayatMarker.value !== ayat)
    return REGULATION.opensInAyat({ ayat: ayatMarker.value });
  const huruf = /huruf ([a-z])(?: sampai dengan huruf ([a-z]))?/.exec(ref);
  const hurufMarker = inForce(t.hurufs, ayatMarker?.at ?? start, found.lastStart);
  if (huruf && hurufMarker) {
    const [first, last] = [huruf[1]!, huruf[2] ?? huruf[1]!];
    if (hurufMarker.value < first || hurufMarker.value > last)
      return REGULATION.endsInHuruf({ huruf: hurufMarker.value });
  }
  return null;
}

/**
 * A quote as plain text for finding messages. The regulation texts carry Markdown from their
 * conversion (`*Hosting*`, `[tabanankab.go.id](http://tabanankab.go.id)`); the stored quote keeps it
 * so it stays verbatim, and this drops it for display.
 */
export function plainQuote(quote: string): string {
  return quote
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, "$1")
    .replace(/\*([^*]+)\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
