import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFiles, regionFiles, runAll, worstExit } from "../../offline/check-all";
import { writeRegion } from "../../bench/generator/write";
import type { RegionSpec } from "../../bench/generator/region";

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return Object.assign(w, { text: () => chunks.join("") });
}

const base: Omit<RegionSpec, "key" | "name"> = {
  kind: "kota",
  regulation: "tangerang",
  agencies: 4,
  applications: 3,
  seed: "check-all",
  asOf: "2026-11-20",
};

describe("regionFiles", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spbe-all-files-"));
    writeRegion(dir, { ...base, key: "kota-b", name: "Kota B" });
    writeRegion(dir, { ...base, key: "kota-a", name: "Kota A" });
    writeFileSync(join(dir, "kota-a-apps.yaml"), "applications: []\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the region inventories in name order, skipping lock files and included fragments", () => {
    expect(regionFiles(dir).map((f) => f.split("/").pop())).toEqual(["kota-a.yaml", "kota-b.yaml"]);
  });

  it("starts no region once aborted, and counts the regions left as skipped with exit 2", async () => {
    const controller = new AbortController();
    controller.abort();
    const stdout = sink();
    const summary = await checkFiles(regionFiles(dir), { signal: controller.signal, stdout, stderr: sink() });
    expect(summary.regions).toEqual([]);
    expect(summary.total.skipped).toBe(2);
    expect(summary.total.exit).toBe(2);
    expect(stdout.text()).toMatch(/2 skipped \(aborted\), worst exit 2/);
  });

  it("refuses a directory with no region inventory", () => {
    const empty = mkdtempSync(join(tmpdir(), "spbe-all-empty-"));
    try {
      expect(() => regionFiles(empty)).toThrow(/no region inventory/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("worstExit", () => {
  it("ranks a malformed region over findings over ok", () => {
    expect(worstExit([0, 1, 0])).toBe(1);
    expect(worstExit([1, 2, 0])).toBe(2);
    expect(worstExit([0, 0])).toBe(0);
  });
});

describe("spbe check --all", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spbe-all-"));
    writeRegion(dir, { ...base, key: "kota-patuh", name: "Kota Patuh" });
    // The same region with its Pusat Data run by an agency (setda), not the Dinas: DC-01, mandatory
    // under Tangerang (Pasal 19 ayat (4): "dibangun, dikembangkan, dan dipelihara oleh Dinas").
    const bad = writeRegion(dir, { ...base, key: "kota-langgar", name: "Kota Langgar" });
    const text = readFileSync(bad.yamlPath, "utf8");
    const changed = text.replace(
      "  - id: pd-utama\n    kind: pusat-data\n    operator: diskominfo\n",
      "  - id: pd-utama\n    kind: pusat-data\n    operator: setda\n",
    );
    expect(changed).not.toBe(text);
    writeFileSync(bad.yamlPath, changed);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one line per region and a total, and exits with the worst region's code", async () => {
    const stdout = sink();
    const stderr = sink();
    const code = await runAll(dir, { jobs: 2, stdout, stderr });
    const lines = stdout.text().trim().split("\n");
    expect(lines[0]).toMatch(/^region\s+resources\s+mandatory\s+advisory\s+exempt\s+ms/);
    expect(lines[1]).toMatch(/^kota-langgar\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+\d+\s+findings$/);
    expect(lines[2]).toMatch(/^kota-patuh\s+\d+\s+0\s+\d+\s+\d+\s+\d+\s+ok$/);
    expect(lines[3]).toMatch(/^total\s+\d+.*2 regions, 0 not checked, worst exit 1$/);
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/\[2\/2\] 100%/);
  }, 180_000);

  it("reports a malformed region as not checked, with exit 2", async () => {
    const broken = mkdtempSync(join(tmpdir(), "spbe-all-broken-"));
    try {
      writeRegion(broken, { ...base, key: "kota-patuh", name: "Kota Patuh" });
      writeFileSync(join(broken, "kota-rusak.yaml"), "region:\n  key: kota-rusak\n  kind: desa\n");
      const stdout = sink();
      const code = await runAll(broken, { jobs: 1, format: "json", stdout, stderr: sink() });
      const out = JSON.parse(stdout.text()) as {
        regions: Array<{ key: string; exit: number; error?: string }>;
      };
      const rusak = out.regions.find((r) => r.key === "kota-rusak");
      expect(rusak?.exit).toBe(2);
      expect(rusak?.error).toMatch(/kota-rusak\.yaml/);
      expect(code).toBe(2);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 180_000);
});
