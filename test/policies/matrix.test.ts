/**
 * Every cell of the obligations table: each violating case of cases.ts, made under each regulation
 * (the five data files and the sixth-regulation fixture), is a MANDATORY finding citing that
 * regulation's own articles where it has them, and an ADVISORY one where it is silent. One
 * regulation per obligation is not enough: a rule that reads one regulation's terms as every
 * regulation's fails here.
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type Diagnostic } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { citation, regulationKeys } from "../../policies/regulations";
import { RULES } from "../../policies/rules";
import { CASES } from "./cases";
import { compliantEvidence, compliantStack, governedBy, TODAY } from "./fixture";

// The sixth regulation (data only) joins the five the project carries.
process.env.SPBE_REGULATIONS_PATH = path.resolve(__dirname, "../fixtures/regulations");
const KEYS = regulationKeys();

const obligationOf = (rule: string): string => {
  const r = RULES.find((x) => x.name === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  return r.obligation;
};

function run(stack: ReturnType<typeof compliantStack>, regulation: string): Promise<Diagnostic[]> {
  return analyze(buildPolicies({ regulation, today: TODAY }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
}

describe("the set of regulations", () => {
  it("holds the five data files and the fixture", () => {
    expect(KEYS).toEqual(["bengkulu", "contoh", "ppu", "prabumulih", "tabanan", "tangerang"]);
  });
});

describe.each(KEYS)("under %s", (key) => {
  it("the compliant fixture has no finding", async () => {
    const ds = await run(compliantStack(compliantEvidence(key)), key);
    expect(ds.map((d) => d.message)).toEqual([]);
  });

  describe.each(CASES)("$rule", (c) => {
    const id = obligationOf(c.rule);
    const cited = citation(id, key);
    it(`${c.it}: ${cited ? `mandatory, citing ${cited}` : "advisory (silent)"}`, async () => {
      const hits = (
        await run(
          governedBy(key, () => c.stack()),
          key,
        )
      ).filter((d) => d.policyName === c.rule);
      expect(hits.length, "the violation is reported").toBeGreaterThan(0);
      if (cited) {
        const mandatory = hits.filter((d) => d.enforcementLevel === "mandatory");
        expect(
          mandatory.map((d) => decodeMessage(d.message).id),
          "at least one finding is mandatory",
        ).not.toEqual([]);
        for (const d of mandatory) expect(decodeMessage(d.message).id).toContain(`Dasar: ${cited}.`);
      } else {
        expect([...new Set(hits.map((d) => d.enforcementLevel))]).toEqual(["advisory"]);
        for (const d of hits) expect(decodeMessage(d.message).id).toContain("(anjuran)");
      }
    });
  });
});
