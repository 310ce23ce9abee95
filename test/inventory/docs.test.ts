/**
 * docs/inventory.md (the format) and docs/inventory-extensions.md (the fields beyond its example)
 * name every field of the inventory schema, so the document cannot fall behind the schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { inventorySchema } from "../../inventory/schema";
import { unwrap } from "../../inventory/schema-walk";

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
};

/** Every field path of the schema: `agencies[].lan.builtBy`. */
function fields(schema: z.core.$ZodType, at = ""): string[] {
  const d = unwrap(schema)._zod.def as unknown as Def;
  if (d.type === "object" && d.shape)
    return Object.entries(d.shape).flatMap(([k, v]) => [
      `${at}${at ? "." : ""}${k}`,
      ...fields(v, `${at}${at ? "." : ""}${k}`),
    ]);
  if (d.type === "array" && d.element) return fields(d.element, `${at}[]`);
  if (d.type === "union" && d.options) return [...new Set(d.options.flatMap((o) => fields(o, at)))];
  return [];
}

const docs = ["inventory.md", "inventory-extensions.md"]
  .map((f) => readFileSync(join(__dirname, "../../docs", f), "utf8"))
  .join("\n");

describe("docs/inventory.md", () => {
  it("names every field of the schema (as a YAML key in the example, or in the extensions table)", () => {
    const all = fields(inventorySchema);
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter((p) => {
      const key = p.split(".").pop()!.replace(/\[\]$/, "");
      return !new RegExp(`(^|[\\s{,(\`.])${key}(:|\`|[,)[.]| \\()`, "m").test(docs);
    });
    expect(missing).toEqual([]);
  });

  it("names nothing outside the repository", () => {
    // Built from parts so that this file does not itself name the folder beside the repository.
    const outside = new RegExp(["\\.\\./", "sha", "red|", "steer", "ing"].join(""));
    expect(docs).not.toMatch(outside);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(__dirname, "../../README.md"), "utf8")).toContain("docs/inventory.md");
  });
});
