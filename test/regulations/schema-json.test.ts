import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REGULATION_SCHEMA_FILE, renderRegulationJsonSchema } from "../../regulations/emit-schema";
import { REGULATIONS_DIR } from "../../regulations/registry";

describe("regulations/regulation.schema.json", () => {
  it("equals the schema generated from the zod schema (run `npx tsx regulations/emit-schema.ts`)", () => {
    expect(readFileSync(REGULATION_SCHEMA_FILE, "utf8")).toBe(renderRegulationJsonSchema());
  });

  it("is named at the top of every data file, for editors", () => {
    const files = readdirSync(REGULATIONS_DIR).filter((f) => f.endsWith(".yaml"));
    expect(files).toHaveLength(5);
    for (const f of files)
      expect(readFileSync(join(REGULATIONS_DIR, f), "utf8").split("\n", 1)[0], f).toBe(
        "# yaml-language-server: $schema=./regulation.schema.json",
      );
  });
});
