/**
 * The regulation data files against the texts the project carries (regulations/<key>.txt): every
 * quote verbatim and in its Pasal, ayat and huruf; every obligation answered; located errors for
 * a broken file; the `spbe regulation` command; docs/obligations.md generated from the data.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { OBLIGATIONS, requiredBy } from "../../policies/obligations";
import { citation, joinRefs, plainQuote, regulation, regulationKeys } from "../../policies/regulations";
import { OBLIGATIONS_DOC_PATH, renderObligationsDoc } from "../../policies/emit-docs";
import { OBLIGATION_IDS } from "../../policies/catalog";
import { loadRegulationFile, verifyQuotes } from "../../regulations/loader";
import { REGULATIONS_DIR } from "../../regulations/registry";
import { candidates, scaffold } from "../../regulations/scaffold";
import { run } from "../cli/run";

const SEED = ["bengkulu", "ppu", "prabumulih", "tabanan", "tangerang"];
const dataFile = (k: string) => path.join(REGULATIONS_DIR, `${k}.yaml`);
const opts = { obligationIds: OBLIGATION_IDS };

function tempCopy(key: string, edit: (yaml: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "spbe-reg-"));
  copyFileSync(path.join(REGULATIONS_DIR, `${key}.txt`), path.join(dir, `${key}.txt`));
  const file = path.join(dir, `${key}.yaml`);
  writeFileSync(file, edit(readFileSync(dataFile(key), "utf8")));
  return file;
}

describe("the regulation data files", () => {
  it("are the five the project carries, each with its text beside it", () => {
    expect(regulationKeys()).toEqual(SEED);
    for (const k of SEED) expect(regulation(k).textFile).toBe(path.join(REGULATIONS_DIR, `${k}.txt`));
  });

  it.each(SEED)("%s: every quote is verbatim in its own Pasal, ayat and huruf of the text", (k) => {
    const load = loadRegulationFile(dataFile(k), opts);
    if (!load.ok)
      throw new Error(load.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
    expect(verifyQuotes(load)).toEqual([]);
  });

  it("answer each of the 44 obligations, silent or with articles", () => {
    expect(OBLIGATION_IDS).toHaveLength(44);
    for (const k of SEED)
      expect(Object.keys(regulation(k).obligations).sort()).toEqual([...OBLIGATION_IDS].sort());
  });

  it("follow the corrected reading where a permissive article or a definition does not oblige", () => {
    expect(requiredBy("DC-05")).toEqual(["bengkulu", "ppu", "tabanan"]);
    expect(requiredBy("DRC-01")).toEqual(["bengkulu"]);
    expect(requiredBy("DC-09")).toEqual([]);
    expect(requiredBy("NET-03")).toEqual(["bengkulu", "prabumulih", "tabanan", "tangerang"]);
    expect(regulation("prabumulih").obligations["NET-04"]).toMatchObject({ terms: { interval: "none" } });
    expect(regulation("bengkulu").obligations["DC-05"]).toMatchObject({
      terms: { anyOf: ["pdn", "pd-daerah"] },
    });
  });

  it("name the PD Mandiri TIK category only where the regulation has it", () => {
    const knows = SEED.filter((k) => regulation(k).knowsMandiriTik);
    expect(knows).toEqual(["prabumulih", "tabanan"]);
    for (const k of SEED) {
      const text = readFileSync(regulation(k).textFile, "utf8");
      expect(/Mandiri (TIK|Teknologi)/.test(text), k).toBe(regulation(k).knowsMandiriTik);
    }
  });
});

describe("a broken data file", () => {
  it("reports a misquoted article at the quote's line and column", () => {
    const file = tempCopy("tabanan", (y) =>
      y.replace("PD tidak melakukan pembangunan Pusat Data.", "PD boleh membangun Pusat Data."),
    );
    const load = loadRegulationFile(file, opts);
    expect(load.ok).toBe(true);
    const errors = verifyQuotes(load as Extract<typeof load, { ok: true }>);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: "obligations.DC-01.articles[0].quote" });
    expect(errors[0]!.en).toContain("is not in the text");
    const line = readFileSync(file, "utf8").split("\n")[errors[0]!.line - 1]!;
    expect(line).toContain("PD boleh membangun");
  });

  it("reports a wrong shape and a missing obligation with file:line:col", () => {
    const file = tempCopy("ppu", (y) =>
      y.replace("kind: perbup", "kind: perda").replace(/\n {2}OPS-02:\n(?: {4}.*\n)+/, "\n"),
    );
    const load = loadRegulationFile(file, opts);
    expect(load.ok).toBe(false);
    const errors = load.ok ? [] : load.errors;
    expect(errors.map((e) => e.path)).toContain("kind");
    const kind = errors.find((e) => e.path === "kind")!;
    expect(readFileSync(file, "utf8").split("\n")[kind.line - 1]).toContain("kind: perda");
  });

  it("must answer every obligation ID", () => {
    const file = tempCopy("ppu", (y) => y.replace(/\n {2}OPS-02:\n(?: {4}.*\n?)+/, "\n"));
    const load = loadRegulationFile(file, opts);
    expect(load.ok).toBe(false);
    expect(load.ok ? "" : load.errors[0]!.en).toContain("missing OPS-02");
  });
});

describe("spbe regulation", () => {
  it("check: exits 0 for the project's data files and names how many quotes it verified", async () => {
    const r = await run(["regulation", "check", ...SEED.map(dataFile)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tabanan\.yaml: ok .*quotes verified against tabanan\.txt/);
  });

  it("check: exits 1 with file:line:col for a quote the text does not hold", async () => {
    const file = tempCopy("tangerang", (y) =>
      y.replace("harus memenuhi standar nasional Indonesia.", "harus memenuhi standar internasional."),
    );
    const r = await run(["regulation", "check", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`${file.replace(/[.]/g, "\\.")}:\\d+:\\d+ obligations\\.DC-06\\.articles\\[0\\]\\.quote: `),
    );
  });

  it("scaffold: drafts a data file with candidate articles that loads once its text is beside it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "spbe-scaffold-"));
    copyFileSync(path.join(REGULATIONS_DIR, "tabanan.txt"), path.join(dir, "baru.txt"));
    const out = path.join(dir, "baru.yaml");
    const r = await run(["regulation", "scaffold", path.join(dir, "baru.txt"), "--out", out]);
    expect(r.code).toBe(0);
    const draft = readFileSync(out, "utf8");
    expect(draft).toContain("title: PERATURAN BUPATI TABANAN NOMOR 44 TAHUN 2022");
    expect(draft).toMatch(
      / {2}DC-05:\n(?: {4}# candidate: .*\n)*? {4}# candidate: Pasal 14 ayat \(7\): Pusat Data wajib terhubung/,
    );
    // A draft is not a data file yet: what a person must still write is reported where it is.
    const draftLoad = loadRegulationFile(out, opts);
    expect(draftLoad.ok ? [] : draftLoad.errors.map((e) => e.path)).toEqual(["short", "about"]);
    writeFileSync(
      out,
      draft
        .replace("short: TODO", "short: Perbup Baru 1/2026")
        .replace("about: TODO", "about: Penyelenggaraan SPBE"),
    );
    const load = loadRegulationFile(out, opts);
    expect(load.ok ? [] : load.errors).toEqual([]);
    const again = await run(["regulation", "scaffold", path.join(dir, "baru.txt"), "--out", out]);
    expect(again.code).toBe(2);
  });

  it("scaffold: finds the articles the data files cite among the candidates", () => {
    const found = candidates(readFileSync(path.join(REGULATIONS_DIR, "prabumulih.txt"), "utf8"), 5);
    expect(found["BK-01"]!.map((u) => u.ref)).toContain("Pasal 16 ayat (1)");
    expect(found["NET-04"]!.map((u) => u.ref)).toContain("Pasal 20 ayat (1)");
    expect(scaffold("Pasal 1\n(1) Tidak ada apa-apa.\n", "x", "x.txt")).toContain(
      "# no candidate article found",
    );
  });
});

describe("citation", () => {
  it("joins refs as Indonesian legal text does and appends the regulation's title", () => {
    expect(joinRefs(["A", "B", "C"])).toBe("A, B, dan C");
    expect(citation("DC-01", "tabanan")).toBe(
      "Pasal 14 ayat (9) dan Pasal 14 ayat (1) Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
    );
    expect(citation("DC-04", "ppu")).toBeNull();
    expect(() => citation("NOPE-1", "tabanan")).toThrow(/NOPE-1/);
  });

  it("drops the Markdown the texts carry when a quote is shown", () => {
    for (const k of SEED)
      for (const e of Object.values(regulation(k).obligations))
        for (const a of "articles" in e ? e.articles : [])
          expect(plainQuote(a.quote)).not.toMatch(/[*]|\]\(/);
  });
});

describe("docs/obligations.md", () => {
  it("is the file policies/emit-docs.ts generates from the data", () => {
    expect(readFileSync(OBLIGATIONS_DOC_PATH, "utf8"), "run `npx tsx policies/emit-docs.ts`").toBe(
      renderObligationsDoc(),
    );
    expect(OBLIGATIONS).toHaveLength(44);
  });
});
