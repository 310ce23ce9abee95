/**
 * The catalog sections of the HTML report: devices and racks, users and authority, activity
 * records, address plan, backup plan and the gateway's service catalog, each a stack output.
 */
import { esc } from "./escape";
import { code, figure, nw, orDash, table, type Head } from "./html-parts";
import type { ReportModel } from "./model";
import { devicePlace } from "./sections";

export function devices(m: ReportModel): string {
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

export function users(m: ReportModel): string {
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

export function activity(m: ReportModel): string {
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

export function addresses(m: ReportModel): string {
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

export function backups(m: ReportModel): string {
  const rows = m.backupPlan.entries.map((b) => [
    `${code(b.app)}<span class="en-text">${esc(b.owner)}</span>`,
    esc(b.classification),
    `${nw(b.site)}<span class="en-text nw">${esc(b.failureDomain)}</span>`,
    code(b.schedule),
    nw(`${b.rpoHours} jam / h`),
    esc(b.retentionDays),
    `${esc(b.media)}<span class="en-text">${esc(b.mechanism)}</span>`,
    `${nw(b.target)}<span class="en-text nw">${esc(b.targetFailureDomain)}${b.targetFailureDomain === b.failureDomain ? " (sama dengan data / same as the data)" : ""}</span>`,
    orDash(b.procedure),
  ]);
  const gaps = m.unprotected.length
    ? `<p class="note"><span class="badge s-violation">Data tanpa cadangan / data without backup: ${esc(m.unprotected.join(", "))}</span></p>`
    : "";
  return [
    gaps,
    table(
      [
        { id: "Aplikasi (pemilik)", en: "App (owner)" },
        { id: "Klasifikasi", en: "Classification" },
        { id: "Lokasi data", en: "Data site" },
        { id: "Jadwal", en: "Schedule (cron, UTC)" },
        "RPO",
        { id: "Retensi", en: "Retention (days)" },
        { id: "Media (mekanisme)", en: "Media (mechanism)" },
        { id: "Target", en: "Target" },
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

export function services(m: ReportModel): string {
  const c = m.serviceCatalog;
  if (!c.gateway)
    return `<p class="note">Daerah ini belum mendeklarasikan Sistem Penghubung Layanan. <i>This region declares no gateway.</i></p>`;
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
