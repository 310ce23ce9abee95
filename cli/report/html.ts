/**
 * The report as one self-contained HTML file: inline CSS and inline SVG, no script, no font, no
 * link that leaves the page, so it opens the same from a USB stick with no network. Written for a
 * reader who has never seen Pulumi: headings in Bahasa Indonesia with English subtitles.
 */
import { esc } from "./escape";
import { COL, SECTIONS, TIMELINE_STATUS, TITLE, type SectionKey } from "./headings";
import { STATUS_TEXT } from "./matrix";
import { devicePlace } from "./sections";
import type { Diagram, ReportModel, Text } from "./model";
import { CSS } from "./styles";

type Head = Text | string;

function th(h: Head): string {
  return typeof h === "string"
    ? `<th>${esc(h)}</th>`
    : `<th>${esc(h.id)}<span class="en">${esc(h.en)}</span></th>`;
}

/** Cells are HTML already escaped by the caller; `rowClass` marks rows (e.g. overdue). */
function table(heads: Head[], rows: string[][], attrs: (i: number) => string = () => ""): string {
  if (rows.length === 0) return `<p class="note">Tidak ada data. <i>No entries.</i></p>`;
  const body = rows.map((r, i) => `<tr${attrs(i)}>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${heads.map(th).join("")}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const bi = (t: Text): string => `${esc(t.id)}<span class="en-text">${esc(t.en)}</span>`;
const badge = (cls: string, t: Text): string =>
  `<span class="badge s-${cls}">${esc(t.id)} <span class="en">/ ${esc(t.en)}</span></span>`;
const orDash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === "" ? "-" : esc(v);
const code = (v: string): string => `<code>${esc(v)}</code>`;

function section(key: SectionKey, body: string): string {
  const h = SECTIONS[key];
  return `<section id="${key}"><h2>${esc(h.id)}<span class="en">${esc(h.en)}</span></h2>\n${body}\n</section>`;
}

function figure(d: Diagram): string {
  const agency = d.agency ? ` data-agency="${esc(d.agency)}"` : "";
  return `<figure class="diagram"${agency} data-file="${esc(d.file)}"><figcaption>${esc(d.title.id)}<span class="en">${esc(d.title.en)}</span></figcaption>\n${d.svg}\n</figure>`;
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
      ["Wilayah / Region", `${esc(m.region.name)} (${code(m.region.key)}, ${esc(m.region.kind)})`],
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
      badge(r.status, STATUS_TEXT[r.status]),
      `${details.length ? `<ul class="findings">${details.join("")}</ul>` : ""}${rules}`,
    ];
  });
  const note = `<p class="note">Setiap kewajiban dengan pasal ${esc(m.region.regulation.short)} yang mengaturnya dan hasil pemeriksaan yang sama dengan <code>spbe check</code>. <i>Each obligation with the article of ${esc(m.region.regulation.short)} that requires it and the result of the same evaluation <code>spbe check</code> runs.</i></p>`;
  return `${note}\n<div id="matrix-table">${table(["ID", COL.obligation, COL.citation, COL.status, COL.details], rows, (i) => ` data-obligation="${esc(m.matrix[i]?.obligation ?? "")}" class="status-${m.matrix[i]?.status ?? ""}"`)}</div>`;
}

function timeline(m: ReportModel): string {
  const overdue = m.timeline.filter((t) => t.status === "overdue" || t.status === "missing").length;
  const note = overdue
    ? `<p class="note"><span class="badge s-overdue">${overdue} butir terlambat atau tidak ada / ${overdue} overdue or missing</span></p>`
    : `<p class="note">Tidak ada bukti yang terlambat. <i>Nothing is overdue.</i></p>`;
  const rows = m.timeline.map((t) => [
    badge(t.status, TIMELINE_STATUS[t.status] ?? { id: t.status, en: t.status }),
    bi(t.what),
    esc(t.obligation),
    esc(t.subject),
    orDash(t.date),
    orDash(t.due),
    orDash(t.reference),
  ]);
  return (
    note +
    table(
      [COL.status, COL.what, "ID", COL.subject, COL.date, COL.due, COL.reference],
      rows,
      (i) => ` class="${m.timeline[i]?.status ?? ""}"`,
    )
  );
}

function devices(m: ReportModel): string {
  const net = m.devices.filter((d) => d.kind !== "colocation-server");
  const colo = m.devices.filter((d) => d.kind === "colocation-server");
  const heads: Head[] = [
    "ID",
    { id: "Jenis", en: "Kind" },
    { id: "Pemilik", en: "Owner" },
    { id: "Situs", en: "Site" },
    { id: "Letak", en: "Place" },
    "Model",
    { id: "Daya (W)", en: "Power (W)" },
    { id: "Alamat", en: "Address" },
  ];
  const row = (d: ReportModel["devices"][number]): string[] => [
    code(d.id),
    esc(d.kind),
    esc(d.owner),
    esc(d.site),
    esc(devicePlace(d)),
    orDash(d.model),
    esc(d.powerW),
    orDash(d.address),
  ];
  return [
    `<h3>Situs<span class="en">Sites</span></h3>`,
    table(
      [
        "ID",
        { id: "Jenis", en: "Kind" },
        { id: "Operator", en: "Operator" },
        { id: "Kota", en: "City" },
        { id: "Domain kegagalan", en: "Failure domain" },
        { id: "Platform", en: "Platform" },
        { id: "Standar", en: "Standard" },
      ],
      m.sites.map((s) => [
        code(s.id),
        esc(s.kind),
        esc(s.operator),
        esc(s.city),
        esc(s.failureDomain),
        esc(s.platform),
        orDash(s.standard),
      ]),
    ),
    `<h3>Elevasi rak<span class="en">Rack elevations</span></h3>`,
    m.diagrams.racks.length
      ? `<div class="racks">${m.diagrams.racks.map(figure).join("\n")}</div>`
      : `<p class="note">Tidak ada rak. <i>No racks.</i></p>`,
    `<h3>Perangkat jaringan<span class="en">Network devices</span></h3>`,
    table(heads, net.map(row)),
    `<h3>Server kolokasi<span class="en">Colocation servers</span></h3>`,
    table(heads, colo.map(row)),
  ].join("\n");
}

function users(m: ReportModel): string {
  return [
    `<h3>Perangkat Daerah<span class="en">Agencies</span></h3>`,
    table(
      [
        "ID",
        { id: "Nama", en: "Name" },
        { id: "PD Mandiri TIK", en: "Self-reliant in ICT" },
        { id: "Service desk", en: "Service desk" },
        { id: "Situs LAN", en: "LAN site" },
      ],
      m.agencies.map((a) => [
        code(a.id),
        esc(a.name),
        a.mandiriTik ? "ya / yes" : "tidak / no",
        orDash(a.serviceDesk),
        esc(a.lanSite),
      ]),
    ),
    `<h3>Hak akses<span class="en">Access grants</span></h3>`,
    table(
      [
        { id: "Perangkat Daerah", en: "Agency" },
        "Namespace",
        { id: "Subjek", en: "Subject" },
        { id: "Jenis", en: "Kind" },
        { id: "Peran", en: "Role" },
        { id: "Asal", en: "Origin" },
      ],
      m.users.map((u) => [
        esc(u.agency),
        code(u.namespace),
        code(u.subject),
        esc(u.kind),
        esc(u.role),
        u.defaulted ? "bawaan / default" : "inventaris / inventory",
      ]),
    ),
  ].join("\n");
}

function activity(m: ReportModel): string {
  const a = m.activityRecords;
  return table(
    [
      { id: "Pengaturan", en: "Setting" },
      { id: "Nilai", en: "Value" },
    ],
    [
      ["Tingkat audit Kubernetes / Kubernetes audit level", code(a.auditLevel)],
      ["Masa simpan / retention", `${esc(a.retentionDays)} hari / days`],
      ["Dikirim oleh / shipped by", orDash(a.shippedBy)],
      ["Sumber catatan / record sources", orDash(a.sources.join(", "))],
      ["Kendali keamanan / security controls", orDash(m.controls.join(", "))],
    ],
  );
}

function addresses(m: ReportModel): string {
  const p = m.addressPlan;
  return [
    `<p class="note">Supernet ${code(p.supernet)}</p>`,
    `<h3>Perangkat Daerah<span class="en">Agencies</span></h3>`,
    table(
      [
        { id: "Perangkat Daerah", en: "Agency" },
        "LAN",
        "Gateway",
        "VLAN",
        "WAN link",
        { id: "Inti", en: "Core end" },
        { id: "Ujung PD", en: "Agency end" },
      ],
      p.agencies.map((a) => [
        code(a.agency),
        code(a.lan),
        code(a.gateway),
        esc(a.vlan),
        code(a.wan.prefix),
        code(a.wan.core),
        code(a.wan.agency),
      ]),
    ),
    `<h3>Rentang situs<span class="en">Site ranges</span></h3>`,
    table(
      [{ id: "Situs", en: "Site" }, { id: "Kegunaan", en: "Purpose" }, "Prefix", "VLAN"],
      p.sites.map((s) => [esc(s.site), esc(s.purpose), code(s.prefix), esc(s.vlan)]),
    ),
    `<h3>Alamat host<span class="en">Host addresses</span></h3>`,
    table(
      ["ID", { id: "Situs", en: "Site" }, { id: "Alamat", en: "Address" }],
      p.hosts.map((h) => [code(h.id), esc(h.site), code(h.address)]),
    ),
  ].join("\n");
}

function backups(m: ReportModel): string {
  const rows = m.backupPlan.entries.map((b) => [
    code(b.app),
    esc(b.owner),
    esc(b.classification),
    `${esc(b.site)}<span class="en-text">${esc(b.failureDomain)}</span>`,
    code(b.schedule),
    `${esc(b.rpoHours)} jam / h`,
    esc(b.retentionDays),
    esc(b.media),
    `${esc(b.target)}<span class="en-text">${esc(b.targetFailureDomain)}${b.targetFailureDomain === b.failureDomain ? " (sama dengan data / same as the data)" : ""}</span>`,
    esc(b.mechanism),
    orDash(b.procedure),
  ]);
  const gaps = m.unprotected.length
    ? `<p class="note"><span class="badge s-violation">Data tanpa cadangan / data without backup: ${esc(m.unprotected.join(", "))}</span></p>`
    : "";
  return [
    gaps,
    table(
      [
        { id: "Aplikasi", en: "App" },
        { id: "Pemilik", en: "Owner" },
        { id: "Klasifikasi", en: "Classification" },
        { id: "Lokasi data", en: "Data site" },
        { id: "Jadwal (cron, UTC)", en: "Schedule" },
        "RPO",
        { id: "Retensi (hari)", en: "Retention (days)" },
        "Media",
        { id: "Target", en: "Target" },
        { id: "Mekanisme", en: "Mechanism" },
        { id: "Prosedur", en: "Procedure" },
      ],
      rows,
    ),
    `<h3>Lokasi cadangan<span class="en">Backup locations</span></h3>`,
    table(
      [
        { id: "Situs", en: "Site" },
        "Operator",
        { id: "Domain kegagalan", en: "Failure domain" },
        { id: "Penyimpanan", en: "Storage" },
        "Endpoint",
        "Bucket",
      ],
      m.backupPlan.locations.map((l) => [
        code(l.site),
        esc(l.operator),
        esc(l.failureDomain),
        esc(l.storage),
        orDash(l.endpoint),
        code(l.bucket),
      ]),
    ),
  ].join("\n");
}

function services(m: ReportModel): string {
  const c = m.serviceCatalog;
  if (!c.gateway)
    return `<p class="note">Wilayah ini belum mendeklarasikan Sistem Penghubung Layanan. <i>This region declares no gateway.</i></p>`;
  return [
    `<p class="note">${c.gateway.kind === "gsb" ? "Government Service Bus" : "Sistem Penghubung Layanan"} di / at ${code(c.gateway.site)}, dibangun oleh / built by ${code(c.gateway.builtBy)}</p>`,
    table(
      [
        { id: "Layanan", en: "Service" },
        { id: "Penyedia", en: "Provider" },
        "Path",
        { id: "Autentikasi", en: "Auth" },
        { id: "Pengguna", en: "Consumers" },
      ],
      c.services.map((s) => [
        code(s.id),
        `${code(s.provider)}${s.providerOwner ? ` (${esc(s.providerOwner)})` : ""}`,
        code(s.path),
        esc(s.auth),
        orDash(s.consumers.join(", ")),
      ]),
    ),
    `<h3>Terhubung ke<span class="en">Upstream gateways</span></h3>`,
    table(
      ["ID", { id: "Jenis", en: "Kind" }, "URL"],
      c.upstreams.map((u) => [code(u.id), esc(u.kind), code(u.url)]),
    ),
  ].join("\n");
}

export function renderHtml(m: ReportModel): string {
  const toc = (Object.keys(SECTIONS) as SectionKey[])
    .map(
      (k) =>
        `<li><a href="#${k}">${esc(SECTIONS[k].id)}<span class="en">${esc(SECTIONS[k].en)}</span></a></li>`,
    )
    .join("");
  const diagrams = `${figure(m.diagrams.wan)}\n<h3>LAN per Perangkat Daerah<span class="en">LAN of each agency (NET-04)</span></h3>\n<div class="lans">${m.diagrams.lans.map(figure).join("\n")}</div>`;
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(TITLE.id)}: ${esc(m.region.name)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(TITLE.id)}: ${esc(m.region.name)}</h1><p>${esc(TITLE.en)}</p><p>${esc(m.region.regulation.title)} · ${esc(m.today)}</p></header>
<main>
<nav class="toc" aria-label="Daftar isi"><h2>Daftar isi <span class="en">Contents</span></h2><ol>${toc}</ol></nav>
<div class="content">
${section("summary", summary(m))}
${section("matrix", matrix(m))}
${section("timeline", timeline(m))}
${section("devices", devices(m))}
${section("users", users(m))}
${section("activity", activity(m))}
${section("addresses", addresses(m))}
${section("diagrams", diagrams)}
${section("backups", backups(m))}
${section("services", services(m))}
</div>
</main>
<footer>Dibuat oleh / generated by <code>spbe report</code> dari inventaris / from the inventory <code>${esc(m.region.key)}</code>, ${esc(m.today)}.</footer>
</body>
</html>
`;
}
