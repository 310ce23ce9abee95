/**
 * The registry of `spbe` sub-commands. Each entry loads its module lazily so that `spbe validate`
 * does not pay for loading Pulumi or the policy pack. Add one line per command, in this form:
 *   name: () => import("./name.js"),
 * (`.js` is what node16 resolution wants; tsx and vitest map it to the .ts source.)
 */
import type { Command } from "./command";

export const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  validate: () => import("./validate.js"),
  ipam: () => import("./ipam.js"),
  plan: () => import("./plan.js"),
  check: () => import("./check.js"),
  report: () => import("./report.js"),
  diagram: () => import("./diagram.js"),
  diff: () => import("./diff.js"),
  merge: () => import("./merge.js"),
  regulation: () => import("./regulation.js"),
  netlab: () => import("./netlab.js"),
};
