/**
 * The CrossGuard policy pack. Only this file constructs the PolicyPack (which starts the gRPC
 * server the Pulumi engine talks to); nothing may import it. Its config comes from the
 * environment (`SPBE_REGULATION`, `SPBE_POLICY_CONFIG`: see policies/README.md); each policy's
 * `--policy-pack-config` entry may still override regulation, today and exemptions.
 */
import { PolicyPack } from "@pulumi/policy";
import { packConfigFromEnv } from "./config";
import { PACK_NAME, buildPolicies } from "./pack";

new PolicyPack(PACK_NAME, {
  policies: buildPolicies(packConfigFromEnv(process.env)),
  enforcementLevel: "mandatory",
});
