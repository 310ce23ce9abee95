/**
 * The filter policy of each router, from one statement of what an agency LAN may reach (`reach`):
 * the hosting ranges (where the Sistem Penghubung Layanan runs: agencies exchange services only
 * through it), the DRC ranges, the interconnects the inventory allows, and the management ranges
 * only for the Dinas' own LAN. Agency LANs never reach each other. The primary core enforces it
 * for every agency link (the only path between agencies by the plan); every router drops spoofed
 * sources on its LANs and ranges and accepts SSH only from the management ranges and the Dinas.
 */
import type { Inventory } from "../../inventory/schema";
import type { AddressPlan } from "../types";
import type { RouterDraft } from "./access";
import { hostPrefix } from "./naming";
import type { FilterPolicy, ForwardRule, ReachTarget } from "./types";

type Draft = Omit<RouterDraft, "filter">;

export interface FilterContext {
  inventory: Inventory;
  plan: AddressPlan;
  drafts: Draft[];
  targets: ReachTarget[];
  reach: Record<string, string[]>;
}

function interconnectKind(owner: string): string {
  return owner.replace(/^interconnect\//, "").replace(/-\d+$/, "");
}

export function buildReach(
  inventory: Inventory,
  plan: AddressPlan,
  drafts: Draft[],
  interconnects: string[],
): { targets: ReachTarget[]; reach: Record<string, string[]> } {
  const routerOf = (peer: string) =>
    drafts.find((d) => d.interfaces.some((i) => i.kind !== "wan" && i.peer === peer))?.id ?? "";
  const targets: ReachTarget[] = [
    ...plan.agencies.map((a) => ({
      id: `agency:${a.agency}`,
      kind: "agency" as const,
      prefix: a.lan,
      router: routerOf(a.agency),
    })),
    ...plan.sites.map((r) => {
      const id = `${r.site}/${r.purpose}`;
      return { id, kind: "range" as const, prefix: r.prefix, router: routerOf(id) };
    }),
    ...interconnects.map((owner) => {
      const edge = drafts.find((d) => d.role === "interconnect" && d.of === owner) as Draft;
      return {
        id: owner,
        kind: "interconnect" as const,
        prefix: hostPrefix(edge.interfaces[0].address),
        router: edge.id,
      };
    }),
  ];
  const allowed = inventory.routers?.agencyAccess;
  const reach: Record<string, string[]> = {};
  for (const a of plan.agencies) {
    reach[a.agency] = targets
      .filter((t) => {
        if (t.kind === "interconnect") return !allowed || allowed.includes(interconnectKind(t.id) as never);
        if (t.kind !== "range") return false;
        if (t.id.endsWith("/management")) return a.agency === inventory.dinas.id;
        return t.id.endsWith("/hosting") || t.id.endsWith("/drc");
      })
      .map((t) => t.id);
  }
  return { targets, reach };
}

export function filterFor(router: Draft, ctx: FilterContext): FilterPolicy {
  const { plan } = ctx;
  const prefixes = (pred: (t: ReachTarget) => boolean) => ctx.targets.filter(pred).map((t) => t.prefix);
  const ranges = (purpose: string, site?: string) =>
    prefixes(
      (t) =>
        t.kind === "range" &&
        t.id.endsWith(`/${purpose}`) &&
        (site === undefined || t.id.startsWith(`${site}/`)),
    );
  const otherRanges = (purpose: string, site: string) =>
    prefixes((t) => t.kind === "range" && t.id.endsWith(`/${purpose}`) && !t.id.startsWith(`${site}/`));
  const dinasLan = plan.agencies.filter((a) => a.agency === ctx.inventory.dinas.id).map((a) => a.lan);
  const management = [...ranges("management"), ...dinasLan];
  const interconnects = prefixes((t) => t.kind === "interconnect");
  const antiSpoof: FilterPolicy["antiSpoof"] = [];
  const forward: ForwardRule[] = [];
  const draftOf = (id: string) => ctx.drafts.find((d) => d.id === id);

  for (const i of router.interfaces) {
    if (i.kind === "lan") {
      antiSpoof.push({ iface: i.name, prefixes: [i.prefix] });
      forward.push({ tag: `lan-out:${i.peer}`, iif: i.name, saddr: [i.prefix] });
      forward.push({ tag: `lan-in:${i.peer}`, oif: i.name, saddr: [plan.supernet] });
    } else if (i.kind === "range") {
      const [site, purpose] = i.peer.split("/");
      antiSpoof.push({ iface: i.name, prefixes: [i.prefix] });
      if (purpose === "management")
        forward.push({ tag: `management:${site}`, iif: i.name, saddr: [i.prefix] });
      else if (purpose === "hosting")
        forward.push({
          tag: `hosting:${site}`,
          iif: i.name,
          saddr: [i.prefix],
          daddr: [
            ...ranges("drc"),
            ...interconnects,
            ...otherRanges("hosting", site),
            ...otherRanges("colocation", site),
          ],
        });
      else if (purpose === "colocation")
        forward.push({
          tag: `colocation:${site}`,
          iif: i.name,
          saddr: [i.prefix],
          daddr: [...ranges("drc"), ...otherRanges("colocation", site)],
        });
      else if (purpose === "drc") forward.push({ tag: `drc-out:${site}`, iif: i.name, saddr: [i.prefix] });
    } else if (router.role === "core" && i.name !== "wan0") {
      const peer = draftOf(i.peer);
      if (!peer) continue;
      if (peer.role === "agency") {
        const lan = peer.interfaces.find((x) => x.kind === "lan")?.prefix as string;
        antiSpoof.push({ iface: i.name, prefixes: [lan, i.prefix] });
        const allowed = new Set(ctx.reach[peer.of] ?? []);
        const daddr = ctx.targets.filter((t) => allowed.has(t.id)).map((t) => t.prefix);
        if (daddr.length > 0) forward.push({ tag: `agency:${peer.of}`, iif: i.name, saddr: [lan], daddr });
      } else if (peer.role === "drc") {
        const own = ranges("drc", peer.of);
        antiSpoof.push({ iface: i.name, prefixes: [...own, i.prefix] });
        forward.push({
          tag: `drc:${peer.of}`,
          iif: i.name,
          saddr: own,
          daddr: [...ranges("hosting"), ...ranges("colocation")],
        });
      } else if (peer.role === "interconnect") {
        forward.push({ tag: `interconnect:${peer.of}`, iif: i.name, daddr: ranges("hosting") });
      } else {
        const own = ctx.targets.filter((t) => t.router === peer.id).map((t) => t.prefix);
        antiSpoof.push({ iface: i.name, prefixes: [...own, i.prefix] });
        forward.push({
          tag: `pusat-data:${peer.of}`,
          iif: i.name,
          saddr: own,
          daddr: [...ranges("hosting"), ...ranges("colocation"), ...ranges("drc")],
        });
      }
    }
  }
  const uplink = router.interfaces.find((i) => i.name === "wan0");
  if (uplink && router.role === "core") {
    forward.push({
      tag: "uplink-in",
      iif: uplink.name,
      daddr: [...ranges("hosting", router.of), ...ranges("colocation", router.of)],
    });
    forward.push({
      tag: "uplink-management",
      iif: uplink.name,
      saddr: management,
      daddr: ranges("management", router.of),
    });
  } else if (uplink && router.role === "drc") {
    forward.push({
      tag: "drc-in",
      iif: uplink.name,
      saddr: [plan.supernet],
      daddr: ranges("drc", router.of),
    });
  } else if (uplink && router.role === "interconnect") {
    forward.push({ tag: "to-peer", iif: uplink.name, saddr: [plan.supernet] });
  }
  return {
    antiSpoof,
    forward,
    managementFrom: management,
    routingOn: router.interfaces.filter((i) => i.kind === "wan").map((i) => i.name),
    pingFrom: [plan.supernet],
  };
}
