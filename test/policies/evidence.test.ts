/**
 * The evidence record is parsed once per stack run and shared by the rules that read it: each
 * run must still see its own record, and no rule may change what the next one reads.
 */
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzableResource } from "../../offline/analyze";
import { buildPolicies } from "../../policies/pack";
import { findEvidence, findEvidenceAmong, makeView } from "../../policies/rule";
import { ev } from "./cases-helpers";
import { compliantStack, TODAY } from "./fixture";

const DC01 = "spbe-dc-01-dinas-operates-pusat-data";
const agencyOperated = () => ev((e) => void (e.sites[0]!.operator = "bkpsdm"));

async function dc01(stack: AnalyzableResource[]): Promise<number> {
  const ds = await analyze(buildPolicies({ regulation: "tabanan", today: TODAY }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
  return ds.filter((d) => d.policyName === DC01).length;
}

const views = (stack: AnalyzableResource[]) =>
  stack.map((r) => makeView({ type: r.type, name: r.name, urn: r.urn, props: r.inputs }));

describe("the evidence record shared by the rules of a run", () => {
  it("is read afresh when the next run carries a different record", async () => {
    expect(await dc01(compliantStack())).toBe(0);
    expect(await dc01(agencyOperated())).toBe(1);
    expect(await dc01(compliantStack())).toBe(0);
  });

  it("cannot be changed by a rule that reads it", () => {
    const found = findEvidence(views(agencyOperated()))!;
    expect(() => {
      found.evidence.sites[0]!.operator = "diskominfo";
    }).toThrow(TypeError);
    expect(findEvidence(views(agencyOperated()))!.evidence.sites[0]!.operator).toBe("bkpsdm");
  });

  it("is found among a stack policy's resources as among the views of all of them", () => {
    const stack = agencyOperated();
    const resources = stack.map((r) => ({ type: r.type, name: r.name, urn: r.urn, props: r.inputs }));
    const among = findEvidenceAmong(resources)!;
    const all = findEvidence(views(stack))!;
    expect(among.view.urn).toBe(all.view.urn);
    expect(among.evidence).toEqual(all.evidence);
    expect(findEvidenceAmong(resources.filter((r) => r.urn !== all.view.urn))).toBeNull();
  });
});
