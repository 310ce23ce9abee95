/**
 * Writes `inventory/inventory.schema.json`, the JSON Schema of a region file, for editors: with the
 * `# yaml-language-server: $schema=../inventory.schema.json` line at the top of a region, VS Code and other
 * YAML language servers complete keys and flag mistakes as you type. Generated from the zod
 * schema, so the two cannot disagree; a test fails when the committed file is stale.
 *
 * Run: `npx tsx inventory/emit-schema.ts`. The editor schema is the input side (fields with a
 * default are optional) and carries the regexes; checks that need code (a real calendar date, a
 * parsable cron schedule, references) are only in the loader.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { inventorySchema } from "./schema";

export const SCHEMA_ID = "https://spbe-infra.github.io/schema/inventory.json";
export const SCHEMA_FILE = join(__dirname, "inventory.schema.json");

export function inventoryJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(inventorySchema, { target: "draft-2020-12", io: "input" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: "SPBE region inventory",
    description:
      "One region's SPBE infrastructure: Perangkat Daerah, Pusat Data and DRC sites, Jaringan Intra, " +
      "applications, colocation and the Sistem Penghubung Layanan (see INVENTORY.md).",
    ...rest,
  };
}

/** The file's exact text: two-space JSON and a final newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(inventoryJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, renderJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
