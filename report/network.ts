/**
 * The report's view of every router of the Jaringan Intra: the device model (plan/devices/model.ts)
 * with the site or agency it serves and its configuration rendered by the same renderers
 * `pulumi up` pushes (plan/devices/render.ts). Access holds the credential's name only.
 */
import type { Inventory } from "../inventory/schema";
import { renderRouter } from "../plan/devices/render";
import type { DeviceModel, Router } from "../plan/devices/types";
import type { AddressPlan } from "../plan/types";
import type { InterfaceView, RouterView } from "./network-model";

function interfaces(r: Router, lanVlan: ReadonlyMap<string, number>): InterfaceView[] {
  return r.interfaces.map((i) => ({
    name: i.name,
    kind: i.kind,
    addresses: [i.address, ...i.secondary],
    prefix: i.prefix,
    vlan: i.vlan
      ? { id: i.vlan.id, tagged: true }
      : i.kind === "lan" && lanVlan.has(i.prefix)
        ? { id: lanVlan.get(i.prefix) as number, tagged: false }
        : null,
    peer: i.peer,
    description: i.description,
  }));
}

export function reportRouters(inv: Inventory, plan: AddressPlan, model: DeviceModel): RouterView[] {
  const siteOfAgency = new Map(inv.agencies.map((a) => [a.id, a.lan.site]));
  const lanVlan = new Map(plan.agencies.map((a) => [a.lan, a.vlan]));
  return model.routers.map((r) => {
    const rendered = renderRouter(r, model.region);
    const agency = r.role === "agency" ? r.of : null;
    const site =
      agency !== null ? (siteOfAgency.get(agency) ?? null) : r.role === "interconnect" ? null : r.of;
    const passive = new Set(r.ospf.passive);
    return {
      id: r.id,
      role: r.role,
      description: r.description,
      site,
      agency,
      of: r.of,
      platform: r.access.platform,
      management: {
        host: r.access.host,
        user: r.access.user,
        port: r.access.port,
        credentials: r.access.credentials,
      },
      interfaces: interfaces(r, lanVlan),
      routing: {
        protocol: "OSPF",
        area: r.ospf.area,
        routerId: r.ospf.routerId,
        active: r.interfaces.filter((i) => !passive.has(i.name)).map((i) => i.name),
        passive: r.ospf.passive,
      },
      filter: {
        forward: r.filter.forward.map((f) => f.tag),
        antiSpoof: r.filter.antiSpoof,
        managementFrom: r.filter.managementFrom,
        pingFrom: r.filter.pingFrom,
      },
      files: rendered.files,
      hash: rendered.hash,
    };
  });
}

/** The router of an agency, the primary core, and the interface of a router facing `peer`. */
export function agencyRouter(routers: readonly RouterView[], agency: string): RouterView | undefined {
  return routers.find((r) => r.role === "agency" && r.agency === agency);
}

export function facing(r: RouterView | undefined, peer: string): InterfaceView | undefined {
  return r?.interfaces.find((i) => i.kind === "wan" && i.peer === peer);
}
