/**
 * Builds the report model from its sources: the validated inventory, its address plan, the stack
 * outputs computed from them (plan/outputs.ts, what `pulumi stack output` shows) and the result
 * of the compliance evaluation. Diagrams are rendered here (Graphviz in WASM), so the renderers
 * only lay out what the model already holds.
 */
import type { Inventory } from "../inventory/schema";
import type { DeviceModel } from "../plan/devices/types";
import { buildStackOutputs } from "../plan/outputs";
import type { AddressPlan } from "../plan/types";
import { DEFAULTS, type Defaults } from "../policies/defaults";
import { regulation as regulationOf } from "../policies/regulations";
import { WAN_GROUP_ABOVE, agenciesBySite, lanDot, wanDot, wanSiteDot } from "./dot";
import { inlineSvg, renderSvg } from "./graphviz";
import { buildMatrix, otherFindings, textOf, type RuleRef } from "./matrix";
import type { CheckResult, Diagram, ReportModel } from "./model";
import { reportRouters } from "./network";
import type { LabView, RouterView } from "./network-model";
import { rackSvg } from "./racks";
import { rackViews, siteRows, unprotectedData } from "./sections";
import { evidenceTimeline } from "./timeline";

export interface ReportInputs {
  inventory: Inventory;
  plan: AddressPlan;
  /** The device model of the Jaringan Intra (plan/devices/model.ts). */
  devices: DeviceModel;
  /** A checked `spbe netlab` result of this plan (lab.ts), or null. */
  lab: LabView | null;
  check: CheckResult;
  /** The pack's rules (name and obligation), so an obligation no rule checks shows as such. */
  rules: readonly RuleRef[];
  /** YYYY-MM-DD */
  today: string;
  /** The pack config's overrides of the toolkit's defaults, as the rules apply them. */
  defaults?: Partial<Defaults>;
  /** Called with a line of progress as each part is rendered. */
  progress?: (line: string) => void;
}

export async function wanDiagram(
  inventory: Inventory,
  plan: AddressPlan,
  routers: readonly RouterView[],
): Promise<Diagram> {
  return {
    file: "wan.svg",
    title: { id: "Jaringan Intra: WAN Daerah", en: "Regional WAN" },
    svg: inlineSvg(await renderSvg(wanDot(inventory, plan, routers))),
  };
}

export async function lanDiagram(
  inventory: Inventory,
  plan: AddressPlan,
  routers: readonly RouterView[],
  agency: string,
): Promise<Diagram> {
  const name = inventory.agencies.find((a) => a.id === agency)?.name ?? agency;
  return {
    file: `lan-${agency}.svg`,
    title: { id: `LAN ${name}`, en: `LAN of ${agency}` },
    svg: inlineSvg(await renderSvg(lanDot(inventory, plan, routers, agency))),
    agency,
  };
}

export async function buildReportModel(input: ReportInputs): Promise<ReportModel> {
  const { inventory: inv, plan, check, today } = input;
  const progress = input.progress ?? (() => undefined);
  const regulation = regulationOf(inv.region.regulation);
  progress("katalog dan rencana / catalogs and plans");
  const outputs = buildStackOutputs(inv, plan);
  progress("matriks kepatuhan / compliance matrix");
  const matrix = buildMatrix(check, inv.region.regulation, input.rules);
  progress("perangkat Jaringan Intra / Jaringan Intra devices");
  const routers = reportRouters(inv, plan, input.devices);
  progress("diagram WAN / WAN diagram");
  const wan = await wanDiagram(inv, plan, routers);
  const wanSites: Diagram[] = [];
  if (plan.agencies.length > WAN_GROUP_ABOVE)
    for (const g of agenciesBySite(inv, plan)) {
      progress(`diagram WAN ${g.site}`);
      wanSites.push({
        file: `wan-${g.id}.svg`,
        title: { id: `WAN situs ${g.site}`, en: `WAN at ${g.site}` },
        svg: inlineSvg(await renderSvg(wanSiteDot(inv, plan, routers, g.id))),
        group: { label: g.site, agencies: g.agencies.map((a) => a.agency) },
      });
    }
  const lans: Diagram[] = [];
  for (const a of inv.agencies) {
    progress(`diagram LAN ${a.id}`);
    lans.push(await lanDiagram(inv, plan, routers, a.id));
  }
  progress("elevasi rak / rack elevations");
  const racks = rackViews(inv, outputs.deviceCatalog);
  return {
    today,
    region: {
      key: inv.region.key,
      name: inv.region.name,
      kind: inv.region.kind,
      portalDomain: inv.region.portalDomain,
      regulation: { key: regulation.key, title: regulation.title, short: regulation.short },
      dinas: { id: inv.dinas.id, name: inv.dinas.name },
    },
    otherFindings: otherFindings(check).map((f) => ({
      rule: f.rule,
      enforcement: f.enforcement,
      message: textOf(f),
    })),
    counts: {
      sites: inv.sites.length,
      agencies: inv.agencies.length,
      applications: inv.applications.length,
      colocation: inv.colocation.length,
      devices: outputs.deviceCatalog.length - inv.colocation.length,
      racks: racks.length,
      resources: check.summary.resources,
      mandatory: check.summary.mandatory,
      advisory: check.summary.advisory,
      exempt: check.summary.exempt,
    },
    matrix,
    sites: siteRows(inv),
    racks,
    devices: outputs.deviceCatalog,
    users: outputs.userCatalog,
    activityRecords: outputs.activityRecords,
    controls: inv.security.controls,
    addressPlan: outputs.addressPlan,
    backupPlan: outputs.backupPlan,
    unprotected: unprotectedData(inv),
    serviceCatalog: outputs.serviceCatalog,
    agencies: inv.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      mandiriTik: a.mandiriTik,
      serviceDesk: a.serviceDesk ? `Tier ${a.serviceDesk.tier}: ${a.serviceDesk.contact}` : null,
      lanSite: a.lan.site,
    })),
    timeline: evidenceTimeline(outputs.evidence, today, inv.region.regulation, {
      ...DEFAULTS,
      ...input.defaults,
    }),
    routers,
    lab: input.lab,
    diagrams: {
      wan,
      wanSites,
      lans,
      racks: racks.map((r) => ({
        file: `rack-${r.site}-${r.id}.svg`,
        title: { id: `Rak ${r.site}/${r.id}`, en: "rack elevation" },
        svg: rackSvg(r),
      })),
    },
  };
}
