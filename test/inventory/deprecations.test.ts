import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatErrorIn, loadInventoryFromString, RENAMED_FIELDS, type FieldRename } from "../../inventory";

const FILE = join(__dirname, "../fixtures/inventory/valid/region.yaml");
const TEXT = readFileSync(FILE, "utf8");
// A made-up rename: as if `placement.site` had once been called `placement.location`.
const RENAMES: FieldRename[] = [{ at: "applications[].placement", from: "location", to: "site" }];

describe("renamed fields", () => {
  it("accepts an old field name with a warning at that key", () => {
    const text = TEXT.replace(
      "placement: { mode: vps, site: pd-utama }",
      "placement: { mode: vps, location: pd-utama }",
    );
    const result = loadInventoryFromString(text, FILE, { today: "2026-11-23", renames: RENAMES });
    if (!result.ok) throw new Error(result.errors.map((e) => formatErrorIn(e, "en")).join("\n"));
    expect(result.inventory.applications[2].placement.site).toBe("pd-utama");
    expect(result.warnings.map((e) => formatErrorIn(e, "en"))).toEqual([
      `${FILE}:96:29 applications[2].placement.location: key "location" is deprecated: rename it to "site"`,
    ]);
    // Paths written with the new name still find the key the file spells the old way.
    expect(result.locate("applications[2].placement.site")).toEqual({ file: FILE, line: 96, column: 39 });
  });

  it("rejects a mapping that gives both the old and the new name", () => {
    const text = TEXT.replace(
      "placement: { mode: vps, site: pd-utama }",
      "placement: { mode: vps, site: pd-utama, location: x }",
    );
    const result = loadInventoryFromString(text, FILE, { today: "2026-11-23", renames: RENAMES });
    expect(result.ok ? [] : result.errors.map((e) => formatErrorIn(e, "en"))).toEqual([
      `${FILE}:96:45 applications[2].placement.location: "location" is the old name of "site" and both are given: keep only "site"`,
    ]);
  });

  it("treats an old name as unknown when no rename declares it", () => {
    const text = TEXT.replace(
      "placement: { mode: vps, site: pd-utama }",
      "placement: { mode: vps, location: pd-utama }",
    );
    expect(RENAMED_FIELDS.some((r) => r.from === "location")).toBe(false);
    const result = loadInventoryFromString(text, FILE, { today: "2026-11-23" });
    expect(result.ok ? [] : result.errors.map((e) => formatErrorIn(e, "en"))).toEqual([
      `${FILE}:96:16 applications[2].placement.site: missing key "site" (expected a string)`,
      `${FILE}:96:29 applications[2].placement.location: unknown key "location"`,
    ]);
  });
});
