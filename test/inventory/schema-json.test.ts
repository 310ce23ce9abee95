import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJsonSchema, SCHEMA_FILE, SCHEMA_ID } from "../../inventory/emit-schema";

describe("inventory/schema.json", () => {
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
});
