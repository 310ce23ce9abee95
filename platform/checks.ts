/**
 * The offline check of a platform stack (`spbe check --platform <stack file>`): the platform
 * program under the mocks (platform/mock-run.ts), then the policy pack itself over what it
 * registered, through the same analyzer `spbe check` uses (offline/check-region.ts `checkResources`).
 *
 * Only the rules whose subject a platform stack makes run there (`PLATFORM_RULES`); the others
 * judge the region stack's objects and paper trail, and are disabled through the pack's own
 * per-rule configuration. The evidence rules read the declared controls and the trusted issuer
 * from the region's evidence record: the same record (plan/evidence.ts) the region stack carries
 * in its `spbe-evidence` ConfigMap, given to the pack beside the platform's resources and not
 * counted among them.
 */
import type { EnforcementLevel } from "@pulumi/policy";
import { checkResources } from "../offline/check-region";
import type { CheckReport } from "../offline/findings";
import type { CapturedResource } from "../offline/mock-capture";
import { loadInventory } from "../inventory";
import { EVIDENCE_CONFIGMAP, EVIDENCE_KEY, ROLE, LABEL } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import { buildEvidence } from "../plan/evidence";
import type { RegulationKey } from "../policies/regulations";
import { RULES } from "../policies/rules";
import { valueAtIn } from "../review/fields";
import { runPlatformUnderMocks } from "./mock-run";
import type { PlatformConfig } from "./program";

/**
 * The pack's rules that apply to a platform stack: SEC-04 (the region's ClusterIssuer, from a
 * trusted third party over https) and SEC-05 (the agents of the declared controls installed).
 */
export const PLATFORM_RULES = ["spbe-sec-04-trusted-certificates", "spbe-sec-05-security-agents"];

/** Every other rule of the pack, disabled for a platform stack. */
export function platformRuleLevels(): Record<string, EnforcementLevel> {
  return Object.fromEntries(
    RULES.filter((r) => !PLATFORM_RULES.includes(r.name)).map((r) => [r.name, "disabled" as const]),
  );
}

/** The region's evidence record as a resource of the region stack would carry it. */
export function evidenceResource(inv: Inventory): CapturedResource {
  const name = `${inv.region.key}-evidence`;
  return {
    urn: `urn:pulumi:${inv.region.key}::spbe-infra::kubernetes:core/v1:ConfigMap::${name}`,
    type: "kubernetes:core/v1:ConfigMap",
    name,
    inputs: {
      metadata: { name: EVIDENCE_CONFIGMAP, labels: { [LABEL.role]: ROLE.evidence } },
      data: { [EVIDENCE_KEY]: JSON.stringify(buildEvidence(inv)) },
    },
    secretPaths: [],
    parent: "",
    dependencies: [],
    provider: "",
    protect: false,
    custom: true,
  };
}

/** Runs a platform stack offline and checks it with the pack; throws on a malformed inventory. */
export async function checkPlatform(
  config: PlatformConfig,
  lang: "id" | "en" = "id",
  opts: { today?: string; resources?: (captured: CapturedResource[]) => CapturedResource[] } = {},
): Promise<CheckReport> {
  const loaded = loadInventory(config.inventory, opts.today ? { today: opts.today } : {});
  if (!loaded.ok) throw new Error(`${config.inventory}: the inventory is malformed (run spbe validate)`);
  const inv = loaded.inventory;
  const run = await runPlatformUnderMocks(config, `${inv.region.key}-${config.site}`);
  const captured = opts.resources ? opts.resources(run.resources) : run.resources;
  const report = await checkResources(
    [...captured, evidenceResource(inv)],
    { key: `${inv.region.key}/${config.site}`, regulation: inv.region.regulation as RegulationKey },
    (p) => loaded.locate(p),
    {
      lang,
      ...(opts.today ? { today: opts.today } : {}),
      policy: { rules: platformRuleLevels() },
      valueAt: valueAtIn(inv),
    },
  );
  report.summary.resources = captured.length;
  return report;
}
