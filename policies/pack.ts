/**
 * Builds the pack's policy list for a config. Pure: constructing the PolicyPack (which starts a
 * gRPC server) is index.ts's job alone, so `spbe check` and the tests import this instead.
 */
import type { Policies, StackValidationPolicy } from "@pulumi/policy";
import { POLICY_CONFIG_SCHEMA, mergeConfig, todayUtc, type PackConfig } from "./config";
import { encodeMessage } from "./message";
import { toPolicy } from "./policy";
import { RULES } from "./rules";

export const PACK_NAME = "spbe";
/** The version CrossGuard reads is policies/package.json's; kept equal by test/policies/pack.test.ts. */
export const PACK_VERSION = "0.1.0";
export const EXEMPTIONS_POLICY = "spbe-exemptions-reviewed";

/** Exemptions are reviewed too: one without a reason, or naming no rule of the pack, is a finding. */
function exemptionsPolicy(baked: PackConfig): StackValidationPolicy {
  const names = new Set(RULES.map((r) => r.name));
  return {
    name: EXEMPTIONS_POLICY,
    description:
      "Pengecualian aturan memiliki alasan dan merujuk aturan yang ada / Rule exemptions carry a reason and name a rule of the pack",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
      "Lengkapi reason, approvedBy dan until pada setiap pengecualian.\nFill reason, approvedBy and until on every exemption.",
    url: "https://github.com/spbe-infra/spbe-infra/blob/main/policies/README.md#exemptions",
    configSchema: POLICY_CONFIG_SCHEMA,
    validateStack: (args, reportViolation) => {
      const cfg = mergeConfig(baked, args.getConfig());
      const today = cfg.today ?? todayUtc();
      for (const e of cfg.exemptions ?? []) {
        const rule = RULES.find((r) => r.name === e.rule);
        const problems: Array<{ id: string; en: string }> = [];
        if (!names.has(e.rule))
          problems.push({
            id: `merujuk aturan '${e.rule}' yang tidak ada`,
            en: `names rule '${e.rule}', which is not in the pack`,
          });
        if (!e.reason?.trim())
          problems.push({
            id: "tidak memiliki alasan (reason), sehingga tidak berlaku",
            en: "has no reason, so it does not apply",
          });
        if (e.until && e.until < today)
          problems.push({ id: `kedaluwarsa sejak ${e.until}`, en: `expired on ${e.until}` });
        if (problems.length === 0) continue;
        const expiredOnly =
          problems.length === 1 &&
          e.until !== undefined &&
          e.until < today &&
          !!e.reason?.trim() &&
          names.has(e.rule);
        const message = encodeMessage({
          obligation: rule?.obligation ?? "PACK",
          text: {
            id: `Pengecualian ${e.rule} untuk '${e.resource}' ${problems.map((p) => p.id).join("; ")}.`,
            en: `Exemption of ${e.rule} for '${e.resource}' ${problems.map((p) => p.en).join("; ")}.`,
          },
          basis: { id: "konfigurasi paket kebijakan", en: "policy pack configuration" },
          remedy: { id: "Lengkapi atau hapus pengecualian ini", en: "Complete or remove this exemption" },
        });
        (reportViolation as unknown as (i: { message: string; enforcementLevel: string }) => void)({
          message,
          // An expired exemption simply stops applying (its findings come back); it is a reminder only.
          enforcementLevel: expiredOnly ? "advisory" : "mandatory",
        });
      }
    },
  };
}

export function buildPolicies(cfg: PackConfig): Policies {
  return [...RULES.map((r) => toPolicy(r, cfg)), exemptionsPolicy(cfg)];
}
