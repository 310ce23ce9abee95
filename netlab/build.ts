/**
 * Builds and removes the lab's namespaces and links with `ip -batch` (one process for all
 * namespaces, one for all veth pairs, one per namespace for its addresses). Each veth is created
 * with both ends named into lab namespaces (`link add … netns A type veth peer … netns B`), so no
 * end ever exists in the host's namespace.
 */
import { must, run, TOOLS } from "./tools";
import type { LabPlan } from "./plan";
import { leakAddresses } from "./plan";
import { pool } from "./pool";

export function allNamespaces(plan: LabPlan): string[] {
  return [
    ...plan.routers.map((r) => r.ns),
    ...plan.hosts.map((h) => h.ns),
    ...plan.switches.map((s) => s.ns),
  ];
}

export async function createNamespaces(plan: LabPlan): Promise<void> {
  await must(TOOLS.ip, ["-batch", "-"], {
    input: allNamespaces(plan)
      .map((ns) => `netns add ${ns}\n`)
      .join(""),
  });
}

export async function createLinks(plan: LabPlan): Promise<void> {
  const lines = plan.links.map(
    (l) => `link add name ${l.a.ifname} netns ${l.a.ns} type veth peer name ${l.b.ifname} netns ${l.b.ns}\n`,
  );
  if (lines.length > 0) await must(TOOLS.ip, ["-batch", "-"], { input: lines.join("") });
}

/** Brings every interface up; VLAN sub-interfaces, bridges and host addresses. Router addresses come from FRR. */
export async function configureNamespaces(plan: LabPlan): Promise<void> {
  const ifacesOf = new Map<string, string[]>();
  for (const l of plan.links)
    for (const end of [l.a, l.b]) ifacesOf.set(end.ns, [...(ifacesOf.get(end.ns) ?? []), end.ifname]);
  const jobs: { ns: string; lines: string[]; bridge?: string[] }[] = [];
  for (const r of plan.routers) {
    const lines = ["link set lo up", ...(ifacesOf.get(r.ns) ?? []).map((i) => `link set ${i} up`)];
    for (const v of r.vlans)
      lines.push(`link add link ${v.parent} name ${v.name} type vlan id ${v.id}`, `link set ${v.name} up`);
    jobs.push({ ns: r.ns, lines });
  }
  for (const h of plan.hosts)
    jobs.push({
      ns: h.ns,
      lines: [
        "link set lo up",
        "link set eth0 up",
        `addr add ${h.address} dev eth0`,
        `route add default via ${h.gateway}`,
      ],
    });
  for (const s of plan.switches) {
    const ports = ["p0", ...s.ports.map((p) => p.ifname)];
    jobs.push({
      ns: s.ns,
      lines: [
        "link set lo up",
        "link add br0 type bridge vlan_filtering 1",
        ...ports.map((p) => `link set ${p} master br0`),
        ...ports.map((p) => `link set ${p} up`),
        "link set br0 up",
      ],
      bridge: [
        ...s.vlans.map((v) => `vlan add dev p0 vid ${v}`),
        ...s.ports.map((p) => `vlan add dev ${p.ifname} vid ${p.vlan} pvid untagged`),
      ],
    });
  }
  await pool(jobs, 8, async (j) => {
    await must(TOOLS.ip, ["-n", j.ns, "-batch", "-"], { input: j.lines.map((l) => `${l}\n`).join("") });
    if (j.bridge)
      await must("bridge", ["-n", j.ns, "-batch", "-"], { input: j.bridge.map((l) => `${l}\n`).join("") });
  });
}

/** Addresses of the leak links (a mutation): the FRR configuration does not know them. */
export async function addressLeaks(plan: LabPlan): Promise<void> {
  const leakLinks = plan.links.filter((l) => l.what.startsWith("leak "));
  await pool(leakLinks, 8, async (l, n) => {
    const [a, b] = leakAddresses(n);
    await must(TOOLS.ip, ["-n", l.a.ns, "addr", "add", a, "dev", l.a.ifname]);
    await must(TOOLS.ip, ["-n", l.b.ns, "addr", "add", b, "dev", l.b.ifname]);
  });
}

/** Whether this kernel creates 802.1Q VLAN interfaces (tried inside a throwaway lab namespace). */
export async function kernelHasVlans(prefix: string): Promise<boolean> {
  const ns = `${prefix}vlancheck`;
  await must(TOOLS.ip, ["netns", "add", ns]);
  try {
    await must(TOOLS.ip, ["-n", ns, "link", "add", "name", "t0", "type", "veth", "peer", "name", "t1"]);
    const r = await run(TOOLS.ip, [
      "-n",
      ns,
      "link",
      "add",
      "link",
      "t0",
      "name",
      "t0.2",
      "type",
      "vlan",
      "id",
      "2",
    ]);
    return r.code === 0;
  } finally {
    await run(TOOLS.ip, ["netns", "del", ns]);
  }
}

/** Deletes every namespace of the lab that exists (removing a namespace removes its veth ends). */
export async function removeNamespaces(prefix: string): Promise<void> {
  const listed = await run(TOOLS.ip, ["netns", "list"]);
  const mine = listed.stdout
    .split("\n")
    .map((l) => l.split(" ")[0])
    .filter((n) => n.startsWith(prefix));
  if (mine.length > 0)
    await run(TOOLS.ip, ["-force", "-batch", "-"], { input: mine.map((n) => `netns del ${n}\n`).join("") });
}
