import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { OBLIGATIONS, obligation, requiredBy } from "../../policies/obligations";
import {
  REGULATIONS,
  REGULATION_KEYS,
  citation,
  joinRefs,
  plainQuote,
  type RegulationKey,
} from "../../policies/regulations";
import { OBLIGATIONS_DOC_PATH, renderObligationsDoc } from "../../policies/emit-docs";

const REGULATIONS_DIR = path.resolve(__dirname, "../../../shared/regulations");
const TABLE_PATH = path.join(REGULATIONS_DIR, "OBLIGATIONS.md");

function readOrFail(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the citation tests check the metadata against it`);
  }
  return readFileSync(file, "utf8");
}

const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

interface Row {
  id: string;
  line: number;
  cells: Record<RegulationKey, string>;
}

/** The obligation rows of OBLIGATIONS.md: `| ID | obligation | tabanan | ppu | tangerang | prabumulih | bengkulu |`. */
function parseTable(text: string): Row[] {
  const rows: Row[] = [];
  text.split("\n").forEach((line, i) => {
    const m = /^\|\s*([A-Z]+-\d{2})\s*\|/.exec(line);
    if (!m) return;
    const cols = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cols.length !== 7)
      throw new Error(`${TABLE_PATH}:${i + 1}: expected 7 columns, found ${cols.length}`);
    const cells = Object.fromEntries(REGULATION_KEYS.map((k, j) => [k, cols[j + 2]])) as Record<
      RegulationKey,
      string
    >;
    rows.push({ id: m[1], line: i + 1, cells });
  });
  return rows;
}

const silent = (cell: string): boolean => cell.startsWith("—");

/** Pasal numbers a cell names: "14(9), 14(1)" → [14, 14]; "definition Pasal 1 angka 26" → [1]. */
function pasalsOfCell(cell: string): number[] {
  return cell.split(/,\s*/).map((token) => {
    const m = /^(?:definition\s+)?(?:Pasal\s+)?(\d+)/.exec(token.trim());
    if (!m) throw new Error(`cannot read a Pasal number in cell token '${token}'`);
    return Number(m[1]);
  });
}

const REF =
  /^Pasal (\d+)(?: angka \d+| ayat \(\d+\)(?: huruf [a-z](?: sampai dengan huruf [a-z])?| sampai dengan ayat \(\d+\))?)?$/;

interface Marker {
  /** Offset in the normalised text of the line the marker opens. */
  at: number;
  value: string;
}

interface RegulationText {
  /** The whole text, whitespace-normalised. */
  text: string;
  /** Lines that read just "Pasal N" (value "N"); some headings are missing in the texts. */
  pasals: Marker[];
  /** Lines that open an ayat, "(3) …" (value "3"); "(1) huruf b" after a line ending in "ayat" is a reference. */
  ayats: Marker[];
  /** Lines that open a huruf, "b. …" (value "b"). */
  hurufs: Marker[];
}

function loadText(file: string): RegulationText {
  const parts: string[] = [];
  const t: RegulationText = { text: "", pasals: [], ayats: [], hurufs: [] };
  let at = 0;
  for (const line of readOrFail(file).split("\n")) {
    const norm = ws(line);
    if (norm === "") continue;
    if (parts.length > 0) at += 1; // the space that joins two lines
    const previous = parts[parts.length - 1] ?? "";
    const pasal = /^[#|*\-\s]*Pasal (\d+)[*|\s]*$/.exec(norm);
    const ayat = /^[-|\s]*\(?(\d+)[)}] /.exec(norm);
    const huruf = /^[-|\s]*([a-z])\. /.exec(norm);
    if (pasal) t.pasals.push({ at, value: pasal[1] });
    if (ayat && !/\b(ayat|angka)$/.test(previous)) t.ayats.push({ at, value: ayat[1] });
    if (huruf && !/\bhuruf$/.test(previous)) t.hurufs.push({ at, value: huruf[1] });
    parts.push(norm);
    at += norm.length;
  }
  t.text = parts.join(" ");
  return t;
}

/**
 * Where Pasal N can be: from its heading (or, where the text lost it, the heading of the nearest
 * lower Pasal) up to the next heading of a higher Pasal.
 */
function pasalSpan(t: RegulationText, pasal: number): [number, number] {
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
function misplacement(t: RegulationText, ref: string, quote: string): string | null {
  const anywhere = locate(t.text, quote);
  if ("missing" in anywhere) return `'${anywhere.missing}' is not in the text`;
  const [start, end] = pasalSpan(t, Number(REF.exec(ref)?.[1]));
  const found = locate(t.text, quote, start);
  if ("missing" in found || found.end > end) return "the quote is in the text, but not within that Pasal";
  const ayat = /ayat \((\d+)\)/.exec(ref)?.[1];
  const ayatMarker = inForce(t.ayats, start, found.start);
  if (ayat && ayatMarker && ayatMarker.value !== ayat) return `the quote opens in ayat (${ayatMarker.value})`;
  const huruf = /huruf ([a-z])(?: sampai dengan huruf ([a-z]))?/.exec(ref);
  const hurufMarker = inForce(t.hurufs, ayatMarker?.at ?? start, found.lastStart);
  if (huruf && hurufMarker) {
    const [first, last] = [huruf[1], huruf[2] ?? huruf[1]];
    if (hurufMarker.value < first || hurufMarker.value > last)
      return `the quote ends in huruf ${hurufMarker.value}`;
  }
  return null;
}

const table = parseTable(readOrFail(TABLE_PATH));
const texts = Object.fromEntries(
  REGULATION_KEYS.map((k) => [k, loadText(path.join(REGULATIONS_DIR, REGULATIONS[k].file))]),
) as Record<RegulationKey, RegulationText>;

describe("obligations", () => {
  it("lists exactly the 44 obligations of OBLIGATIONS.md, in its order", () => {
    expect(table).toHaveLength(44);
    expect(OBLIGATIONS.map((o) => o.id)).toEqual(table.map((r) => r.id));
  });

  it("has articles exactly where OBLIGATIONS.md fills the cell, and none where it says —", () => {
    for (const row of table) {
      for (const key of REGULATION_KEYS) {
        const articles = obligation(row.id).articles[key];
        const where = `${row.id} × ${key} (OBLIGATIONS.md:${row.line}, cell '${row.cells[key]}')`;
        if (silent(row.cells[key])) expect(articles, where).toBeUndefined();
        else expect(articles?.length ?? 0, where).toBeGreaterThan(0);
      }
    }
  });

  it("cites every Pasal the table names, and no other", () => {
    for (const row of table) {
      for (const key of REGULATION_KEYS) {
        if (silent(row.cells[key])) continue;
        const refs = obligation(row.id).articles[key]!.map((a) => a.ref);
        const cited = refs.map((ref) => {
          const m = REF.exec(ref);
          expect(
            m,
            `${row.id} × ${key}: ref '${ref}' is not in the form 'Pasal N ayat (n) huruf x'`,
          ).not.toBeNull();
          return Number(m![1]);
        });
        const where = `${row.id} × ${key}: refs ${refs.join("; ")} against cell '${row.cells[key]}'`;
        expect(new Set(cited), where).toEqual(new Set(pasalsOfCell(row.cells[key])));
      }
    }
  });

  it("quotes every article verbatim from its own Pasal, ayat and huruf of the text, in at most 300 characters", () => {
    const problems: string[] = [];
    for (const o of OBLIGATIONS) {
      for (const key of REGULATION_KEYS) {
        for (const article of o.articles[key] ?? []) {
          const where = `${o.id} × ${key} ${article.ref}`;
          if (article.quote.length > 300)
            problems.push(`${where}: quote is ${article.quote.length} characters`);
          if (ws(article.quote.replace(/…/g, "")).length < 10)
            problems.push(`${where}: quote is (nearly) empty`);
          const wrong = misplacement(texts[key], article.ref, article.quote);
          if (wrong) problems.push(`${where} (${REGULATIONS[key].file}): ${wrong}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every obligation a title in Bahasa Indonesia and in English", () => {
    for (const o of OBLIGATIONS) {
      expect(o.title.id.length, o.id).toBeGreaterThan(10);
      expect(o.title.en.length, o.id).toBeGreaterThan(10);
      expect(o.title.id, o.id).not.toEqual(o.title.en);
    }
  });

  it("says which regulations require an obligation", () => {
    for (const row of table) {
      expect(requiredBy(row.id), row.id).toEqual(REGULATION_KEYS.filter((k) => !silent(row.cells[k])));
    }
  });

  it("throws on an unknown obligation ID, naming it", () => {
    expect(() => obligation("DC-99")).toThrow(/DC-99/);
    expect(() => citation("NOPE-1", "tabanan")).toThrow(/NOPE-1/);
  });
});

describe("regulations", () => {
  it("names each regulation as its text's heading does", () => {
    for (const key of REGULATION_KEYS) {
      const { title } = REGULATIONS[key];
      // The headings are upper case and some break "NOMOR 65 TAHUN" with extra spaces.
      expect(texts[key].text.slice(0, 400).toUpperCase(), key).toContain(title.toUpperCase());
    }
  });

  it("records the portal domain only where the regulation names it", () => {
    for (const key of REGULATION_KEYS) {
      const domain = REGULATIONS[key].portalDomain;
      if (domain === null) expect(texts[key].text, key).not.toMatch(/portal Pemerintah Daerah \S*\.go\.id/);
      else expect(texts[key].text, key).toContain(domain);
    }
  });
});

describe("citation", () => {
  it("joins two refs with 'dan' and appends the regulation's title", () => {
    expect(citation("DC-01", "tabanan")).toBe(
      "Pasal 14 ayat (9) dan Pasal 14 ayat (1) Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
    );
  });

  it("cites a single article with the regulation's title", () => {
    expect(citation("DRC-02", "bengkulu")).toBe(
      "Pasal 13 ayat (5) Peraturan Gubernur Bengkulu Nomor 9 Tahun 2022",
    );
  });

  it("lists three or more refs as 'A, B, dan C'", () => {
    expect(joinRefs(["A", "B", "C"])).toBe("A, B, dan C");
    expect(citation("NET-09", "tangerang")).toBe(
      "Pasal 25 ayat (2), Pasal 25 ayat (3), dan Pasal 25 ayat (4) Peraturan Bupati Tangerang Nomor 41 Tahun 2023",
    );
  });

  it("returns null where the regulation is silent", () => {
    expect(citation("DC-04", "ppu")).toBeNull();
    expect(citation("DRC-01", "tabanan")).toBeNull();
  });
});

describe("plainQuote", () => {
  it("drops the Markdown emphasis and links the regulation texts carry", () => {
    const [website] = obligation("NET-10").articles.tabanan!;
    expect(plainQuote(website.quote)).toMatch(
      /^Situs website setiap PD .* portal Pemerintah Daerah tabanankab\.go\.id\.$/,
    );
  });

  it("leaves no Markdown in any quote", () => {
    for (const o of OBLIGATIONS) {
      for (const articles of Object.values(o.articles)) {
        for (const a of articles) expect(plainQuote(a.quote), `${o.id} ${a.ref}`).not.toMatch(/[*]|\]\(/);
      }
    }
  });
});

describe("docs/obligations.md", () => {
  it("is the file policies/emit-docs.ts generates from this metadata", () => {
    const committed = readOrFail(OBLIGATIONS_DOC_PATH);
    expect(committed, "run `npx tsx policies/emit-docs.ts` and commit docs/obligations.md").toBe(
      renderObligationsDoc(),
    );
  });
});
