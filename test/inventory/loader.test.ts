import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatErrorIn, loadInventory, loadInventoryFromString, type LoadResult } from "../../inventory";

const FIXTURES = join(__dirname, "../fixtures/inventory");
const VALID = join(FIXTURES, "valid/region.yaml");
const TODAY = "2026-11-23";

function errors(result: LoadResult): string[] {
  if (result.ok) throw new Error("expected the inventory to be rejected");
  return result.errors.map((e) => formatErrorIn(e, "en"));
}

describe("loadInventory", () => {
  it("accepts the valid fixture and fills defaults", () => {
    const result = loadInventory(VALID, { today: TODAY });
    if (!result.ok) throw new Error(result.errors.map((e) => formatErrorIn(e, "en")).join("\n"));
    expect(result.file).toBe(VALID);
    expect(result.warnings).toEqual([]);
    const sipd = result.inventory.applications.find((a) => a.id === "sipd");
    expect(sipd?.replicas).toBe(1);
    expect(sipd?.exposure).toBe("intra");
    expect(result.inventory.network.wan.linkPrefix).toBe(31);
  });

  it("locates elements and their fields by path", () => {
    const result = loadInventory(VALID, { today: TODAY });
    if (!result.ok) throw new Error("fixture rejected");
    expect(result.locate("applications[1]")).toEqual({ file: VALID, line: 83, column: 5 });
    expect(result.locate("applications[0].data.backup.target")).toEqual({
      file: VALID,
      line: 79,
      column: 90,
    });
    expect(result.locate("gateway.services[1].provider")).toEqual({ file: VALID, line: 111, column: 41 });
  });

  it("locates a path that goes past the document at its nearest ancestor", () => {
    const result = loadInventory(VALID, { today: TODAY });
    if (!result.ok) throw new Error("fixture rejected");
    expect(result.locate("applications[2].data.backup")).toEqual(result.locate("applications[2]"));
    expect(result.locate("applications[2]..x")).toBeNull();
  });

  it("reports a file that cannot be read instead of throwing", () => {
    const missing = join(FIXTURES, "does-not-exist.yaml");
    expect(errors(loadInventory(missing))).toEqual([
      `${missing}:1:1 (root): cannot read the inventory file (ENOENT)`,
    ]);
  });

  it("rejects a document that is not a mapping", () => {
    expect(errors(loadInventoryFromString("- a\n- b\n", "list.yaml"))).toEqual([
      "list.yaml:1:1 (root): expected a mapping with region, dinas, agencies, sites and network, got a list",
    ]);
    expect(errors(loadInventoryFromString("", "empty.yaml"))).toEqual([
      "empty.yaml:1:1 (root): expected a mapping with region, dinas, agencies, sites and network, got an empty value",
    ]);
  });

  it("rejects a key given twice", () => {
    expect(errors(loadInventoryFromString("region: {}\ndinas: {}\nregion: {}\n", "dup.yaml"))).toEqual([
      "dup.yaml:3:1 region: invalid YAML: Map keys must be unique",
    ]);
  });

  it("refuses an alias bomb rather than expanding it", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 6; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const [error] = errors(loadInventoryFromString(lines.join("\n"), "bomb.yaml"));
    // Refused at the alias where the expansion passes the limit, before any data is built.
    expect(error).toMatch(/^bomb\.yaml:4:\d+ \(root\): invalid YAML: .*alias/i);
  });

  it("reports a nesting too deep for the parser once, not once per level", () => {
    const all = errors(loadInventoryFromString(`a: ${"[".repeat(100_000)}`, "deep.yaml"));
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(21);
    expect(new Set(all).size).toBe(all.length);
  });

  it("reports every missing section of an empty mapping at once", () => {
    expect(errors(loadInventoryFromString("{}\n", "bare.yaml"))).toEqual([
      'bare.yaml:1:1 region: missing key "region" (expected a mapping)',
      'bare.yaml:1:1 dinas: missing key "dinas" (expected a mapping)',
      'bare.yaml:1:1 agencies: missing key "agencies" (expected a list)',
      'bare.yaml:1:1 sites: missing key "sites" (expected a list)',
      'bare.yaml:1:1 network: missing key "network" (expected a mapping)',
    ]);
  });

  it("formats every error on a single line", () => {
    const all = errors(loadInventoryFromString('region: "a\nb"\nx: [\n', "multi.yaml"));
    for (const line of all) expect(line).not.toContain("\n");
  });

  it("rejects a today option that is not a date", () => {
    expect(errors(loadInventory(VALID, { today: "tomorrow" }))).toEqual([
      `${VALID}:1:1 (root): option today must be YYYY-MM-DD, got "tomorrow"`,
    ]);
  });

  it("checks dates against the real today when no date is given", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-inventory-"));
    const file = join(dir, "far-future.yaml");
    const text = loadText(VALID).replace("attestedOn: 2025-06-01", "attestedOn: 2999-01-01");
    writeFileSync(file, text);
    const [error] = errors(loadInventory(file));
    expect(error).toContain("sites[0].standard.attestedOn: date 2999-01-01 is in the future");
  });
});

describe("include", () => {
  it("appends the included files' lists and points into the included file", () => {
    const region = join(FIXTURES, "include/region.yaml");
    const part = join(FIXTURES, "include/parts/more.yaml");
    const result = loadInventory(region, { today: TODAY });
    if (!result.ok) throw new Error(result.errors.map((e) => formatErrorIn(e, "en")).join("\n"));
    expect(result.inventory.agencies.map((a) => a.id)).toEqual([
      "bappeda",
      "bkpsdm",
      "disdukcapil",
      "dinkes",
    ]);
    expect(result.inventory.applications.map((a) => a.id)).toEqual(["simpeg", "siak", "sipd", "sikda"]);
    expect(result.inventory.gateway?.services.map((s) => s.id)).toContain("kesehatan.kunjungan");
    expect(result.locate("applications[3].image")).toEqual({ file: part, line: 13, column: 12 });
    expect(result.locate("gateway.services[2].provider")).toEqual({ file: part, line: 22, column: 44 });
    expect(result.locate("applications[0]")?.file).toBe(region);
  });

  it("reports errors of an included file with that file's name and positions", () => {
    const region = join(FIXTURES, "include/broken-region.yaml");
    const part = join(FIXTURES, "include/parts/broken.yaml");
    expect(errors(loadInventory(region, { today: TODAY }))).toEqual([
      `${part}:2:1 network: unknown key "network": an included file holds only agencies, sites, applications, colocation, gateway.services and include`,
      `${part}:12:15 applications[3].replicas: expected a number, got "two"`,
      `${part}:15:33 colocation[2].owner: unknown agency "dinkes": not an id of agencies or the dinas`,
      `${part}:15:74 colocation[2].unit: colocation server "srv-dinkes-01" at unit 11 overlaps colocation server "srv-dukcapil-01" at units 10-11 in rack "r01" of site "pd-utama" (declared at colocation[0], ${region}:103)`,
    ]);
  });

  it("reports an included file that does not exist at the include entry", () => {
    const file = join(FIXTURES, "include/virtual.yaml");
    const text = loadText(join(FIXTURES, "include/region.yaml")).replace(
      "parts/more.yaml",
      "parts/absent.yaml",
    );
    expect(errors(loadInventoryFromString(text, file, { today: TODAY }))).toEqual([
      `${file}:2:11 include[0]: cannot read included file "parts/absent.yaml" (ENOENT)`,
    ]);
  });

  it("refuses an include cycle", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-include-"));
    writeFileSync(join(dir, "a.yaml"), "include: [b.yaml]\n");
    writeFileSync(join(dir, "b.yaml"), "include: [a.yaml]\n");
    const region = join(dir, "region.yaml");
    const text = loadText(VALID).replace("region:\n", "include: [a.yaml]\nregion:\n");
    writeFileSync(region, text);
    expect(errors(loadInventory(region, { today: TODAY }))).toEqual([
      `${join(dir, "b.yaml")}:1:11 include[0]: include cycle: "a.yaml" is already being included`,
    ]);
  });
});

function loadText(file: string): string {
  return readFileSync(file, "utf8");
}
