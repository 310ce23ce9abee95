/**
 * Which words a finding under a regulation must not use, computed from that regulation's own
 * text and data file (nothing per region is written here):
 *
 * - the PD Mandiri TIK category where the data file says the regulation does not have it, and,
 *   where it does, any name of it the text does not use;
 * - of each set of words that name one thing differently in different regulations (kelaikan /
 *   kelayakan, meja layanan / service desk, Sistem Penghubung Layanan / gateway, Daerah /
 *   wilayah), a variant the text does not use while it uses another, or one the data file's own
 *   word for the thing rules out. Where a text uses none of a set, the toolkit's word stands.
 *   kelaikan / kelayakan is read with the word before it ("pertimbangan kelaikan", "dan
 *   kelayakan"): one text may use both, each in its own phrase.
 *
 * Inventory syntax a finding quotes (`gateway.approvals.operasi`, `{ kind: gateway-daerah }`,
 * `agencies[].mandiriTik`) and quoted user values are field names and data, not wording, and are
 * left out. "Gateway" with a capital G is the Kubernetes Gateway API kind (like HTTPRoute): only
 * the lower-case word is the service gateway the regulations name Sistem Penghubung Layanan.
 */
import { readFileSync } from "node:fs";
import { regulation } from "../../policies/regulations";
import type { Word } from "../../regulations/schema";

interface Family {
  /** The data file's word for the thing, where it names one. */
  word?: Word;
  variants: string[];
  caseSensitive?: boolean;
}

export const FAMILIES: Family[] = [
  { variants: ["kelaikan", "kelayakan"] },
  { word: "serviceDesk", variants: ["meja layanan", "service desk", "help desk", "helpdesk"] },
  { word: "gateway", variants: ["Sistem Penghubung Layanan", "gateway"], caseSensitive: true },
  { word: "daerah", variants: ["Daerah", "wilayah"] },
];

const MANDIRI =
  /(?:\b(?:PD|Perangkat Daerah)[ -])?\bMandiri[ -](?:TIK|Teknologi Informasi dan Komunikasi)\b/gi;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordRe = (s: string, flags: string) => new RegExp(`(?<![\\w-])${escape(s)}(?![\\w-])`, flags);

/** The regulation's text, whitespace-normalised and without the markdown emphasis of its source. */
export function textOf(key: string): string {
  return readFileSync(regulation(key).textFile, "utf8").replace(/\*/g, "").replace(/\s+/g, " ");
}

/** A message without the inventory syntax and user values it quotes. */
export function prose(message: string): string {
  return message
    .replace(/`[^`]*`/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/'[^']*'/g, " ")
    .replace(/[\w-]*(?:\[[^\]\s]*\]|\.[A-Za-z_][\w-]*)+/g, " ")
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, " ");
}

export interface Wording {
  key: string;
  /** Each word of `message` this regulation does not use, with why. */
  offences(message: string): string[];
}

export function wordingOf(key: string): Wording {
  const reg = regulation(key);
  const text = textOf(key);
  const has = (s: string, cs = false) => wordRe(s, cs ? "" : "i").test(text);

  const forbidden = (f: Family, v: string): string | null => {
    const cs = f.caseSensitive ?? false;
    const others = f.variants.filter((o) => o.toLowerCase() !== v.toLowerCase());
    if (!has(v, cs) && others.some((o) => has(o, cs)))
      return `'${v}': the text says ${others.filter((o) => has(o, cs)).join(" / ")}`;
    const own = f.word ? reg.words[f.word] : undefined;
    const inOwn = (s: string) => own !== undefined && wordRe(s, cs ? "" : "i").test(own);
    if (own && !inOwn(v) && others.some(inOwn)) return `'${v}': its word is '${own}'`;
    return null;
  };

  return {
    key,
    offences(message) {
      const m = prose(message);
      const out: string[] = [];
      for (const hit of m.matchAll(MANDIRI)) {
        if (!reg.knowsMandiriTik) out.push(`'${hit[0]}': the regulation has no PD Mandiri TIK category`);
        else if (!has(hit[0])) out.push(`'${hit[0]}': the text names the category otherwise`);
      }
      for (const f of FAMILIES) {
        const flags = f.caseSensitive ? "g" : "gi";
        for (const v of f.variants) {
          for (const hit of m.matchAll(wordRe(v, flags))) {
            if (f === FAMILIES[0]) {
              // The phrase first: "dan kelayakan" where the text has that phrase.
              const before = /(\S+)\s+$/.exec(m.slice(0, hit.index))?.[1];
              const phrases = before ? f.variants.map((x) => `${before} ${x}`) : [];
              if (phrases.some((p) => has(p))) {
                if (!has(`${before} ${hit[0]}`))
                  out.push(
                    `'${before} ${hit[0]}': the text says ${phrases.filter((p) => has(p)).join(" / ")}`,
                  );
                continue;
              }
            }
            const why = forbidden(f, hit[0]);
            if (why) out.push(why);
          }
        }
      }
      return out;
    },
  };
}
