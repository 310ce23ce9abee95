/**
 * Graphviz DOT for the region WAN and for each agency's LAN (the yearly submission of NET-04).
 * Every label comes from the inventory, the address plan or the device model (each router's
 * interfaces and addresses, dot-labels.ts); nothing is drawn that they do not hold. Node ids are quoted inventory ids, so any id the schema admits is safe here.
 */
import type { Inventory } from "../inventory/schema";
import { interconnectOwners } from "../plan/devices/transit";
import type { AddressPlan } from "../plan/types";
import {
  agencyLines,
  coreEnd,
  edgeLines,
  ifaceLine,
  interconnectRouter,
  primaryCore,
  siteRouter,
} from "./dot-labels";
import { agencyRouter } from "./network";
import type { RouterView } from "./network-model";

/** A DOT double-quoted string: backslash and quote escaped, newlines as DOT's centred `\n`. */
export function q(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

// Graphviz sizes boxes with its built-in Helvetica metrics, but a viewer without Helvetica draws a
// wider sans (DejaVu, Liberation): the extra horizontal node margin keeps the text inside its box.
const GRAPH_STYLE = [
  'fontname="Helvetica,Arial,sans-serif"',
  "fontsize=11",
  'bgcolor="white"',
  "pad=0.3",
  'node [fontname="Helvetica,Arial,sans-serif", fontsize=10, shape=box, style="rounded,filled", fillcolor="#ffffff", color="#4a5568", penwidth=1.2, margin="0.22,0.07"]',
  'edge [fontname="Helvetica,Arial,sans-serif", fontsize=9, color="#4a5568", fontcolor="#1a202c"]',
];

const INTERCONNECT: Record<string, string> = {
  "jip-pusat": "JIP Pusat",
  "jip-daerah": "JIP Daerah",
  pdn: "PDN",
  "pd-daerah": "Pusat Data Daerah",
  internet: "Internet",
};

const UPSTREAM: Record<string, string> = {
  "splp-nasional": "SPLP Nasional",
  "gateway-daerah": "Gateway Daerah",
  "gateway-pd": "Gateway PD",
};

/** Above this many agencies the WAN overview draws one box per site instead of one per agency. */
export const WAN_GROUP_ABOVE = 30;

/** At most this many boxes in a grouped WAN overview. */
export const WAN_MAX_GROUPS = 20;

export interface SiteGroup {
  /** `kantor-bupati`, or for a bucket of sites `site-001 … site-012`. */
  site: string;
  /** A file-safe id of the group. */
  id: string;
  sites: string[];
  agencies: AddressPlan["agencies"];
  /** Span of the group's link prefixes. */
  links: string;
}

/**
 * Agencies grouped by the site of their LAN (`agencies[].lan.site`). When that still gives more
 * than WAN_MAX_GROUPS boxes (a province where every agency has its own office site), the sites
 * are taken in id order in WAN_MAX_GROUPS buckets of consecutive sites.
 */
export function agenciesBySite(inv: Inventory, plan: AddressPlan): SiteGroup[] {
  const siteOf = new Map(inv.agencies.map((a) => [a.id, a.lan.site]));
  const bySite = new Map<string, AddressPlan["agencies"]>();
  for (const a of plan.agencies) {
    const site = siteOf.get(a.agency) ?? "-";
    bySite.set(site, [...(bySite.get(site) ?? []), a]);
  }
  const span = (agencies: AddressPlan["agencies"]) => {
    const prefixes = agencies.map((a) => a.wan.prefix).sort();
    return prefixes.length > 1 ? `${prefixes[0]} … ${prefixes[prefixes.length - 1]}` : (prefixes[0] ?? "");
  };
  const entries = [...bySite];
  if (entries.length <= WAN_MAX_GROUPS)
    return entries.map(([site, agencies]) => ({
      site,
      id: site,
      sites: [site],
      agencies,
      links: span(agencies),
    }));
  entries.sort((a, b) => a[0].localeCompare(b[0]));
  const size = Math.ceil(entries.length / WAN_MAX_GROUPS);
  const groups: SiteGroup[] = [];
  for (let i = 0; i < entries.length; i += size) {
    const chunk = entries.slice(i, i + size);
    const sites = chunk.map(([s]) => s);
    const agencies = chunk.flatMap(([, a]) => a);
    const label = sites.length > 1 ? `${sites[0]} … ${sites[sites.length - 1]}` : (sites[0] ?? "");
    groups.push({ site: label, id: `group-${groups.length + 1}`, sites, agencies, links: span(agencies) });
  }
  return groups;
}

/** One group's agencies (the drill-down of a grouped WAN), laid out in columns of ten. */
export function wanSiteDot(
  inv: Inventory,
  plan: AddressPlan,
  routers: readonly RouterView[],
  id: string,
): string {
  const group = agenciesBySite(inv, plan).find((g) => g.id === id);
  if (!group) throw new Error(`no WAN group '${id}'`);
  const site = group.site;
  const lines = [
    "graph wansite {",
    "  rankdir=LR",
    "  nodesep=0.12",
    "  ranksep=0.6",
    ...GRAPH_STYLE.map((x) => `  ${x}`),
  ];
  lines.push(
    `  label=${q(`WAN: ${site} (${group.agencies.length} perangkat daerah / agencies)`)}`,
    '  labelloc="t"',
  );
  lines.push(`  ${q(`lan-site:${id}`)} [label=${q(site)}, fillcolor="#bee3f8", penwidth=2]`);
  group.agencies.forEach((a, i) => {
    const label = agencyLines(routers, a.agency, { prefix: a.wan.prefix, far: a.wan.agency, lan: a.lan });
    lines.push(`  ${q(`agency:${a.agency}`)} [label=${q(label.join("\n"))}]`);
    // Columns of ten: an invisible chain ranks each column after the previous one.
    if (i < 10) lines.push(`  ${q(`lan-site:${id}`)} -- ${q(`agency:${a.agency}`)}`);
    else
      lines.push(
        `  ${q(`agency:${group.agencies[i - 10]!.agency}`)} -- ${q(`agency:${a.agency}`)} [style=invis]`,
      );
  });
  lines.push("}");
  return lines.join("\n");
}

/** The region WAN: Pusat Data core ↔ agency routers with link prefixes, DRC, JIP / PDN / SPLP. */
export function wanDot(inv: Inventory, plan: AddressPlan, routers: readonly RouterView[]): string {
  const lines = [
    "graph wan {",
    "  rankdir=LR",
    "  nodesep=0.15",
    "  ranksep=1.1",
    ...GRAPH_STYLE.map((s) => `  ${s}`),
  ];
  lines.push(
    `  label=${q(`Jaringan Intra ${inv.region.name} (WAN) - supernet ${plan.supernet}`)}`,
    '  labelloc="t"',
  );
  const cores = inv.sites.filter((s) => s.kind === "pusat-data");
  const core = cores[0]?.id ?? inv.dinas.id;
  lines.push(
    '  subgraph "cluster_pd" {',
    `    label=${q("Pusat Data")}`,
    '    style="rounded,filled"',
    '    fillcolor="#ebf4ff"',
    '    color="#2b6cb0"',
  );
  const primary = primaryCore(routers);
  for (const s of cores) {
    const router = siteRouter(routers, s.id);
    // The primary core's many links are drawn at their far ends; here its own ranges and address.
    const own = (router?.interfaces ?? []).filter((i) => i.kind !== "wan" || router !== primary);
    const head = router ? `router inti / core: ${router.id} (${router.platform})` : "router inti / core";
    const label = [s.id, head, s.location.city, ...own.map(ifaceLine)];
    if (router && router !== primary) label.push(...[coreEnd(routers, router) ?? []].flat());
    lines.push(`    ${q(`site:${s.id}`)} [label=${q(label.join("\n"))}, fillcolor="#bee3f8", penwidth=2]`);
  }
  if (inv.gateway) {
    lines.push(
      `    "gateway" [label=${q(`${inv.gateway.kind === "gsb" ? "Government Service Bus" : "Sistem Penghubung Layanan"}\n${inv.gateway.site}`)}, fillcolor="#c6f6d5"]`,
    );
    lines.push(`    ${q(`site:${inv.gateway.site}`)} -- "gateway" [style=dashed]`);
  }
  lines.push("  }");
  if (plan.agencies.length > WAN_GROUP_ABOVE) {
    // A province's hundreds of agencies: one box per site they sit at, drilled down per site
    // (wanSiteDot and the report's per-site tables), so the overview stays one screen tall.
    for (const g of agenciesBySite(inv, plan)) {
      lines.push(
        `  ${q(`lan-site:${g.id}`)} [label=${q(`${g.site}\n${g.sites.length > 1 ? `${g.sites.length} situs / sites, ` : ""}${g.agencies.length} perangkat daerah / agencies\nlink ${g.links}`)}, fillcolor="#edf2f7"]`,
      );
      lines.push(
        `  ${q(`site:${core}`)} -- ${q(`lan-site:${g.id}`)} [penwidth=${Math.min(6, 1 + Math.log2(g.agencies.length))}]`,
      );
    }
  } else
    for (const a of plan.agencies) {
      const agency = inv.agencies.find((x) => x.id === a.agency);
      const label = agencyLines(routers, a.agency, { prefix: a.wan.prefix, far: a.wan.agency, lan: a.lan });
      lines.push(
        `  ${q(`agency:${a.agency}`)} [label=${q(label.join("\n"))}, tooltip=${q(agency?.name ?? a.agency)}]`,
      );
      // The link prefix sits in the router's own box: an edge label in a fan of 15+ edges reads ambiguously.
      lines.push(`  ${q(`site:${core}`)} -- ${q(`agency:${a.agency}`)}`);
    }
  for (const s of inv.sites.filter((x) => x.kind === "drc")) {
    const edge = siteRouter(routers, s.id);
    const label = [
      `DRC ${s.id}`,
      `${s.operator} - ${s.location.city}`,
      `(${s.location.failureDomain})`,
      ...(edge ? edgeLines(routers, edge.id) : []),
    ];
    lines.push(`  ${q(`site:${s.id}`)} [label=${q(label.join("\n"))}, fillcolor="#fefcbf", shape=box3d]`);
    lines.push(
      `  ${q(`site:${core}`)} -- ${q(`site:${s.id}`)} [label=${q("cadangan / backup")}, style=bold, color="#b7791f"]`,
    );
  }
  const owners = interconnectOwners(inv);
  inv.network.interconnects.forEach((ic, i) => {
    const edge = interconnectRouter(routers, owners[i] ?? "");
    const label = [
      INTERCONNECT[ic.kind] ?? ic.kind,
      ic.peer,
      ...(ic.bandwidthMbps ? [`${ic.bandwidthMbps} Mbps`] : []),
      ...(edge ? edgeLines(routers, edge.id) : []),
    ];
    lines.push(`  ${q(`ic:${i}`)} [label=${q(label.join("\n"))}, shape=box, fillcolor="#e9d8fd"]`);
    lines.push(`  ${q(`ic:${i}`)} -- ${q(`site:${core}`)} [color="#6b46c1"]`);
  });
  for (const u of inv.gateway?.upstreams ?? []) {
    lines.push(
      `  ${q(`up:${u.id}`)} [label=${q(`${UPSTREAM[u.kind] ?? u.kind}\n${u.url}`)}, shape=ellipse, fillcolor="#c6f6d5"]`,
    );
    lines.push(`  ${q(`up:${u.id}`)} -- "gateway" [color="#2f855a"]`);
  }
  lines.push("}");
  return lines.join("\n");
}

/** One agency's LAN: router, LAN prefix, VLAN, gateway address, counts, apps, last submission. */
export function lanDot(
  inv: Inventory,
  plan: AddressPlan,
  routers: readonly RouterView[],
  agencyId: string,
): string {
  const agency = inv.agencies.find((a) => a.id === agencyId);
  const addr = plan.agencies.find((a) => a.agency === agencyId);
  if (!agency || !addr) throw new Error(`agency '${agencyId}' is not in the inventory or the address plan`);
  const site = inv.sites.find((s) => s.id === agency.lan.site);
  const switches = (site?.devices ?? []).filter((d) => d.kind === "switch").length;
  const apps = inv.applications.filter((a) => a.owner === agencyId);
  const submitted = agency.lan.diagramSubmittedOn ?? "belum pernah / never";
  const lines = ["graph lan {", "  rankdir=TB", "  nodesep=0.3", ...GRAPH_STYLE.map((s) => `  ${s}`)];
  lines.push(
    `  label=${q(`LAN ${agency.name} (${agency.id})\nDiagram terakhir disampaikan / last submitted: ${submitted}`)}`,
    '  labelloc="t"',
  );
  const router = agencyRouter(routers, agencyId);
  const core = router ? coreEnd(routers, router) : null;
  lines.push(
    `  "wan" [label=${q(`Jaringan Intra (WAN)\nlink ${addr.wan.prefix}\n${core ?? `inti / core ${addr.wan.core}`}`)}, shape=ellipse, fillcolor="#ebf4ff"]`,
  );
  const routerLabel = router
    ? [
        `router PD ${router.id} (${router.platform})`,
        ...router.interfaces.map((i) => `${ifaceLine(i)}${i.kind === "lan" ? " (gateway LAN)" : ""}`),
        `manajemen / mgmt ${router.management.host}`,
      ]
    : ["router PD", `WAN ${addr.wan.agency}`, `gateway LAN ${addr.gateway}`];
  lines.push(`  "router" [label=${q(routerLabel.join("\n"))}, fillcolor="#bee3f8", penwidth=2]`);
  lines.push(
    `  "lan" [label=${q(`LAN ${addr.lan}\nVLAN ${addr.vlan}\nsitus / site: ${agency.lan.site}\ndibangun oleh / built by: ${agency.lan.builtBy ?? "-"}`)}, fillcolor="#f7fafc"]`,
  );
  lines.push(
    `  "switches" [label=${q(switches > 0 ? `switch: ${switches}` : "switch: tidak dicatat\nnot recorded")}, shape=box3d]`,
  );
  lines.push(`  "hosts" [label=${q(`host: ${agency.lan.hosts}`)}, shape=component]`);
  lines.push(
    '  "wan" -- "router"',
    '  "router" -- "lan"',
    '  "lan" -- "switches"',
    '  "switches" -- "hosts"',
  );
  if (apps.length > 0) {
    lines.push(
      '  subgraph "cluster_apps" {',
      `    label=${q("Aplikasi di Pusat Data\napps in the data center")}`,
      '    style="rounded,dashed"',
      '    color="#2b6cb0"',
      '    labelloc="b"',
    );
    for (const a of apps)
      lines.push(
        `    ${q(`app:${a.id}`)} [label=${q(`${a.id}\n${a.placement.mode} @ ${a.placement.site}`)}, fillcolor="#c6f6d5"]`,
      );
    lines.push("  }");
    for (const a of apps) lines.push(`  "wan" -- ${q(`app:${a.id}`)} [style=dotted]`);
  }
  lines.push("}");
  return lines.join("\n");
}
