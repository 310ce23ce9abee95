/**
 * Every SARIF the project writes validates against the OASIS SARIF 2.1.0 schema (vendored in
 * test/support/schemas/sarif-2.1.0) and stays within GitHub code scanning's upload limits:
 * `spbe check --sarif` on each example region; on a change with mandatory, advisory and exempt
 * findings against a base (suppressions, baselineState new/unchanged/absent); on a malformed
 * inventory (the located input error); and the national SARIF of `spbe merge`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { writeRegion } from "../../bench/generator/write";
import { run } from "../cli/run";
import { codeScanningProblems, validateSarif } from "../support/schemas/validate";

const TODAY = "2026-11-23";
const tmp = mkdtempSync(join(tmpdir(), "spbe-sarif-schema-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Sarif = { runs: Array<{ tool: { driver: any }; results: Array<Record<string, any>> }> };
function readSarif(file: string): Sarif {
  const text = readFileSync(file, "utf8");
  expect(validateSarif(JSON.parse(text)), file).toEqual([]);
  expect(codeScanningProblems(text), file).toEqual([]);
  return JSON.parse(text) as Sarif;
}

describe("the validator is real", () => {
  it("rejects a SARIF log the schema forbids", () => {
    expect(validateSarif({ version: "2.1.0", runs: [] })).toEqual([]);
    expect(validateSarif({ version: "2.0.0", runs: [] }).join("\n")).toMatch(/\/version: must be equal/);
    const run = { tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] };
    expect(validateSarif({ version: "2.1.0", runs: [run] }).join("\n")).toMatch(/results\/0\/level/);
  });

  it("reports what code scanning asks beyond the schema", () => {
    const rule = { id: "r", shortDescription: { text: "s" }, properties: { "problem.severity": "medium" } };
    const result = {
      ruleId: "q",
      message: { text: "m" },
      locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 1 } } }],
    };
    const text = JSON.stringify({
      version: "2.1.0",
      runs: [{ tool: { driver: { name: "t", rules: [rule] } }, results: [result] }],
    });
    expect(validateSarif(JSON.parse(text))).toEqual([]);
    const problems = codeScanningProblems(text).join("\n");
    for (const p of [
      "no fullDescription.text",
      "no help.text",
      'problem.severity "medium"',
      "ruleId q is not a rule",
      "no partialFingerprints",
      "no artifactLocation.uri",
      "no region.startColumn",
    ])
      expect(problems).toContain(p);
  });
});

const regions = readdirSync("inventory/regions")
  .filter((f) => f.endsWith(".yaml") && !f.endsWith(".lock.yaml"))
  .sort();

describe("spbe check --sarif on each example region", () => {
  it("finds the example regions", () => expect(regions.length).toBeGreaterThanOrEqual(5));
  for (const f of regions) {
    it(
      f,
      async () => {
        const out = join(tmp, `${f}.sarif`);
        const r = await run(["check", `inventory/regions/${f}`, "--today", TODAY, "--sarif", out]);
        expect([0, 1], r.err).toContain(r.code);
        const sarif = readSarif(out);
        expect(sarif.runs).toHaveLength(1);
        for (const res of sarif.runs[0]!.results)
          expect(sarif.runs[0]!.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(res.ruleId);
      },
      120_000,
    );
  }
});

describe("spbe check --sarif --base with mandatory, advisory and exempt findings", () => {
  let sarif: Sarif;
  let fixed: Sarif;
  beforeAll(async () => {
    const repo = join(tmp, "repo");
    cpSync("inventory/regions", join(repo, "inventory/regions"), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], {
        cwd: repo,
      });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "base");
    const file = join(repo, "inventory/regions/prabumulih.yaml");
    // The base's advisory findings; the first is exempted (a suppression), the rest stay advisory.
    const base = JSON.parse((await run(["check", file, "--today", TODAY, "--format", "json"])).out);
    const exempted = base.findings[0];
    const cfg = join(tmp, "exemptions.json");
    writeFileSync(
      cfg,
      JSON.stringify({
        [exempted.rule]: {
          exemptions: [
            {
              rule: exempted.rule,
              resource: exempted.resources[0],
              reason: "NOC dibangun 2027",
              approvedBy: "Kepala Dinas Kominfo",
              until: "2027-06-30",
            },
          ],
        },
      }),
    );
    // Commits the Pusat Data's operator and checks the change against its parent.
    const handTo = async (operator: string, message: string, out: string) => {
      const doc = parseDocument(readFileSync(file, "utf8"));
      doc.setIn(["sites", 0, "operator"], operator);
      writeFileSync(file, doc.toString());
      git("commit", "-qam", message);
      return run([
        "check",
        file,
        "--base",
        "HEAD~1",
        "--today",
        TODAY,
        "--policy-config",
        cfg,
        "--sarif",
        out,
      ]);
    };
    // Hand the Pusat Data to an agency: new mandatory findings on that line.
    const out = join(tmp, "base.sarif");
    const r = await handTo("setda", "hand the Pusat Data to setda", out);
    expect(r.code, r.err).toBe(1);
    sarif = readSarif(out);
    // And back: against the handed-over base, the findings the change caused are fixed (absent).
    const back = join(tmp, "back.sarif");
    const r2 = await handTo("diskominfo", "the Pusat Data back to the Dinas", back);
    expect(r2.code, r2.err).toBe(0);
    fixed = readSarif(back);
  }, 600_000);

  it("holds error, warning and suppressed note results with their baseline states", () => {
    const results = sarif.runs[0]!.results;
    const levels = new Set(results.map((r) => r.level));
    expect(levels).toContain("error");
    expect(levels).toContain("warning");
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) {
      expect(r.level).toBe("note");
      expect(r.suppressions[0]).toMatchObject({ kind: "external", status: "accepted" });
      expect(r.suppressions[0].justification).toContain("Kepala Dinas Kominfo");
    }
    const states = new Set(results.map((r) => r.baselineState));
    expect(states).toContain("new");
    expect(states).toContain("unchanged");
  });

  it("marks the findings a change fixed absent (kind pass, level none)", () => {
    const absent = fixed.runs[0]!.results.filter((r) => r.baselineState === "absent");
    const caused = sarif.runs[0]!.results.filter((r) => r.baselineState === "new");
    expect(absent.map((r) => r.partialFingerprints["spbeFinding/v1"]).sort()).toEqual(
      caused.map((r) => r.partialFingerprints["spbeFinding/v1"]).sort(),
    );
    for (const r of absent) expect(r).toMatchObject({ kind: "pass", level: "none" });
  });
});

describe("spbe check --sarif on a malformed inventory", () => {
  it("writes a valid SARIF whose result is the located input error", async () => {
    const file = join(tmp, "rusak.yaml");
    writeFileSync(file, "region:\n  key: rusak\n  name: [tidak ditutup\n");
    const out = join(tmp, "rusak.sarif");
    const r = await run(["check", file, "--today", TODAY, "--sarif", out]);
    expect(r.code).toBe(2);
    const sarif = readSarif(out);
    const [res, ...rest] = sarif.runs[0]!.results;
    expect(rest).toEqual([]);
    expect(res!.level).toBe("error");
    expect(res!.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    expect(sarif.runs[0]!.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(res!.ruleId);
  });
});

describe("spbe check --sarif on an inventory without its lock (spbe ipam not run)", () => {
  it("writes a valid SARIF with the located error, in English too", async () => {
    const file = join(tmp, "tabanan.yaml");
    cpSync("inventory/regions/tabanan.yaml", file);
    const out = join(tmp, "nolock.sarif");
    const r = await run(["check", file, "--today", TODAY, "--lang", "en", "--format", "sarif", "--out", out]);
    expect(r.code).toBe(2);
    const sarif = readSarif(out);
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    for (const res of sarif.runs[0]!.results) expect(res.level).toBe("error");
    expect(sarif.runs[0]!.tool.driver.rules[0].shortDescription.text).toMatch(/input error/);
  });
});

describe("spbe merge --sarif", () => {
  it("writes a valid national SARIF", async () => {
    const dir = join(tmp, "national");
    for (const [i, regulation] of (["tangerang", "tabanan", "bengkulu"] as const).entries())
      writeRegion(dir, {
        key: `kab-${i}`,
        name: `Kabupaten ${i}`,
        kind: "kabupaten",
        regulation,
        agencies: 3,
        applications: 2,
        seed: `sarif-${i}`,
        asOf: "2026-11-20",
      });
    writeFileSync(join(dir, "kab-rusak.yaml"), "region:\n  key: kab-rusak\n  name: [tidak ditutup\n");
    const shards = [1, 2].map((i) => join(tmp, `shard-${i}.json`));
    for (const [i, s] of shards.entries()) {
      const r = await run(["check", "--all", dir, "--shard", `${i + 1}/2`, "--today", TODAY, "--json", s]);
      expect([0, 1, 2], r.err).toContain(r.code);
    }
    const out = join(tmp, "national.sarif");
    const r = await run(["merge", ...shards, "--sarif", out]);
    expect(r.code, r.err).toBe(2);
    const sarif = readSarif(out);
    const results = sarif.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    // The region that could not be checked is there, on its file, not silently missing.
    const failed = results.filter((x) => x.ruleId === "spbe-input-error");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message.text).toMatch(/^kab-rusak: /);
    expect(failed[0]!.locations[0].physicalLocation.artifactLocation.uri).toMatch(/kab-rusak\.yaml$/);
    const rules = new Set(sarif.runs[0]!.tool.driver.rules?.map((x: { id: string }) => x.id));
    for (const res of results) expect(rules, "every ruleId is a rule of the run").toContain(res.ruleId);
  }, 600_000);
});
