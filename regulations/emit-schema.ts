/**
 * Writes `regulations/regulation.schema.json`, the JSON Schema of a regulation data file, for
 * editors (the `# yaml-language-server: $schema=./regulation.schema.json` line at the top of each
 * data file). Generated from the zod schema; test/regulations/schema-json.test.ts fails when the
 * committed file is stale. Run: `npx tsx regulations/emit-schema.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { regulationSchema } from "./schema";

export const REGULATION_SCHEMA_FILE = join(__dirname, "regulation.schema.json");

export function renderRegulationJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(regulationSchema, {
    target: "draft-2020-12",
    io: "input",
  }) as Record<string, unknown>;
  const schema = {
    $schema,
    $id: "https://spbe-infra.github.io/schema/regulation.json",
    title: "SPBE regulation data file",
    description:
      "One regional SPBE regulation: what it is and, per obligation ID, silent or its articles and terms.",
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(REGULATION_SCHEMA_FILE, renderRegulationJsonSchema());
  process.stdout.write(`wrote ${REGULATION_SCHEMA_FILE}\n`);
}
