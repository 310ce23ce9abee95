/**
 * The lab's topology, from the device model (pure): one network namespace per router, one host
 * namespace per agency LAN and per site range, one switch namespace per site with ranges (a
 * VLAN-aware bridge: the router's trunk carries the ranges tagged, each host's port is untagged in
 * its VLAN), and a veth pair for every link of the plan. Nothing here touches the host's
 * namespace: every veth end is created directly inside a lab namespace.
 */
import { gatewayOf, lastUsable, TRUNK, UPLINK } from "../plan/devices/naming";
import type { DeviceModel, ReachTarget } from "../plan/devices/types";

export interface LabEnd {
  ns: string;
  ifname: string;
}

export interface LabHost {
  ns: string;
  target: ReachTarget;
  /** Address with prefix length. */
  address: string;
  gateway: string;
  /** Whether a TCP listener runs on it (site ranges); an agency host answers with the kernel's reset. */
  listens: boolean;
}

export interface LabSwitch {
  ns: string;
  /** The trunk port and the VLAN of each host port. */
  trunk: string;
  vlans: number[];
  ports: { ifname: string; vlan: number }[];
}

export interface LabPlan {
  prefix: string;
  vlanMode: "8021q" | "veth";
  routers: { ns: string; id: string; vlans: { name: string; id: number; parent: string }[] }[];
  hosts: LabHost[];
  switches: LabSwitch[];
  links: { a: LabEnd; b: LabEnd; what: string }[];
}

/** Mutations the lab can apply, to prove its matrix catches each kind of fault. */
export interface LabMutations {
  /** Agencies whose WAN link is not cabled. */
  removeLinks?: string[];
  /** `router:tag`: the forward rule with that tag is removed from the router's nftables ruleset. */
  dropRules?: string[];
  /** Pairs of agencies whose routers get a direct link and a static route to each other's LAN. */
  leaks?: [string, string][];
}

/** Address pair (TEST-NET-1, lab only) of the n-th leak link. */
export function leakAddresses(n: number): [string, string] {
  return [`192.0.2.${2 * n}/31`, `192.0.2.${2 * n + 1}/31`];
}

/**
 * `vlans`: "8021q" cables each site router's trunk to a VLAN-aware switch namespace; "veth"
 * (a kernel without 802.1Q, such as some micro-VMs) cables each VLAN sub-interface, under its own
 * name, straight to the range's host: the router's configuration is the same either way.
 */
export function labPlan(
  model: DeviceModel,
  prefix: string,
  mutations: LabMutations = {},
  vlans: "8021q" | "veth" = "8021q",
): LabPlan {
  const nsOf = new Map<string, string>();
  const routers = model.routers.map((r, i) => {
    const ns = `${prefix}r${i}`;
    nsOf.set(r.id, ns);
    const subs = r.interfaces.flatMap((x) =>
      x.vlan ? [{ name: x.name, id: x.vlan.id, parent: x.vlan.parent }] : [],
    );
    return { ns, id: r.id, vlans: vlans === "8021q" ? subs : [] };
  });
  const links: LabPlan["links"] = [];
  const removed = new Set(mutations.removeLinks ?? []);
  for (const r of model.routers) {
    for (const i of r.interfaces) {
      if (i.kind !== "wan" || i.name === UPLINK) continue;
      const peer = model.routers.find((p) => p.id === i.peer);
      if (!peer) continue;
      if (peer.role === "agency" && removed.has(peer.of)) continue;
      links.push({
        a: { ns: nsOf.get(r.id) as string, ifname: i.name },
        b: { ns: nsOf.get(peer.id) as string, ifname: UPLINK },
        what: `${r.id} ${i.name} — ${peer.id} ${UPLINK}`,
      });
    }
  }
  const hosts: LabHost[] = [];
  const switches: LabSwitch[] = [];
  model.targets.forEach((t, i) => {
    if (t.kind === "interconnect") return; // the edge router itself answers
    const ns = `${prefix}h${i}`;
    const router = model.routers.find((r) => r.id === t.router);
    const iface = router?.interfaces.find((x) => x.prefix === t.prefix && x.kind !== "wan");
    if (!router || !iface) return;
    const host = {
      ns,
      target: t,
      address: `${lastUsable(t.prefix)}/${t.prefix.split("/")[1]}`,
      gateway: gatewayOf(t.prefix).split("/")[0],
      listens: t.kind === "range",
    };
    hosts.push(host);
    if (!iface.vlan || vlans === "veth") {
      links.push({
        a: { ns: nsOf.get(router.id) as string, ifname: iface.name },
        b: { ns, ifname: "eth0" },
        what: `${router.id} ${iface.name} — host of ${t.id}`,
      });
      return;
    }
    let sw = switches.find((s) => s.trunk === nsOf.get(router.id));
    if (!sw) {
      sw = { ns: `${prefix}s${switches.length}`, trunk: nsOf.get(router.id) as string, vlans: [], ports: [] };
      switches.push(sw);
      links.push({
        a: { ns: sw.trunk, ifname: TRUNK },
        b: { ns: sw.ns, ifname: "p0" },
        what: `${router.id} ${TRUNK} — switch of ${router.of}`,
      });
    }
    const port = `p${iface.vlan.id}`;
    sw.vlans.push(iface.vlan.id);
    sw.ports.push({ ifname: port, vlan: iface.vlan.id });
    links.push({
      a: { ns: sw.ns, ifname: port },
      b: { ns, ifname: "eth0" },
      what: `switch of ${router.of} ${port} — host of ${t.id}`,
    });
  });
  (mutations.leaks ?? []).forEach(([a, b], n) => {
    const ra = model.routers.find((r) => r.role === "agency" && r.of === a);
    const rb = model.routers.find((r) => r.role === "agency" && r.of === b);
    if (!ra || !rb) throw new Error(`leak ${a},${b}: both must be agencies of the region`);
    links.push({
      a: { ns: nsOf.get(ra.id) as string, ifname: `leak${n}` },
      b: { ns: nsOf.get(rb.id) as string, ifname: `leak${n}` },
      what: `leak ${a} — ${b}`,
    });
  });
  return { prefix, vlanMode: vlans, routers, hosts, switches, links };
}
