/**
 * The CrossGuard policy pack. Only this file constructs the PolicyPack (which starts the gRPC
 * server the Pulumi engine talks to); nothing may import it.
 *
 * The governing regulation comes from the stack being checked (stack.ts: the stack's inventory
 * names it), so `pulumi preview --policy-pack policies` needs no environment variable. Rule
 * levels and exemptions come from the engine's `--policy-pack-config <file.json>`, which each
 * policy reads with `args.getConfig()` (see policies/README.md).
 */
import { PolicyPack } from "@pulumi/policy";
import type { PackConfig } from "./config";
import { PACK_NAME, buildPolicies } from "./pack";
import { StackConfigError, packConfigFromStack } from "./stack";

function bakedConfig(): PackConfig {
  if (process.env.SPBE_POLICY_CONFIG !== undefined) {
    throw new StackConfigError(
      "SPBE_POLICY_CONFIG tidak lagi dibaca: berikan berkas yang sama dengan `--policy-pack-config <berkas.json>`.",
      "SPBE_POLICY_CONFIG is no longer read: pass the file with `--policy-pack-config <file.json>` instead.",
    );
  }
  return packConfigFromStack(process.env, process.cwd());
}

let baked: PackConfig;
try {
  baked = bakedConfig();
} catch (e) {
  if (!(e instanceof StackConfigError)) throw e;
  process.stderr.write(`spbe policy pack: ${e.id}\nspbe policy pack: ${e.en}\n`);
  process.exit(2);
}

new PolicyPack(PACK_NAME, {
  policies: buildPolicies(baked),
  enforcementLevel: "mandatory",
});
