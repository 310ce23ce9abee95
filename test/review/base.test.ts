/**
 * Issue 14 done-when: in a git repository holding the example regions, a commit that changes one
 * field (Prabumulih's Pusat Data handed to an agency: `operator: setda`) shows, against the
 * commit before it, the changed resources and exactly the new findings; SARIF marks those new
 * and the findings the base already had unchanged. One run writes every format.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { run } from "../cli/run";

const TODAY = "2026-11-23";
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], {
    cwd,
  }).toString();

let repo: string;
let file: string;
let result: { code: number; out: string; err: string };
let md: string;
let sarif: { runs: Array<{ results: Array<Record<string, any>> }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
let baseJson: { findings: Array<{ rule: string; fingerprint: string }> };

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), "spbe-base-repo-"));
  cpSync("inventory/regions", join(repo, "inventory/regions"), { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-qm", "base");
  file = join(repo, "inventory/regions/prabumulih.yaml");
  // The base alone, for the findings it already has.
  const base = await run(["check", file, "--today", TODAY, "--format", "json"]);
  baseJson = JSON.parse(base.out);
  const doc = parseDocument(readFileSync(file, "utf8"));
  expect(doc.getIn(["sites", 0, "kind"])).toBe("pusat-data");
  doc.setIn(["sites", 0, "operator"], "setda");
  writeFileSync(file, doc.toString());
  git(repo, "commit", "-qam", "hand the Pusat Data to setda");
  const out = (n: string) => join(repo, n);
  result = await run([
    "check",
    file,
    "--base",
    "HEAD~1",
    "--today",
    TODAY,
    "--markdown",
    out("o.md"),
    "--sarif",
    out("o.sarif"),
    "--json",
    out("o.json"),
    "--format",
    "text",
  ]);
  md = readFileSync(out("o.md"), "utf8");
  sarif = JSON.parse(readFileSync(out("o.sarif"), "utf8"));
}, 600_000);

describe("spbe check --base", () => {
  it("fails on the new mandatory findings and writes every format in the one run", () => {
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^spbe check prabumulih/);
    expect(md).toMatch(/^## ❌ spbe check: prabumulih/);
  });

  it("leads the Markdown with what the change does: the resources whose operator label changed", () => {
    const change = md.indexOf("### Yang diubah oleh perubahan ini");
    expect(change).toBeGreaterThan(0);
    expect(change).toBeLessThan(md.indexOf("<details><summary>Wajib"));
    expect(md).toMatch(/`metadata\.labels\.spbe\.go\.id\/operator`: `"diskominfo"` → `"setda"`/);
    // A generated password is the same in the engine's state: no spurious change of its users.
    expect(md).not.toMatch(/`envs\[0\]`/);
  });

  it("lists as new exactly the findings the base did not have, grouped by the field to change", () => {
    const before = new Set(baseJson.findings.map((f) => f.fingerprint));
    const results = sarif.runs[0]!.results.filter((r) => r.baselineState !== "absent");
    const isNew = results.filter((r) => r.baselineState === "new");
    const unchanged = results.filter((r) => r.baselineState === "unchanged");
    expect(isNew.length + unchanged.length).toBe(results.length);
    expect(isNew.length).toBeGreaterThan(0);
    for (const r of isNew) expect(before.has(r.partialFingerprints["spbeFinding/v1"])).toBe(false);
    for (const r of unchanged) expect(before.has(r.partialFingerprints["spbeFinding/v1"])).toBe(true);
    // Prabumulih is clean under its own regulation: every mandatory finding comes from this change,
    // and what the base had (advice only) is unchanged.
    expect(new Set(isNew.map((r) => r.level))).toEqual(new Set(["error"]));
    expect(unchanged.map((r) => r.ruleId).sort()).toEqual(baseJson.findings.map((f) => f.rule).sort());
    expect(md).toContain(`#### Temuan baru (${isNew.length})`);
    // The new findings point at the one line changed.
    const line =
      readFileSync(file, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("operator: setda")) + 1;
    for (const r of isNew) expect(r.locations[0].physicalLocation.region.startLine).toBe(line);
    expect(md).toMatch(/\| DC-02 ×\d+ \|/);
  });
});
