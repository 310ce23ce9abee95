/**
 * The device model (pure, deterministic): every router of the region from the inventory and its
 * lock. The primary Pusat Data's core terminates every agency's WAN link (the lock's `wan-link` of
 * the agency) and a transit link to each other router (`transit.ts`): another Pusat Data's core,
 * each DRC edge, each interconnect edge. Site ranges sit on VLAN sub-interfaces of the site
 * router's trunk. Routing is OSPF area 0 over every link (docs/adr/0008-jaringan-intra-routing.md); the filters are in
 * `filters.ts`. A router's interfaces depend only on its own allocations in the lock.
 */
import type { Inventory } from "../../inventory/schema";
import { planAddresses } from "../ipam";
import { primarySite } from "../placement";
import type { AddressPlan, Lock } from "../types";
import { applyAccess, type RouterDraft } from "./access";
import { buildReach, filterFor } from "./filters";
import {
  AGENCY_LAN,
  gatewayOf,
  linkAddresses,
  linkInterfaceName,
  UPLINK,
  vlanInterfaceName,
  TRUNK,
  withBits,
} from "./naming";
import { interconnectOwners, transitNeeds } from "./transit";
import type { DeviceModel, RouterInterface, RouterRole } from "./types";

export type DeviceModelResult = { ok: true; model: DeviceModel } | { ok: false; errors: string[] };

interface Link {
  prefix: string;
  core: string;
  far: string;
}

export function agencyRouterId(agency: string): string {
  return `rtr-${agency}`;
}

export function edgeRouterId(owner: string): string {
  return `edge-${owner.replace(/^interconnect\//, "")}`;
}

export function buildDeviceModel(
  inventory: Inventory,
  lock: Lock | null,
  file = "<inventory>",
): DeviceModelResult {
  const planned = planAddresses(inventory, lock, file);
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const links = new Map<string, Link>();
  for (const a of (lock as Lock).allocations)
    if (a.kind === "wan-link" && a.prefix) {
      const ends = linkAddresses(a.prefix);
      links.set(a.owner, {
        prefix: a.prefix,
        core: `${ends.core}/${ends.bits}`,
        far: `${ends.far}/${ends.bits}`,
      });
    }
  const transit = transitNeeds(inventory);
  const missing = transit.filter((t) => !links.has(t.owner));
  if (missing.length > 0)
    return {
      ok: false,
      errors: missing.map((t) => `the lock has no allocation for ${t.what}: run \`spbe ipam ${file}\``),
    };
  const primary = primarySite(inventory);
  if (!primary)
    return { ok: false, errors: ["sites: the Jaringan Intra needs a pusat-data site for its core router"] };

  const siteRouterId = (siteId: string, prefix: string) => {
    const site = inventory.sites.find((s) => s.id === siteId);
    return site?.devices.find((d) => d.kind === "router")?.id ?? `${prefix}-${siteId}`;
  };
  const hostOf = new Map(plan.hosts.map((h) => [h.id, h.address]));
  const rangesOf = (siteId: string) => plan.sites.filter((r) => r.site === siteId);
  const rangeInterfaces = (siteId: string, routerId: string): RouterInterface[] =>
    rangesOf(siteId).map((r) => {
      const own = hostOf.get(routerId);
      const holdsOwn = own !== undefined && (r.purpose === "management" || r.purpose === "drc");
      return {
        name: vlanInterfaceName(r.vlan),
        address: gatewayOf(r.prefix),
        secondary: holdsOwn ? [withBits(own, r.prefix)] : [],
        kind: "range",
        prefix: r.prefix,
        peer: `${r.site}/${r.purpose}`,
        description: `${r.purpose} range of ${r.site} (VLAN ${r.vlan})`,
        vlan: { id: r.vlan, parent: TRUNK },
      };
    });
  const uplink = (link: Link, coreId: string, what: string): RouterInterface => ({
    name: UPLINK,
    address: link.far,
    secondary: [],
    kind: "wan",
    prefix: link.prefix,
    peer: coreId,
    description: `WAN link to ${coreId} (${what})`,
  });

  const coreId = siteRouterId(primary.id, "core");
  const drafts: Omit<RouterDraft, "filter">[] = [];
  const push = (
    id: string,
    role: RouterRole,
    of: string,
    description: string,
    interfaces: RouterInterface[],
    defaultHost: string,
  ) =>
    drafts.push({
      id,
      role,
      of,
      description,
      interfaces,
      defaultHost,
      ospf: {
        routerId: defaultHost,
        area: "0.0.0.0",
        passive: interfaces.filter((i) => i.kind !== "wan").map((i) => i.name),
      },
    });

  // The primary core: one link per agency and per transit need, then its own ranges.
  const coreLinks: RouterInterface[] = [
    ...plan.agencies.map((a) => ({
      owner: a.agency,
      peer: agencyRouterId(a.agency),
      what: `Perangkat Daerah ${a.agency}`,
    })),
    ...transit.map((t) => ({
      owner: t.owner,
      peer:
        t.kind === "interconnect"
          ? edgeRouterId(t.owner)
          : siteRouterId(t.site as string, t.kind === "drc" ? "edge" : "core"),
      what: t.kind === "interconnect" ? t.owner : `${t.kind} ${t.site}`,
    })),
  ].map(({ owner, peer, what }) => {
    const link = links.get(owner) as Link;
    return {
      name: linkInterfaceName(link.prefix),
      address: link.core,
      secondary: [],
      kind: "wan" as const,
      prefix: link.prefix,
      peer,
      description: `WAN link to ${peer} (${what})`,
    };
  });
  const coreRanges = rangeInterfaces(primary.id, coreId);
  const coreHost =
    hostOf.get(coreId) ??
    coreRanges.find((r) => r.peer.endsWith("/management"))?.address.split("/")[0] ??
    coreLinks[0].address.split("/")[0];
  push(
    coreId,
    "core",
    primary.id,
    `Core router of Pusat Data ${primary.id}`,
    [...coreLinks, ...coreRanges],
    coreHost,
  );

  for (const t of transit) {
    const link = links.get(t.owner) as Link;
    const far = link.far.split("/")[0];
    if (t.kind === "interconnect") {
      const ic = inventory.network.interconnects[t.interconnect as number];
      push(
        edgeRouterId(t.owner),
        "interconnect",
        t.owner,
        `Edge to ${ic.peer} (${ic.kind})`,
        [uplink(link, coreId, t.owner)],
        far,
      );
      continue;
    }
    const site = t.site as string;
    const id = siteRouterId(site, t.kind === "drc" ? "edge" : "core");
    const ifaces = [uplink(link, coreId, `${t.kind} ${site}`), ...rangeInterfaces(site, id)];
    const what = t.kind === "drc" ? `DRC edge router of ${site}` : `Core router of Pusat Data ${site}`;
    push(id, t.kind === "drc" ? "drc" : "core", site, what, ifaces, hostOf.get(id) ?? far);
  }

  for (const a of plan.agencies) {
    const link = links.get(a.agency) as Link;
    const lan: RouterInterface = {
      name: AGENCY_LAN,
      address: gatewayOf(a.lan),
      secondary: [],
      kind: "lan",
      prefix: a.lan,
      peer: a.agency,
      description: `LAN of Perangkat Daerah ${a.agency} (VLAN ${a.vlan})`,
    };
    const id = agencyRouterId(a.agency);
    push(
      id,
      "agency",
      a.agency,
      `Router of Perangkat Daerah ${a.agency}`,
      [uplink(link, coreId, a.agency), lan],
      link.far.split("/")[0],
    );
  }

  const { targets, reach } = buildReach(inventory, plan, drafts, interconnectOwners(inventory));
  const withFilters = drafts.map((d) => ({
    ...d,
    filter: filterFor(d, { inventory, plan, drafts, targets, reach }),
  }));
  const { routers, errors } = applyAccess(inventory, withFilters);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, model: { region: plan.region, supernet: plan.supernet, routers, targets, reach } };
}

export type { AddressPlan };
