import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRegion } from "../../offline/check-region";
import { SEED_REGULATIONS as REGULATION_KEYS } from "../../bench/generator/region";
import { writeRegion } from "../../bench/generator/write";

describe("generated regions under the policy pack", () => {
  const dir = mkdtempSync(join(tmpdir(), "spbe-gen-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const regulation of REGULATION_KEYS) {
    it(`has no finding, mandatory or advisory, under the ${regulation} regulation`, async () => {
      const written = writeRegion(dir, {
        key: `uji-${regulation}`,
        name: `Kota Uji ${regulation}`,
        kind: "kota",
        regulation,
        agencies: 6,
        applications: 10,
        seed: "compliance",
        asOf: "2026-11-20",
      });
      const report = await checkRegion(written.yamlPath);
      expect(report.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(report.summary.resources).toBeGreaterThan(100);
    }, 120_000);
  }
});
