/**
 * From the resources a full run captured (`offline/mock-capture.ts` records) to the floor's input: the
 * same types, names, inputs, parents and explicit providers, in registration order. The stack
 * resource is left out (the runtime makes its own) and so are default providers (the runtime
 * registers them itself on first use, as it did in the full run).
 */
import type { CapturedResource } from "../../offline/mock-capture";
import type { FloorResource } from "./register";

const STACK_TYPE = "pulumi:pulumi:Stack";

function isDefaultProvider(r: CapturedResource): boolean {
  return r.type.startsWith("pulumi:providers:") && r.name.startsWith("default");
}

export function floorResourcesFrom(captured: readonly CapturedResource[]): FloorResource[] {
  const kept = captured.filter((r) => r.type !== STACK_TYPE && !isDefaultProvider(r));
  const index = new Map(kept.map((r, i) => [r.urn, i]));
  return kept.map((r, i): FloorResource => {
    const parent = index.get(r.parent);
    // A provider reference is `<provider urn>::<provider id>`.
    const providerUrn = r.provider === "" ? undefined : r.provider.slice(0, r.provider.lastIndexOf("::"));
    const provider = providerUrn === undefined ? undefined : index.get(providerUrn);
    if (parent !== undefined && parent >= i) throw new Error(`${r.urn}: parent registered after its child`);
    return {
      type: r.type,
      name: r.name,
      custom: r.custom,
      parent: parent ?? null,
      provider: provider !== undefined && provider < i ? provider : null,
      inputs: r.inputs,
    };
  });
}
