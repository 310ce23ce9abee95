/**
 * The lines a diagram's boxes show for a router: its id and each interface with its address, as
 * the device model (plan/devices) gives them, so the drawing and the configurations pushed to the
 * routers name the same interfaces and addresses.
 */
import { agencyRouter, facing } from "./network";
import type { InterfaceView, RouterView } from "./network-model";

/** `wan0 10.20.247.255/31`, `trunk0.100 10.20.252.1/22` (the VLAN is in the name). */
export const ifaceLine = (i: InterfaceView): string => `${i.name} ${i.addresses.join(", ")}`;

/** The primary core: the router the agencies' links end on. */
export function primaryCore(routers: readonly RouterView[]): RouterView | undefined {
  const anAgency = routers.find((r) => r.role === "agency");
  const peer = anAgency?.interfaces.find((i) => i.kind === "wan")?.peer;
  return routers.find((r) => r.id === peer) ?? routers.find((r) => r.role === "core");
}

/** The core end of a router's uplink: `inti / core wan0a14f7fe 10.20.247.254/31`. */
export function coreEnd(routers: readonly RouterView[], r: RouterView | undefined): string | null {
  const up = r?.interfaces.find((i) => i.kind === "wan");
  if (!r || !up) return null;
  const end = facing(
    routers.find((x) => x.id === up.peer),
    r.id,
  );
  return end ? `inti / core ${ifaceLine(end)}` : null;
}

/** Lines of an agency's box in the WAN: its router, both ends of its link, its LAN gateway. */
export function agencyLines(
  routers: readonly RouterView[],
  agency: string,
  fallback: { prefix: string; far: string; lan: string },
): string[] {
  const r = agencyRouter(routers, agency);
  if (!r) return [agency, `link ${fallback.prefix}`, `router PD ${fallback.far}`, `LAN ${fallback.lan}`];
  const own = r.interfaces.map(ifaceLine);
  return [`${agency}: ${r.id}`, `link ${fallback.prefix}`, ...[coreEnd(routers, r) ?? []].flat(), ...own];
}

/** Lines for the far end of a transit link (DRC edge, interconnect edge): its router and interfaces. */
export function edgeLines(routers: readonly RouterView[], id: string): string[] {
  const r = routers.find((x) => x.id === id);
  if (!r) return [];
  return [r.id, ...[coreEnd(routers, r) ?? []].flat(), ...r.interfaces.map(ifaceLine)];
}

/** The router a site's core or DRC edge is, by the site it serves. */
export function siteRouter(routers: readonly RouterView[], site: string): RouterView | undefined {
  return routers.find((r) => (r.role === "core" || r.role === "drc") && r.of === site);
}

/** The edge router of an interconnect by its owner in the lock (`interconnect/<kind>[-n]`). */
export function interconnectRouter(routers: readonly RouterView[], owner: string): RouterView | undefined {
  return routers.find((r) => r.role === "interconnect" && r.of === owner);
}
