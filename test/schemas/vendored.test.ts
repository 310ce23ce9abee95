/** The vendored schemas are byte for byte the files their SOURCE.md names (by git blob id). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitBlobId, SARIF_SCHEMA, WORKFLOW_SCHEMA } from "../support/schemas/validate";

describe("vendored schemas", () => {
  for (const file of [SARIF_SCHEMA, WORKFLOW_SCHEMA]) {
    it(`${file.split("/").slice(-2).join("/")} matches the blob its SOURCE.md records`, () => {
      const source = readFileSync(join(dirname(file), "SOURCE.md"), "utf8");
      const recorded = /Git blob id \(`git hash-object`\): `([0-9a-f]{40})`/.exec(source)?.[1];
      expect(recorded, "SOURCE.md records the blob id").toMatch(/^[0-9a-f]{40}$/);
      expect(gitBlobId(file)).toBe(recorded);
    });
  }
});
