import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderJsonSchema, SCHEMA_FILE, SCHEMA_ID } from "../../inventory/emit-schema";

describe("inventory/inventory.schema.json", () => {
  it("equals the schema generated from the zod schema (run `npx tsx inventory/emit-schema.ts`)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(renderJsonSchema());
  });

  it("is a draft 2020-12 schema with an $id that refuses unknown keys", () => {
    const schema = JSON.parse(renderJsonSchema()) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["region", "dinas", "agencies", "sites", "network"]);
  });

  it("is named at the top of every example region, for editors", () => {
    const dir = join(__dirname, "../../inventory/regions");
    const regions = readdirSync(dir).filter((f) => f.endsWith(".yaml") && !f.endsWith(".lock.yaml"));
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      const first = readFileSync(join(dir, region), "utf8").split("\n", 1)[0];
      expect(first, region).toBe("# yaml-language-server: $schema=../inventory.schema.json");
    }
  });
});
