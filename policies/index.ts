/**
 * The CrossGuard policy pack. Only this file constructs the PolicyPack (which starts the gRPC
 * server the Pulumi engine talks to); nothing may import it.
 *
 * The governing regulation comes from `SPBE_REGULATION`, and a whole pack config (all,
 * rules, exemptions, today) from the JSON file named by `SPBE_POLICY_CONFIG`; each policy's
 * `--policy-pack-config` entry may still override regulation, today and exemptions.
 */
import * as fs from "node:fs";
import { PolicyPack } from "@pulumi/policy";
import { parsePackConfig, type PackConfig } from "./config";
import { PACK_NAME, buildPolicies } from "./pack";

function engineConfig(): PackConfig {
  const file = process.env.SPBE_POLICY_CONFIG;
  const fromFile = file ? parsePackConfig(JSON.parse(fs.readFileSync(file, "utf8")), file) : {};
  const reg = process.env.SPBE_REGULATION;
  return reg ? { ...fromFile, ...parsePackConfig({ regulation: reg }, "SPBE_REGULATION") } : fromFile;
}

new PolicyPack(PACK_NAME, { policies: buildPolicies(engineConfig()), enforcementLevel: "mandatory" });
