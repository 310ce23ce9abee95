/**
 * Rules fed whatever a hand-written program can produce: arbitrary JSON where the components
 * would put objects, strings where lists belong, missing metadata. The run never rejects; a
 * rule that cannot read its input fails closed as a finding, never as a crash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { compliantStack, TODAY } from "./fixture";

const json = fc.jsonValue({ maxDepth: 3 });

describe("rules on malformed properties", () => {
  it("never crash the analysis, whatever the inputs of any resource", async () => {
    const stack = compliantStack();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(stack.length - 1),
        fc.dictionary(fc.constantFrom("metadata", "spec", "data", "labels"), json),
        async (i, inputs) => {
          const mutated = stack.map((r, j) => (j === i ? { ...r, inputs } : r));
          const ds = await analyze(buildPolicies({ regulation: "bengkulu", today: TODAY }), mutated, {
            packName: "spbe",
            packVersion: "0.1.0",
          });
          for (const d of ds) expect(() => decodeMessage(d.message)).not.toThrow();
        },
      ),
      { numRuns: 40 },
    );
  });
});
