/**
 * The region's preflight against its platform: every custom resource kind (apiVersion/kind) the
 * region registers on a Kubernetes site must be served by an add-on that site's platform stack
 * installs; otherwise a mandatory finding naming the kind, the add-on that serves it and the
 * site, before anything is deployed. A site with no platform stack file in the repository is
 * checked against the platform the inventory implies (what platform/program.ts would install);
 * `unstackedSites` names those sites for the caller to say so. Pure over the captured registrations.
 */
import { fingerprint } from "../review/fingerprint";
import type { Finding } from "../offline/findings";
import type { CapturedResource } from "../offline/mock-capture";
import type { PlatformOutputs } from "./program";
import { addOnProviding } from "./versions";

export const PREFLIGHT_RULE = "spbe-platform-preflight";

/** API groups every cluster serves (Pulumi's type token for the core group is `core`). */
const BUILT_IN = new Set([
  "core",
  "apps",
  "batch",
  "autoscaling",
  "policy",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "discovery.k8s.io",
  "storage.k8s.io",
  "scheduling.k8s.io",
  "coordination.k8s.io",
  "node.k8s.io",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
  "certificates.k8s.io",
  "events.k8s.io",
  "flowcontrol.apiserver.k8s.io",
]);

export interface SitePlatform {
  /** The platform stack the region's StackReference reads. */
  stack: string;
  /** Its file in platform/stacks, or null when the repository has none for the site. */
  file: string | null;
  outputs: PlatformOutputs;
  /** Where the site is in the inventory, for the finding's location. */
  location: { file: string; line: number; column: number } | null;
}

/** `group/version/Kind` of a captured Kubernetes custom resource, or null for built-ins and installers. */
export function customKind(r: CapturedResource): string | null {
  const m = /^kubernetes:([^/]+)\/([^:]+):(.+)$/.exec(r.type);
  if (!m || !r.custom) return null;
  const [, group, version, kind] = m as unknown as [string, string, string, string];
  if (BUILT_IN.has(group) || group === "helm.sh" || group === "yaml") return null;
  return `${group}/${version}/${kind}`;
}

/** The site a resource is registered on: the `<site>-k8s` provider it goes through. */
function siteOf(r: CapturedResource): string | null {
  const m = /pulumi:providers:kubernetes::([^:]+)-k8s::/.exec(r.provider);
  return m ? (m[1] as string) : null;
}

/** The stack (the region key) of a URN: `urn:pulumi:<stack>::<project>::…`. */
const regionOfUrn = (urn: string): string => urn.split("::")[0]?.split(":")[2] ?? "";

function finding(
  r: CapturedResource,
  text: { id: string; en: string },
  lang: "id" | "en",
  loc: SitePlatform["location"],
): Finding {
  return {
    rule: PREFLIGHT_RULE,
    obligation: "",
    enforcement: "mandatory",
    severity: "high",
    status: "violation",
    resource: { type: r.type, name: r.name, urn: r.urn },
    resources: [r.urn],
    message: lang === "en" ? text.en : text.id,
    citation: "",
    path: null,
    location: loc,
    // One finding per site and kind: its identity is the site and the kind, not the object.
    fingerprint: fingerprint(
      regionOfUrn(r.urn),
      PREFLIGHT_RULE,
      `${siteOf(r) ?? ""} ${customKind(r) ?? r.type}`,
    ),
    exemption: null,
  };
}

/** Kubernetes sites checked against the inventory's implied platform, having no stack file. */
export function unstackedSites(platforms: ReadonlyMap<string, SitePlatform>): string[] {
  return [...platforms.entries()].filter(([, p]) => !p.file).map(([site]) => site);
}

export function preflight(
  resources: CapturedResource[],
  platforms: ReadonlyMap<string, SitePlatform>,
  lang: "id" | "en" = "id",
): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const r of resources) {
    const kind = customKind(r);
    const site = siteOf(r);
    if (!kind || !site) continue;
    const p = platforms.get(site);
    if (!p) continue;
    const served = Object.values(p.outputs.addOns).some((a) => a?.provides.includes(kind));
    if (served || reported.has(`${site} ${kind}`)) continue;
    reported.add(`${site} ${kind}`);
    const addOn = addOnProviding(kind);
    const count = resources.filter((x) => customKind(x) === kind && siteOf(x) === site).length;
    out.push(
      finding(
        r,
        addOn
          ? {
              id: `${count} objek ${kind} di situs '${site}' membutuhkan add-on '${addOn}', yang tidak dipasang stack platform '${p.stack}'.`,
              en: `${count} ${kind} object(s) on site '${site}' need the add-on '${addOn}', which platform stack '${p.stack}' does not install.`,
            }
          : {
              id: `${count} objek ${kind} di situs '${site}': tidak ada add-on yang dipatok di platform/versions.ts yang melayani jenis ini.`,
              en: `${count} ${kind} object(s) on site '${site}': no add-on pinned in platform/versions.ts serves this kind.`,
            },
        lang,
        p.location,
      ),
    );
  }
  return out;
}
