/**
 * The loader reads valid files with js-yaml and reports errors with the `yaml` package (see
 * inventory/source.ts). That is only sound if js-yaml never accepts what `yaml` rejects and both
 * read the same data: this checks it on seeded random corruptions of the example regions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadInventoryFromString } from "../../inventory";
import { readSource, SourceFile } from "../../inventory/source";

const REGIONS = join(__dirname, "../../inventory/regions");
const TEXTS = [
  join(__dirname, "../fixtures/inventory/valid/region.yaml"),
  ...readdirSync(REGIONS)
    .filter((f) => f.endsWith(".yaml") && !f.endsWith(".lock.yaml"))
    .map((f) => join(REGIONS, f)),
].map((file) => ({ file, text: readFileSync(file, "utf8") }));

// Scalars the YAML 1.1 and 1.2 schemas read differently, and syntax both parsers must agree on.
const INSERTS = [
  "0o17",
  "017",
  "1_000",
  "0x1F",
  "yes",
  "on",
  "~",
  ".inf",
  "-.5",
  "2026-01-01T00:00:00Z",
  "!!str 5",
  "'",
  '"',
  "#",
  "- ",
  ": ",
  "|",
  ">-",
  "\t",
  "? ",
  "{[",
  "]",
  "&a",
  "*a",
  "%YAML 1.1\n---\n",
  "---\n",
  "<<: {a: 1}\n",
  "\n  x: y",
  "\\u0041",
  "@",
  "`",
];
const RUNS = Number(process.env.SPBE_FUZZ_RUNS ?? 300);

describe("the fast and the authoritative YAML reading", () => {
  it("agree on the example regions", () => {
    for (const { file, text } of TEXTS) {
      const source = new SourceFile(file, text);
      expect(readSource(source, true).data).toEqual(readSource(source, false).data);
    }
  });

  it(
    "never diverge: what js-yaml accepts, yaml accepts with the same data, or the loader rejects",
    () => {
      const edit = fc.record({ source: fc.nat(), at: fc.nat(), insert: fc.nat(), truncate: fc.boolean() });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          const { file, text: original } = TEXTS[edits[0].source % TEXTS.length];
          let text = original;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = e.truncate
              ? text.slice(0, at)
              : text.slice(0, at) + INSERTS[e.insert % INSERTS.length] + text.slice(at);
          }
          const source = new SourceFile(file, text);
          const fast = readSource(source, true);
          const slow = readSource(source, false);
          if (fast.errors.length > 0 || slow.data === fast.data) return;
          expect(slow.errors).toEqual([]);
          if (!isDeepStrictEqual(fast.data, slow.data)) {
            // Only keys that are collections read differently; no inventory key is one.
            expect(loadInventoryFromString(text, file, { today: "2026-11-23" }).ok).toBe(false);
          }
        }),
        { numRuns: RUNS, seed: 20261123 },
      );
    },
    Math.max(120_000, RUNS * 100),
  );
});
