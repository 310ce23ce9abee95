import { describe, expect, it } from "vitest";
import { analyze, type Diagnostic } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { regulationKeys, type RegulationKey } from "../../policies/regulations";

const REGULATION_KEYS = regulationKeys();
import { RULES } from "../../policies/rules";
import { OBLIGATIONS } from "../../policies/obligations";
import type { AnalyzableResource } from "../../offline/analyze";
import { CASES } from "./cases";
import { compliantEvidence, compliantStack, TODAY } from "./fixture";

function run(stack: AnalyzableResource[], regulation: RegulationKey = "tabanan"): Promise<Diagnostic[]> {
  return analyze(buildPolicies({ regulation, today: TODAY }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
}

describe("the compliant fixture", () => {
  it.each(REGULATION_KEYS)("has no finding under %s", async (regulation) => {
    expect(
      (await run(compliantStack(compliantEvidence(regulation)), regulation)).map(
        (d) => `${d.policyName}: ${d.message}`,
      ),
    ).toEqual([]);
  });
});

describe("every rule has a violating case", () => {
  it("covers each of the 44 obligations: every one has a rule and a way to fail", () => {
    const covered = new Set(CASES.map((c) => RULES.find((r) => r.name === c.rule)?.obligation));
    expect(OBLIGATIONS.map((o) => o.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("covers each rule of the pack", () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
  });
});

describe.each(CASES)("$rule", (c) => {
  it(c.it, async () => {
    const hits = (await run(c.stack())).filter((d) => d.policyName === c.rule);
    expect(hits.length).toBeGreaterThan(0);
    const m = decodeMessage(hits[0]!.message);
    // Both languages name the offending value; the Indonesian line carries the remedy.
    expect(`${m.id}\n${m.en}`).toContain(c.mentions);
    expect(m.id).toContain("Perbaikan:");
    expect(m.en).toContain("Fix:");
  });
});
