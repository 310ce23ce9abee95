/**
 * The words of the Jaringan Intra and lab sections, shared by the HTML and Markdown renderings so
 * the two say the same: a router's facts, the lab run's facts, and how a probed pair reads.
 */
import { ROUTER_ROLE } from "./headings";
import type { Text } from "./model";
import type { InterfaceView, LabPair, LabView, RouterView } from "./network-model";

export type Fact = [string, string];

const list = (xs: readonly string[]): string => (xs.length ? xs.join(", ") : "-");

export const roleText = (r: RouterView): Text => ROUTER_ROLE[r.role] ?? { id: r.role, en: r.role };

export const management = (r: RouterView): string =>
  `ssh ${r.management.user}@${r.management.host}:${r.management.port}`;

/** The credential as a reference: the secret's name, never a value. */
export const credentialRef = (r: RouterView): string =>
  `Pulumi secret ${r.management.credentials} (kunci SSH / SSH key)`;

export function routerFacts(r: RouterView): Fact[] {
  const role = roleText(r);
  return [
    ["Peran / Role", `${role.id} / ${role.en}`],
    ["Keterangan / Description", r.description],
    ["Situs / Site", r.site ?? "-"],
    ["Perangkat Daerah / Agency", r.agency ?? "-"],
    ["Melayani / Serves", r.of],
    ["Platform", r.platform === "routeros" ? "MikroTik RouterOS v7" : "Linux: FRRouting + nftables"],
    ["Manajemen / Management", management(r)],
    ["Kredensial / Credentials", credentialRef(r)],
    [
      "Routing",
      `${r.routing.protocol} area ${r.routing.area}, router-id ${r.routing.routerId}; ` +
        `aktif / active: ${list(r.routing.active)}; pasif / passive: ${list(r.routing.passive)}`,
    ],
    [
      "Filter",
      `${r.filter.forward.length} aturan izin forward, selebihnya ditolak / accept rules, everything else dropped; ` +
        `anti-spoofing: ${list(r.filter.antiSpoof.map((a) => `${a.iface} (${a.prefixes.join(", ")})`))}; ` +
        `SSH dari / from ${list(r.filter.managementFrom)}; ping dari / from ${list(r.filter.pingFrom)}`,
    ],
    ["sha256", r.hash],
  ];
}

export const INTERFACE_HEADS: Array<Text | string> = [
  { id: "Nama", en: "Name" },
  { id: "Jenis", en: "Kind" },
  { id: "Alamat", en: "Address" },
  "VLAN",
  { id: "Ujung lain", en: "Peer" },
  { id: "Keterangan", en: "Description" },
];

/** `100` for a tagged sub-interface, `104 (LAN, untagged)` for an agency LAN's own VLAN. */
export const vlanText = (v: InterfaceView["vlan"]): string =>
  v === null ? "-" : v.tagged ? String(v.id) : `${v.id} (LAN, untagged / tanpa tag)`;

/** `2026-12-02 00:34 UTC` from an ISO time. */
export const runDate = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export const failures = (lab: LabView): LabPair[] => lab.pairs.filter((p) => !p.pass);

export function labFacts(lab: LabView): Fact[] {
  const bad = failures(lab).length;
  return [
    ["Tanggal uji / Run date", runDate(lab.startedAt)],
    ["Berkas / File", `${lab.file} (sha256 ${lab.sha256})`],
    ["Model perangkat / Device model", `${lab.modelHash}: sama dengan rencana ini / this plan's`],
    [
      "OSPF",
      lab.converged
        ? `konvergen dalam / converged in ${(lab.convergeMs / 1000).toFixed(1)} s`
        : `TIDAK konvergen dalam / did NOT converge in ${(lab.convergeMs / 1000).toFixed(1)} s`,
    ],
    ["Lab", `${lab.routers} router, ${lab.namespaces} namespace, ${(lab.totalMs / 1000).toFixed(1)} s`],
    [
      "Pasangan / Pairs",
      `${lab.pairs.length} diuji / probed: ${lab.pairs.length - bad} sesuai / as the policy says, ${bad} tidak sesuai / differ`,
    ],
    [
      "Gangguan sengaja / Deliberate faults",
      lab.mutations.length ? lab.mutations.join("; ") : "tidak ada / none (the plan as rendered)",
    ],
  ];
}

export const PAIR_HEADS: Array<Text | string> = [
  { id: "Asal", en: "Source" },
  { id: "Tujuan", en: "Target" },
  { id: "Kebijakan", en: "Expected" },
  "ICMP",
  "TCP",
  { id: "Hasil", en: "Result" },
];

const reach = (v: boolean | null): string =>
  v === null ? "-" : v ? "terjangkau / reached" : "diblokir / blocked";

/** One pair as the cells of its row: source, target, expected, ICMP, TCP, result. */
export function pairCells(p: LabPair): string[] {
  return [
    p.source,
    p.target,
    p.expected ? "diizinkan / allowed" : "diblokir / blocked",
    reach(p.icmp),
    reach(p.tcp),
    p.pass ? "sesuai / pass" : "TIDAK SESUAI / FAIL",
  ];
}

/** A cell of the overview grid: ✓ reached, · blocked, ! where that differs from the policy. */
export const gridMark = (p: LabPair | undefined): string =>
  p ? `${p.icmp && p.tcp !== false ? "✓" : "·"}${p.pass ? "" : "!"}` : "";

export const GRID_LEGEND: Text = {
  id: "✓ terjangkau, · diblokir, ! berbeda dari kebijakan; PD lain: terjangkau / diuji",
  en: "✓ reached, · blocked, ! differs from the policy; other agencies: reached / probed",
};

/** The pairs of each source in the lab's order, grouped once (a province has tens of thousands). */
export function pairsBySource(lab: LabView): Map<string, LabPair[]> {
  const by = new Map<string, LabPair[]>(lab.sources.map((s) => [s, []]));
  for (const p of lab.pairs) by.get(p.source)?.push(p);
  return by;
}

/** The overview grid: per source, one mark per non-agency target and the other agencies' count. */
export function labGrid(lab: LabView): {
  heads: string[];
  rows: Array<{ source: string; cells: string[]; pass: boolean }>;
} {
  const by = pairsBySource(lab);
  const rows = lab.sources.map((source) => {
    const mine = by.get(source) ?? [];
    const byTarget = new Map(mine.map((p) => [p.target, p]));
    const others = mine.filter((p) => p.target.startsWith("agency:"));
    const reached = others.filter((p) => p.icmp && p.tcp !== false).length;
    const bad = others.some((p) => !p.pass) ? "!" : "";
    return {
      source,
      cells: [...lab.columns.map((t) => gridMark(byTarget.get(t))), `${reached}/${others.length}${bad}`],
      pass: mine.every((p) => p.pass),
    };
  });
  return { heads: [...lab.columns, "PD lain / other agencies"], rows };
}
