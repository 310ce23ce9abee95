import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OBLIGATIONS } from "../../policies/obligations";
import { PACK_VERSION, buildPolicies } from "../../policies/pack";
import { regulationKeys } from "../../policies/regulations";

const REGULATION_KEYS = regulationKeys();
import { RULES } from "../../policies/rules";

describe("the pack", () => {
  it("pins rule names × enforcement for each of the five regulations (golden file)", async () => {
    const lines = RULES.map((r) => {
      const levels = REGULATION_KEYS.map((k) => {
        const p = buildPolicies({ regulation: k }).find((x) => x.name === r.name)!;
        return `${k}=${p.enforcementLevel}`;
      });
      return `${r.obligation.padEnd(7)} ${r.name.padEnd(42)} ${levels.join(" ")}`;
    });
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./pack.golden.txt");
  });

  it("covers every obligation ID with at least one rule", () => {
    const covered = new Set(RULES.map((r) => r.obligation));
    expect(OBLIGATIONS.map((o) => o.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("names each rule spbe-<id>-<slug> and keeps names unique", () => {
    for (const r of RULES) expect(r.name.startsWith(`spbe-${r.obligation.toLowerCase()}-`)).toBe(true);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  it("gives every policy its metadata: description, severity, framework with the article, remediation, url", () => {
    for (const p of buildPolicies({ regulation: "bengkulu" })) {
      expect(p.description.length).toBeGreaterThan(10);
      expect(p.severity).toBeDefined();
      expect(p.remediationSteps).toBeTruthy();
      expect(p.url).toMatch(/^https:\/\//);
      if (p.name === "spbe-drc-02-separate-failure-domain") {
        expect(p.framework?.name).toBe("Peraturan Gubernur Bengkulu Nomor 9 Tahun 2022");
        expect(p.framework?.reference).toContain("Pasal 13 ayat (5)");
      }
    }
  });

  it("takes its version from policies/package.json, as CrossGuard does", () => {
    const pkg = JSON.parse(readFileSync("policies/package.json", "utf8")) as {
      name: string;
      version: string;
    };
    expect(pkg).toMatchObject({ name: "spbe-policies", version: PACK_VERSION });
  });
});
