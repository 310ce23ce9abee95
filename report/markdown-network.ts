/**
 * The Markdown of the Jaringan Intra sections, in the order and words of index.html: the routers
 * with their interfaces, routing, filters and rendered configuration (folded with <details>, as
 * GitHub renders it), and the lab's reachability matrix when the report was given one.
 */
import { cell } from "./escape";
import { h2, table } from "./markdown-parts";
import type { ReportModel } from "./model";
import type { RouterView } from "./network-model";
import {
  failures,
  GRID_LEGEND,
  INTERFACE_HEADS,
  labFacts,
  labGrid,
  management,
  PAIR_HEADS,
  pairCells,
  roleText,
  routerFacts,
  vlanText,
} from "./network-text";

const ITEM = [
  { id: "Butir", en: "Item" },
  { id: "Nilai", en: "Value" },
];

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${text.replace(/\n$/, "")}\n${fence}`;
}

function router(r: RouterView): string[] {
  const role = roleText(r);
  return [
    `#### ${r.id}: ${role.id} / ${role.en}\n`,
    table(ITEM, routerFacts(r)),
    table(
      INTERFACE_HEADS,
      r.interfaces.map((i) => [
        i.name,
        i.kind,
        i.addresses.join("\n"),
        vlanText(i.vlan),
        i.peer,
        i.description,
      ]),
    ),
    `Aturan izin forward / forward accept rules: ${r.filter.forward.map((t) => `\`${t}\``).join(", ") || "-"}\n`,
    ...r.files.map(
      (f) =>
        `<details><summary>${cell(f.name)} (${f.content.split("\n").length} baris / lines)</summary>\n\n${fenced(f.content)}\n\n</details>\n`,
    ),
  ];
}

export function networkSections(m: ReportModel): string[] {
  const out: string[] = [`<a id="network"></a>\n${h2("network")}`];
  out.push(
    `${m.routers.length} router dari model perangkat (inventaris dan lock); kredensial hanya dirujuk dengan nama secret Pulumi-nya. ` +
      `_${m.routers.length} routers of the device model; credentials appear only as the name of their Pulumi secret._\n`,
  );
  out.push(
    table(
      [
        "ID",
        { id: "Peran", en: "Role" },
        { id: "Situs", en: "Site" },
        { id: "Perangkat Daerah", en: "Agency" },
        "Platform",
        { id: "Manajemen", en: "Management" },
        { id: "Antarmuka", en: "Interfaces" },
        { id: "Aturan forward", en: "Forward rules" },
      ],
      m.routers.map((r) => [
        r.id,
        `${roleText(r).id} / ${roleText(r).en}`,
        r.site,
        r.agency,
        r.platform,
        `${management(r)} (secret ${r.management.credentials})`,
        r.interfaces.length,
        r.filter.forward.length,
      ]),
    ),
  );
  out.push("### Per router / Each router\n");
  for (const r of m.routers) out.push(...router(r));

  out.push(`<a id="reachability"></a>\n${h2("reachability")}`);
  const lab = m.lab;
  if (!lab) {
    out.push(
      "Laporan ini dibuat tanpa hasil lab. _No lab result was given._ Buat dengan / make one with " +
        "`sudo spbe netlab <inventaris> --out lab.json`, lalu / then `spbe report <inventaris> --out <folder> --lab lab.json`.\n",
    );
    return out;
  }
  const bad = failures(lab);
  out.push(
    bad.length
      ? `**⚠ ${bad.length} pasangan tidak sesuai kebijakan / ${bad.length === 1 ? "1 pair differs" : `${bad.length} pairs differ`} from the policy**\n`
      : "**Setiap pasangan sesuai kebijakan / every pair as the policy says**\n",
  );
  out.push(table(ITEM, labFacts(lab)));
  if (bad.length) out.push("### Tidak sesuai / Pairs that differ\n", table(PAIR_HEADS, bad.map(pairCells)));
  const grid = labGrid(lab);
  out.push(
    `### Ringkasan / Overview\n\n${GRID_LEGEND.id}. _${GRID_LEGEND.en}._\n`,
    table(
      [{ id: "Perangkat Daerah", en: "Agency" }, ...grid.heads],
      grid.rows.map((r) => [r.source, ...r.cells]),
    ),
    "### Setiap pasangan / Every pair\n",
    table(PAIR_HEADS, lab.pairs.map(pairCells)),
  );
  return out;
}
