/** Runs the whole SpbeRegion of a fixture inventory under the recording mocks. */
import { SpbeRegion } from "../../components/region";
import type { Inventory } from "../../inventory/schema";
import { runComponent } from "../support/mocks";
import { platformsOf } from "../support/platform-double";
import { addressPlanOf } from "./fixture";

export function runFixtureRegion(inventory: Inventory) {
  const addressPlan = addressPlanOf(inventory);
  return runComponent(
    () => {
      const region = new SpbeRegion(inventory.region.key, { inventory, addressPlan });
      return { ...region.outputs };
    },
    "test",
    platformsOf(inventory),
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
