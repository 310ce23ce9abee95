/** The pack's diagnostics for one obligation over a hand-made stack, as the engine reports them. */
import { analyze, type AnalyzableResource, type Diagnostic } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { TODAY } from "./fixture";

export async function findingsOf(
  stack: AnalyzableResource[],
  regulation: string,
  obligation: string,
): Promise<Diagnostic[]> {
  const ds = await analyze(buildPolicies({ regulation, today: TODAY }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
  return ds.filter((d) => decodeMessage(d.message).obligation === obligation);
}
