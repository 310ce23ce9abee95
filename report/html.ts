/**
 * The report as one self-contained HTML file: inline CSS and inline SVG, one small inline script
 * (search and paging, report/search.ts; the page reads fully without it), no font, no link
 * that leaves the page, so it opens the same from a USB stick with no network. Written for a
 * reader who has never seen Pulumi: headings in Bahasa Indonesia with English subtitles. A
 * province's hundreds of agencies get a WAN grouped by site with a drill-down per site.
 */
import { activity, addresses, backups, devices, services, users } from "./html-catalogs";
import { esc } from "./escape";
import { network, reachability } from "./html-network";
import { badge, bi, code, figure, nw, orDash, section, table } from "./html-parts";
import { COL, SECTIONS, TIMELINE_STATUS, TITLE, type SectionKey } from "./headings";
import { STATUS_TEXT, verdictText } from "./matrix";
import type { ReportModel, Text } from "./model";
import { CSS } from "./styles";
import { SEARCH_SCRIPT, SEARCH_SCRIPT_HASH } from "./search";
import { WAN_GROUP_ABOVE } from "./dot";

/** Tool, version, commit, date and inventory hash: what made this report. */
function provenance(m: ReportModel): string {
  const p = m.provenance;
  if (!p) return "";
  return `<p class="provenance">${esc(p.tool)} ${esc(p.version)} · commit <code>${esc(p.commit ?? "-")}</code> · ${esc(p.generated)} · inventaris / inventory <code>${esc(p.inventoryHash)}</code> (${p.files.map(code).join(", ")})</p>`;
}

/** The WAN, and for a province its per-site drill-down: agencies of each site with their links. */
function wanSection(m: ReportModel): string {
  if (m.diagrams.wanSites.length === 0) return figure(m.diagrams.wan);
  const names = new Map(m.agencies.map((a) => [a.id, a.name]));
  const links = new Map(m.addressPlan.agencies.map((a) => [a.agency, a]));
  const drill = m.diagrams.wanSites.map((d) => {
    const members = d.group?.agencies ?? [];
    const rows = members.map((id) => {
      const l = links.get(id);
      return [code(id), esc(names.get(id) ?? id), nw(l?.wan.prefix ?? "-"), nw(l?.lan ?? "-")];
    });
    return `<details class="site"><summary>${esc(d.group?.label ?? d.title.id)}: ${members.length} perangkat daerah / agencies</summary>${table(["ID", { id: "Nama", en: "Name" }, { id: "Link WAN", en: "WAN link" }, "LAN"], rows)}${figure(d)}</details>`;
  });
  return `${figure(m.diagrams.wan)}\n<h3>Per situs<span class="en">By site: ${m.agencies.length} agencies</span></h3>\n${drill.join("\n")}`;
}

function summary(m: ReportModel): string {
  const c = m.counts;
  const card = (n: number, t: Text, cls = ""): string =>
    `<div class="card ${cls}"><b>${n}</b><span>${esc(t.id)} / ${esc(t.en)}</span></div>`;
  const facts = table(
    [
      { id: "Butir", en: "Item" },
      { id: "Nilai", en: "Value" },
    ],
    [
      ["Daerah / Region", `${esc(m.region.name)} (${code(m.region.key)}, ${esc(m.region.kind)})`],
      ["Regulasi / Regulation", `${esc(m.region.regulation.title)} (${esc(m.region.regulation.short)})`],
      ["Domain portal / Portal domain", code(m.region.portalDomain)],
      ["Pengelola / Operator", `${esc(m.region.dinas.name)} (${code(m.region.dinas.id)})`],
      ["Tanggal laporan / Report date", esc(m.today)],
    ],
  );
  return [
    facts,
    `<div class="cards">`,
    card(c.sites, { id: "situs", en: "sites" }),
    card(c.agencies, { id: "perangkat daerah", en: "agencies" }),
    card(c.applications, { id: "aplikasi", en: "applications" }),
    card(c.colocation, { id: "server kolokasi", en: "colocation servers" }),
    card(c.devices, { id: "perangkat jaringan", en: "network devices" }),
    card(c.racks, { id: "rak", en: "racks" }),
    card(c.resources, { id: "sumber daya Pulumi", en: "declared resources" }),
    card(c.mandatory, { id: "pelanggaran wajib", en: "mandatory violations" }, c.mandatory > 0 ? "bad" : ""),
    card(c.advisory, { id: "temuan anjuran", en: "advisory findings" }, c.advisory > 0 ? "warn" : ""),
    card(c.exempt, { id: "pengecualian", en: "exemptions" }),
    `</div>`,
  ].join("\n");
}

function matrix(m: ReportModel): string {
  const rows = m.matrix.map((r) => {
    const cite = r.citation
      ? esc(r.citation)
      : `<i>Tidak diatur / not required</i>${r.requiredBy.length ? `<span class="en-text">Diwajibkan oleh / required by: ${esc(r.requiredBy.join("; "))}</span>` : ""}`;
    const details = [
      ...r.findings.map(
        (f) =>
          `<li>${bi(f.message)}<span class="en-text">${code(f.rule)} · ${esc(f.resource)}${f.location ? ` · ${code(f.location)}` : ""}</span></li>`,
      ),
      ...r.exemptions.map(
        (e) =>
          `<li>Dikecualikan / exempt: ${esc(e.resource)}: ${esc(e.reason)}<span class="en-text">Disetujui oleh / approved by ${esc(e.approvedBy)}, s.d. / until ${esc(e.until)}</span></li>`,
      ),
    ];
    const rules = r.rules.length
      ? `<span class="en-text">Aturan / rules: ${r.rules.map(code).join(", ")}</span>`
      : "";
    return [
      `<b>${esc(r.obligation)}</b>`,
      bi(r.title),
      cite,
      badge(r.status, verdictText(r)),
      `${details.length ? `<ul class="findings">${details.join("")}</ul>` : ""}${rules}`,
    ];
  });
  const note = `<p class="note">Setiap kewajiban dengan pasal ${esc(m.region.regulation.short)} yang mengaturnya dan hasil pemeriksaan yang sama dengan <code>spbe check</code>. <i>Each obligation with the article of ${esc(m.region.regulation.short)} that requires it and the result of the same evaluation <code>spbe check</code> runs.</i></p>`;
  const other = m.otherFindings.length
    ? `<h3>Temuan lain<span class="en">Other findings</span></h3><ul class="findings">${m.otherFindings.map((f) => `<li>${badge(f.enforcement === "mandatory" ? "violation" : "advisory", f.enforcement === "mandatory" ? STATUS_TEXT.violation : STATUS_TEXT.advisory)} ${bi(f.message)}<span class="en-text">${code(f.rule)}</span></li>`).join("")}</ul>`
    : "";
  return `${note}\n<div id="matrix-table">${table(["ID", COL.obligation, COL.citation, COL.status, COL.details], rows, (i) => ` data-obligation="${esc(m.matrix[i]?.obligation ?? "")}" class="status-${m.matrix[i]?.status ?? ""}"`)}</div>${other}`;
}

function timeline(m: ReportModel): string {
  const overdue = m.timeline.filter((t) => t.status === "overdue" || t.status === "missing").length;
  const note = overdue
    ? `<p class="note"><span class="badge s-overdue">${overdue} butir terlambat atau tidak ada / ${overdue} overdue or missing</span></p>`
    : `<p class="note">Tidak ada bukti yang terlambat. <i>Nothing is overdue.</i></p>`;
  const rows = m.timeline.map((t) => [
    badge(t.status, TIMELINE_STATUS[t.status] ?? { id: t.status, en: t.status }),
    bi(t.what),
    nw(t.obligation),
    esc(t.subject),
    nw(t.date),
    nw(t.due),
    t.interval ? bi(t.interval) : orDash(null),
    orDash(t.reference),
  ]);
  return (
    note +
    table(
      [COL.status, COL.what, "ID", COL.subject, COL.date, COL.due, COL.interval, COL.reference],
      rows,
      (i) => ` class="${m.timeline[i]?.status ?? ""}"`,
    )
  );
}
export function renderHtml(m: ReportModel): string {
  const toc = (Object.keys(SECTIONS) as SectionKey[])
    .map(
      (k) =>
        `<li><a href="#${k}">${esc(SECTIONS[k].id)}<span class="en">${esc(SECTIONS[k].en)}</span></a></li>`,
    )
    .join("");
  // Hundreds of LAN diagrams fold away, one per agency, opened on demand (or by the search).
  const many = m.diagrams.lans.length > WAN_GROUP_ABOVE;
  const lan = (d: ReportModel["diagrams"]["lans"][number]) =>
    many ? `<details class="lan"><summary>${esc(d.title.id)}</summary>${figure(d)}</details>` : figure(d);
  const diagrams = `${wanSection(m)}\n<h3>LAN per Perangkat Daerah<span class="en">LAN of each agency (NET-04)</span></h3>\n<div class="lans">${m.diagrams.lans.map(lan).join("\n")}</div>`;
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${SEARCH_SCRIPT_HASH}'">
<title>${esc(TITLE.id)}: ${esc(m.region.name)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(TITLE.id)}: ${esc(m.region.name)}</h1><p>${esc(TITLE.en)}</p><p>${esc(m.region.regulation.title)} · ${esc(m.today)}</p>${provenance(m)}</header>
<main>
<nav class="toc" aria-label="Daftar isi"><input id="q" type="search" hidden placeholder="Cari / search" aria-label="Cari di laporan / search the report"><p id="q-count" class="note"></p><h2>Daftar isi <span class="en">Contents</span></h2><ol>${toc}</ol></nav>
<div class="content">
${section("summary", summary(m))}
${section("matrix", matrix(m))}
${section("timeline", timeline(m))}
${section("devices", devices(m))}
${section("network", network(m))}
${section("reachability", reachability(m))}
${section("users", users(m))}
${section("activity", activity(m))}
${section("addresses", addresses(m))}
${section("diagrams", diagrams)}
${section("backups", backups(m))}
${section("services", services(m))}
</div>
</main>
<script>${SEARCH_SCRIPT}</script>
<footer>Dibuat oleh / generated by <code>spbe report</code> dari inventaris / from the inventory <code>${esc(m.region.key)}</code>, ${esc(m.today)}.</footer>
</body>
</html>
`;
}
