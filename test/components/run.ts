/** Runs the whole SpbeRegion of a fixture inventory under the recording mocks. */
import { SpbeRegion } from "../../components/region";
import type { Inventory } from "../../inventory/schema";
import { runComponent } from "../support/mocks";
import { platformsOf } from "../support/platform-double";
import { addressPlanOf } from "./fixture";

/** The add-ons whose platform charts carry the region's node agents (components/keamanan-spbe.ts). */
export const AGENT_ADD_ONS = ["falco", "fluent-bit", "kube-prometheus-stack"];

/**
 * `without`: add-ons every Kubernetes site's platform stack leaves out (the operator's `without`),
 * e.g. AGENT_ADD_ONS for a region whose platforms install no node agent.
 */
export function runFixtureRegion(inventory: Inventory, opts: { without?: string[] } = {}) {
  const addressPlan = addressPlanOf(inventory);
  const platforms = platformsOf(inventory);
  const read = (name: string) => {
    const out = platforms(name) as { addOns: Record<string, unknown> } | undefined;
    if (!out || !opts.without) return out;
    const addOns = Object.fromEntries(Object.entries(out.addOns).filter(([n]) => !opts.without?.includes(n)));
    return { ...out, addOns };
  };
  return runComponent(
    () => {
      const region = new SpbeRegion(inventory.region.key, { inventory, addressPlan });
      return { ...region.outputs };
    },
    "test",
    read,
  );
}

/** `metadata` of a captured Kubernetes object. */
export function metadataOf(r: { inputs: Record<string, unknown> }): {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
} {
  const m = (r.inputs.metadata ?? {}) as Record<string, unknown>;
  return {
    name: String(m.name),
    namespace: m.namespace as string | undefined,
    labels: (m.labels ?? {}) as Record<string, string>,
    annotations: (m.annotations ?? {}) as Record<string, string>,
  };
}
