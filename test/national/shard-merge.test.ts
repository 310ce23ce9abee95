/**
 * The national programme: `check --all --shard i/8` over a set of generated regions, merged with
 * `spbe merge`, gives the same totals as one `--all` run; shards are disjoint, cover the set and
 * are balanced by size; a region in two shard results is refused.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRegion } from "../../bench/generator/write";
import type { RegionSpec } from "../../bench/generator/region";
import { regionFiles } from "../../offline/check-all";
import { duplicateKeys, parseShard, shardOf, splitBySize } from "../../national/shard";
import type { NationalResult } from "../../national/result";
import { run } from "../cli/run";

const REGULATIONS = ["tangerang", "tabanan", "bengkulu", "ppu", "prabumulih"] as const;
const TODAY = "2026-11-23";
let dir: string;
let out: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "spbe-national-"));
  out = mkdtempSync(join(tmpdir(), "spbe-national-out-"));
  for (let i = 0; i < 10; i++) {
    const spec: RegionSpec = {
      key: `kab-${String(i).padStart(2, "0")}`,
      name: `Kabupaten ${i}`,
      kind: "kabupaten",
      regulation: REGULATIONS[i % REGULATIONS.length]!,
      agencies: 3 + (i % 4),
      applications: 2 + (i % 3),
      seed: `national-${i}`,
      asOf: "2026-11-20",
    };
    writeRegion(dir, spec);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe("--shard i/N", () => {
  it("splits deterministically into disjoint parts covering the set, balanced by size", () => {
    const files = regionFiles(dir);
    const parts = Array.from({ length: 8 }, (_, i) => shardOf(files, { index: i + 1, count: 8 }));
    expect(parts.flat().sort()).toEqual([...files].sort());
    expect(new Set(parts.flat()).size).toBe(files.length);
    expect(shardOf(files, { index: 3, count: 8 })).toEqual(parts[2]);
    const sized = splitBySize(
      [
        { file: "a", size: 10 },
        { file: "b", size: 9 },
        { file: "c", size: 2 },
        { file: "d", size: 1 },
      ],
      2,
    );
    expect(sized).toEqual([
      ["a", "d"],
      ["b", "c"],
    ]);
    expect(files.every((f) => statSync(f).size > 0)).toBe(true);
  });

  it("refuses a shard outside 1..N", () => {
    expect(() => parseShard("0/8")).toThrow(/1 <= i <= N/);
    expect(() => parseShard("9/8")).toThrow(/1 <= i <= N/);
    expect(parseShard("8/8")).toEqual({ index: 8, count: 8 });
  });
});

describe("merge of 8 shards", () => {
  it("gives the totals of one --all run", async () => {
    const whole = await run([
      "check",
      "--all",
      dir,
      "--today",
      TODAY,
      "--json",
      join(out, "all.json"),
      "--jobs",
      "2",
    ]);
    expect(whole.code).toBeLessThan(2);
    for (let i = 1; i <= 8; i++) {
      const r = await run([
        "check",
        "--all",
        dir,
        "--shard",
        `${i}/8`,
        "--today",
        TODAY,
        "--json",
        join(out, `shard-${i}.json`),
        "--jobs",
        "1",
      ]);
      expect(r.code).toBe(whole.code === 1 ? r.code : 0);
    }
    const shards = Array.from({ length: 8 }, (_, i) => join(out, `shard-${i + 1}.json`));
    const merged = await run([
      "merge",
      ...shards,
      "--json",
      join(out, "national.json"),
      "--sarif",
      join(out, "national.sarif"),
      "--html",
      join(out, "national.html"),
    ]);
    const all = JSON.parse(readFileSync(join(out, "all.json"), "utf8")) as NationalResult;
    const national = JSON.parse(readFileSync(join(out, "national.json"), "utf8")) as NationalResult;
    const { ms: _a, ...allTotal } = all.total;
    const { ms: _b, ...nationalTotal } = national.total;
    expect(nationalTotal).toEqual(allTotal);
    expect(all.total.regions).toBe(10);
    expect(national.regions.map((r) => r.key)).toEqual(all.regions.map((r) => r.key).sort());
    expect(merged.code).toBe(all.total.exit);
    // Paths are relative to the directory given.
    expect(all.regions.every((r) => !r.file.startsWith("/") && r.file.endsWith(".yaml"))).toBe(true);
    const sarif = JSON.parse(readFileSync(join(out, "national.sarif"), "utf8"));
    const findings = all.regions.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
    expect(sarif.runs[0].results.length).toBe(findings);
    const html = readFileSync(join(out, "national.html"), "utf8");
    expect(html).toContain("regions by verdict");
    expect(html).not.toMatch(/<script/i);
  }, 900_000);

  it("refuses a region present in two results", async () => {
    const r = await run(["merge", join(out, "shard-1.json"), join(out, "shard-1.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is also in/);
  });
});

describe("check --all", () => {
  it("warns when two files declare one region key, naming them relative to the directory", () => {
    const copy = join(dir, "zz-copy.yaml");
    writeFileSync(copy, readFileSync(join(dir, "kab-01.yaml")));
    try {
      const dups = duplicateKeys(regionFiles(dir));
      expect(dups.map(([k, fs]) => [k, fs.map((f) => f.slice(dir.length + 1))])).toEqual([
        ["kab-01", ["kab-01.yaml", "zz-copy.yaml"]],
      ]);
    } finally {
      rmSync(copy);
    }
  });
});
