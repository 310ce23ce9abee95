/**
 * Runs the real Pulumi program (components/program.ts) in this process under recording mocks:
 * what `spbe check`, the tests and the benchmark use in place of the engine. See
 * cli/mock-runtime.ts for what is recorded, and why runs in one process are serialized.
 */
import { basename } from "node:path";
import { buildRegion } from "../components/program";
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
}

export async function runProgramUnderMocks(
  opts: MockRunRequest,
): Promise<{ resources: CapturedResource[]; outputs: Record<string, unknown> }> {
  const stack = opts.stack ?? basename(opts.inventoryPath).replace(/\.ya?ml$/i, "");
  return runUnderMocks(() => buildRegion(opts.inventoryPath, opts.lockPath), {
    project: PROJECT,
    stack,
    config: { [`${PROJECT}:inventory`]: opts.inventoryPath },
  });
}
