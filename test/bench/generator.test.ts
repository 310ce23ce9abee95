import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInventory } from "../../inventory/loader";
import { readLock } from "../../plan/lock";
import { inventorySchema } from "../../inventory/schema";
import { generateRegion, type RegionSpec } from "../../bench/generator/region";
import { regionYaml, writeRegion } from "../../bench/generator/write";
import { nationalSpecs, NATIONAL_COUNTS } from "../../bench/generator/national";
import { predictResources, sizeFor, type Calibration } from "../../bench/generator/sizing";

const spec: RegionSpec = {
  key: "kota-uji",
  name: "Kota Uji",
  kind: "kota",
  regulation: "bengkulu",
  agencies: 45,
  applications: 70,
  seed: "test-seed",
  asOf: "2026-11-20",
};

describe("synthetic region generator", () => {
  it("writes byte-identical YAML for the same seed", () => {
    expect(regionYaml(generateRegion(spec), spec)).toBe(regionYaml(generateRegion({ ...spec }), spec));
  });

  it("writes a different region for a different seed", () => {
    const other = { ...spec, seed: "another-seed" };
    expect(regionYaml(generateRegion(other), other)).not.toBe(regionYaml(generateRegion(spec), spec));
  });

  it("produces an inventory the schema accepts, with the requested counts", () => {
    const parsed = inventorySchema.parse(generateRegion(spec));
    expect(parsed.agencies).toHaveLength(45);
    expect(parsed.applications).toHaveLength(70);
  });

  it("writes a region the loader accepts (schema and cross-checks) with its address lock beside it", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-gen-"));
    try {
      const written = writeRegion(dir, spec);
      const loaded = loadInventory(written.yamlPath);
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
      const lock = readLock(written.lockPath);
      expect(lock.ok && lock.lock !== null && lock.lock.allocations.length).toBeGreaterThan(spec.agencies);
      // Written twice from the same spec: the same bytes.
      const first = readFileSync(written.yamlPath, "utf8") + readFileSync(written.lockPath, "utf8");
      writeRegion(dir, spec);
      expect(readFileSync(written.yamlPath, "utf8") + readFileSync(written.lockPath, "utf8")).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives colocation servers to PD Mandiri TIK only where the regulation has them, else to the Dinas", () => {
    const bengkulu = inventorySchema.parse(generateRegion({ ...spec, agencies: 120, applications: 300 }));
    // Pergub Bengkulu has no PD Mandiri TIK category: no agency is flagged, the Dinas owns the servers.
    expect(bengkulu.agencies.filter((a) => a.mandiriTik)).toEqual([]);
    expect(bengkulu.colocation.length).toBeGreaterThan(0);
    for (const server of bengkulu.colocation) expect(server.owner).toBe(bengkulu.dinas.id);
    const inv = inventorySchema.parse(
      generateRegion({ ...spec, regulation: "prabumulih", agencies: 120, applications: 300 }),
    );
    const mandiri = new Set(inv.agencies.filter((a) => a.mandiriTik).map((a) => a.id));
    expect(mandiri.size).toBeGreaterThan(0);
    expect(inv.colocation.length).toBeGreaterThan(0);
    const racks = new Map(inv.sites.flatMap((s) => s.racks.map((r) => [r.id, r] as const)));
    for (const server of inv.colocation) {
      expect(mandiri.has(server.owner)).toBe(true);
      const rack = racks.get(server.rack);
      expect(rack).toBeDefined();
      expect(server.unit + server.heightU - 1).toBeLessThanOrEqual(rack!.units);
    }
  });

  it("backs every application's data up to a site in another failure domain", () => {
    const inv = inventorySchema.parse(generateRegion(spec));
    const domain = new Map(inv.sites.map((s) => [s.id, s.location.failureDomain]));
    for (const app of inv.applications) {
      const target = app.data?.backup?.target;
      expect(target).toBeDefined();
      expect(domain.get(target!)).not.toBe(domain.get(app.placement.site));
    }
  });

  it("lets an application consume only services its owner is a declared consumer of", () => {
    const inv = inventorySchema.parse(generateRegion(spec));
    const services = new Map(inv.gateway!.services.map((s) => [s.id, s]));
    const consumed = inv.applications.flatMap((a) =>
      a.integrations.map((i) => ({ owner: a.owner, id: "consumes" in i ? i.consumes : undefined })),
    );
    expect(consumed.length).toBeGreaterThan(0);
    for (const { owner, id } of consumed) {
      expect(id).toBeDefined();
      expect(services.get(id!)?.consumers).toContain(owner);
    }
  });

  it("dates nothing after the as-of date", () => {
    const text = regionYaml(generateRegion(spec), spec);
    const dates = [...text.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d <= spec.asOf).toBe(true);
  });

  it("rejects an as-of that is not a date", () => {
    expect(() => generateRegion({ ...spec, asOf: "2026-13-01" })).toThrow(/--as-of.*2026-13-01/);
  });
});

describe("national set", () => {
  const calibration: Calibration = {
    base: 40,
    perAgency: 6,
    perApplication: 9,
    measured: { commit: "test", date: "2026-11-23", samples: [] },
  };

  it("has 552 regions: 38 provinsi, 416 kabupaten, 98 kota, with unique keys", () => {
    const specs = nationalSpecs("s", "2026-11-20", calibration);
    expect(specs).toHaveLength(552);
    expect(new Set(specs.map((s) => s.key)).size).toBe(552);
    for (const kind of ["provinsi", "kabupaten", "kota"] as const) {
      expect(specs.filter((s) => s.kind === kind)).toHaveLength(NATIONAL_COUNTS[kind]);
    }
  });

  it("makes most kabupaten and kota smaller than the provinces", () => {
    const specs = nationalSpecs("s", "2026-11-20", calibration);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const local = specs.filter((s) => s.kind !== "provinsi").map((s) => s.target);
    const provinces = specs.filter((s) => s.kind === "provinsi").map((s) => s.target);
    expect(median(local)).toBeLessThan(median(provinces));
    expect(Math.max(...provinces)).toBe(10000);
  });

  it("sizes a region close to its target resource count", () => {
    for (const target of [500, 1000, 3000, 10000]) {
      const { agencies, applications } = sizeFor(calibration, target, "provinsi");
      const predicted = predictResources(calibration, agencies, applications);
      expect(Math.abs(predicted - target) / target).toBeLessThan(0.02);
    }
  });
});
