/**
 * The floor of the offline check: bare registration of resources under the Pulumi SDK's mock
 * runtime, with nothing else: no inventory to load, no plan, no components' logic, no policies.
 * Given the resources a real run registered (type, name, parent, provider, inputs), it registers
 * the same ones again as plain `CustomResource`s, `ComponentResource`s and `ProviderResource`s and
 * waits until the mock monitor has answered each. What the full check costs above this is the cost
 * of our code; the floor itself is the SDK's.
 */
import * as pulumi from "@pulumi/pulumi";

export interface FloorResource {
  type: string;
  name: string;
  /** false for component resources (no provider, no inputs sent). */
  custom: boolean;
  /** Index in the list of this resource's parent, or null for a top-level resource. */
  parent: number | null;
  /** Index of the explicit provider resource it uses, or null for the default provider. */
  provider: number | null;
  inputs: Record<string, unknown>;
}

/** The same mock behaviour as a plain test: the state is the inputs, the id is derived from the name. */
export const floorMocks: pulumi.runtime.Mocks = {
  newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
  call: (args) => args.inputs,
};

class FloorComponent extends pulumi.ComponentResource {}
class FloorCustom extends pulumi.CustomResource {}
class FloorProvider extends pulumi.ProviderResource {}

const PROVIDER_PREFIX = "pulumi:providers:";

function settled(resource: pulumi.Resource): Promise<unknown> {
  return new Promise((resolve) => resource.urn.apply(resolve));
}

function earlier(r: FloorResource, what: "parent" | "provider", index: number | null, count: number): void {
  if (index !== null && (index < 0 || index >= count)) {
    throw new Error(`resource ${r.type} '${r.name}': ${what} index ${index} is not an earlier resource`);
  }
}

/**
 * Registers `resources` under fresh mocks, inside a stack as a real program runs (top-level
 * resources are the stack's children), and resolves once every registration has completed.
 */
export async function registerBare(resources: readonly FloorResource[], stack = "floor"): Promise<void> {
  // The same conditions as the program runner (offline/mock-runtime.ts): stack traces off during the
  // run, so that the floor is not charged for stack formatting the full check no longer pays.
  const limit = Error.stackTraceLimit;
  const maps = process.sourceMapsEnabled;
  Error.stackTraceLimit = 0;
  process.setSourceMapsEnabled(false);
  try {
    await register(resources, stack);
  } finally {
    Error.stackTraceLimit = limit;
    process.setSourceMapsEnabled(maps);
  }
}

async function register(resources: readonly FloorResource[], stack: string): Promise<void> {
  // Checked before anything is registered: a throw inside the stack's body would leave the
  // runtime with a rejected stack and half a registration.
  resources.forEach((r, i) => {
    earlier(r, "parent", r.parent, i);
    earlier(r, "provider", r.provider, i);
  });
  await pulumi.runtime.setMocks(floorMocks, "spbe-floor", stack, false);
  const created: pulumi.Resource[] = [];
  await pulumi.runtime.runInPulumiStack(async () => {
    for (const r of resources) {
      const parent = r.parent === null ? undefined : created[r.parent];
      const opts: pulumi.CustomResourceOptions = { parent };
      if (r.provider !== null) opts.provider = created[r.provider] as pulumi.ProviderResource;
      let resource: pulumi.Resource;
      if (r.type.startsWith(PROVIDER_PREFIX)) {
        resource = new FloorProvider(r.type.slice(PROVIDER_PREFIX.length), r.name, r.inputs, { parent });
      } else if (r.custom) {
        resource = new FloorCustom(r.type, r.name, r.inputs, opts);
      } else {
        resource = new FloorComponent(r.type, r.name, {}, { parent });
      }
      created.push(resource);
    }
    return {};
  });
  await Promise.all(created.map(settled));
}
