/**
 * Runs the real Pulumi program (components/program.ts) in this process under recording mocks:
 * what `spbe check`, the tests and the benchmark use in place of the engine. See
 * offline/mock-runtime.ts for what is recorded, and why runs in one process are serialized.
 */
import { basename } from "node:path";
import { loadRegion, regionOutputs } from "../components/program";
import type { Inventory } from "../inventory/schema";
import type { SitePlatform } from "../platform/preflight";
import { sitePlatforms, stackReferenceResolver } from "../platform/resolve";
import type { CapturedResource } from "./mock-capture";
import { runUnderMocks } from "./mock-runtime";

export type { CapturedResource } from "./mock-capture";

export const PROJECT = "spbe-infra";

export interface MockRunRequest {
  /** The region's inventory file; its lock file is beside it unless `lockPath` is given. */
  inventoryPath: string;
  lockPath?: string;
  /** Stack name; default the inventory file's name (`tabanan.yaml` → `tabanan`), as in stacks/. */
  stack?: string;
  /**
   * The platform of each Kubernetes site, which the region's StackReferences read; default the
   * platform program's outputs for the stacks in platform/stacks naming this inventory.
   */
  platforms?: Map<string, SitePlatform>;
  /** The inventory already loaded from `inventoryPath` (the check's one load); default: read it. */
  inventory?: Inventory;
}

export async function runProgramUnderMocks(opts: MockRunRequest): Promise<{
  resources: CapturedResource[];
  outputs: Record<string, unknown>;
  platforms: Map<string, SitePlatform>;
}> {
  const stack = opts.stack ?? basename(opts.inventoryPath).replace(/\.ya?ml$/i, "");
  let platforms = opts.platforms;
  let inventory = opts.inventory;
  const run = await runUnderMocks(
    () => {
      const region = loadRegion(opts.inventoryPath, opts.lockPath, inventory);
      inventory = region.inventory;
      return regionOutputs(region);
    },
    {
      project: PROJECT,
      stack,
      config: { [`${PROJECT}:inventory`]: opts.inventoryPath },
      // Read when the program first reads a platform stack, after it loaded the inventory.
      stackReferences: (name) => {
        platforms ??= sitePlatforms(
          opts.inventoryPath,
          inventory ?? loadRegion(opts.inventoryPath, opts.lockPath).inventory,
          stack,
        );
        return stackReferenceResolver(platforms)(name);
      },
    },
  );
  return { ...run, platforms: platforms ?? new Map() };
}
