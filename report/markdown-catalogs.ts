/**
 * The catalog sections of the Markdown report (devices, users and authority, activity records,
 * address plan, diagrams, backup plan, service catalog), in the order of index.html.
 */
import { bi, h2, table } from "./markdown-parts";
import type { ReportModel } from "./model";
import { networkSections } from "./markdown-network";
import { devicePlace } from "./sections";

export function catalogSections(m: ReportModel): string[] {
  const out: string[] = [];
  out.push(`<a id="devices"></a>\n${h2("devices")}`);
  out.push(
    "### Situs / Sites\n",
    table(
      [
        "ID",
        "Jenis / Kind",
        "Operator",
        "Kota / City",
        "Domain kegagalan / Failure domain",
        "Platform",
        "Standar / Standard",
      ],
      m.sites.map((s) => [s.id, s.kind, s.operator, s.city, s.failureDomain, s.platform, s.standard]),
    ),
  );
  out.push(
    "### Elevasi rak / Rack elevations\n",
    m.diagrams.racks.map((d) => `![${d.title.id}](diagrams/${d.file})`).join("\n") ||
      "_Tidak ada rak. No racks._",
    "",
  );
  const heads = [
    "ID",
    "Jenis / Kind",
    "Pemilik / Owner",
    "Situs / Site",
    "Letak / Place",
    "Model",
    "Daya (W) / Power (W)",
    "Alamat / Address",
  ];
  const row = (d: ReportModel["devices"][number]) => [
    d.id,
    d.kind,
    d.owner,
    d.site,
    devicePlace(d),
    d.model,
    d.powerW,
    d.address,
  ];
  out.push(
    "### Perangkat jaringan / Network devices\n",
    table(heads, m.devices.filter((d) => d.kind !== "colocation-server").map(row)),
  );
  out.push(
    "### Server kolokasi / Colocation servers\n",
    table(heads, m.devices.filter((d) => d.kind === "colocation-server").map(row)),
  );

  out.push(...networkSections(m));
  out.push(`<a id="users"></a>\n${h2("users")}`);
  out.push(
    "### Perangkat Daerah / Agencies\n",
    table(
      ["ID", "Nama / Name", "PD Mandiri TIK", "Service desk", "Situs LAN / LAN site"],
      m.agencies.map((a) => [
        a.id,
        a.name,
        a.mandiriTik ? "ya / yes" : "tidak / no",
        a.serviceDesk,
        a.lanSite,
      ]),
    ),
  );
  out.push(
    "### Hak akses / Access grants\n",
    table(
      [
        "Perangkat Daerah / Agency",
        "Namespace",
        "Subjek / Subject",
        "Jenis / Kind",
        "Peran / Role",
        "Asal / Origin",
      ],
      m.users.map((u) => [
        u.agency,
        u.namespace,
        u.subject,
        u.kind,
        u.role,
        u.defaulted ? "bawaan / default" : "inventaris / inventory",
      ]),
    ),
  );

  out.push(`<a id="activity"></a>\n${h2("activity")}`);
  const a = m.activityRecords;
  out.push(
    table(
      ["Pengaturan / Setting", "Nilai / Value"],
      [
        ["Tingkat audit Kubernetes / Kubernetes audit level", a.auditLevel],
        ["Masa simpan / retention", `${a.retentionDays} hari / days`],
        ["Dikirim oleh / shipped by", a.shippedBy],
        ["Sumber catatan / record sources", a.sources.join(", ")],
        ["Kendali keamanan / security controls", m.controls.join(", ")],
      ],
    ),
  );

  out.push(`<a id="addresses"></a>\n${h2("addresses")}`, `Supernet \`${m.addressPlan.supernet}\`\n`);
  out.push(
    "### Perangkat Daerah / Agencies\n",
    table(
      [
        "Perangkat Daerah / Agency",
        "LAN",
        "Gateway",
        "VLAN",
        "WAN link",
        "Inti / Core end",
        "Ujung PD / Agency end",
      ],
      m.addressPlan.agencies.map((x) => [
        x.agency,
        x.lan,
        x.gateway,
        x.vlan,
        x.wan.prefix,
        x.wan.core,
        x.wan.agency,
      ]),
    ),
  );
  out.push(
    "### Rentang situs / Site ranges\n",
    table(
      ["Situs / Site", "Kegunaan / Purpose", "Prefix", "VLAN"],
      m.addressPlan.sites.map((s) => [s.site, s.purpose, s.prefix, s.vlan]),
    ),
  );
  out.push(
    "### Alamat host / Host addresses\n",
    table(
      ["ID", "Situs / Site", "Alamat / Address"],
      m.addressPlan.hosts.map((h) => [h.id, h.site, h.address]),
    ),
  );

  out.push(`<a id="diagrams"></a>\n${h2("diagrams")}`);
  out.push(
    `### ${bi(m.diagrams.wan.title)}\n\n![${m.diagrams.wan.title.id}](diagrams/${m.diagrams.wan.file})\n`,
  );
  for (const d of m.diagrams.lans) out.push(`### ${bi(d.title)}\n\n![${d.title.id}](diagrams/${d.file})\n`);

  out.push(`<a id="backups"></a>\n${h2("backups")}`);
  if (m.unprotected.length)
    out.push(`**Data tanpa cadangan / data without backup:** ${m.unprotected.join(", ")}\n`);
  out.push(
    table(
      [
        "Aplikasi / App",
        "Pemilik / Owner",
        "Klasifikasi / Classification",
        "Lokasi data / Data site",
        "Jadwal (cron, UTC) / Schedule",
        "RPO (jam / h)",
        "Retensi (hari) / Retention (days)",
        "Media",
        "Target",
        "Mekanisme / Mechanism",
        "Prosedur / Procedure",
      ],
      m.backupPlan.entries.map((b) => [
        b.app,
        b.owner,
        b.classification,
        `${b.site} (${b.failureDomain})`,
        b.schedule,
        b.rpoHours,
        b.retentionDays,
        b.media,
        `${b.target} (${b.targetFailureDomain})${b.targetFailureDomain === b.failureDomain ? " ⚠ sama dengan data / same as the data" : ""}`,
        b.mechanism,
        b.procedure,
      ]),
    ),
  );
  out.push(
    "### Lokasi cadangan / Backup locations\n",
    table(
      [
        "Situs / Site",
        "Operator",
        "Domain kegagalan / Failure domain",
        "Penyimpanan / Storage",
        "Endpoint",
        "Bucket",
      ],
      m.backupPlan.locations.map((l) => [
        l.site,
        l.operator,
        l.failureDomain,
        l.storage,
        l.endpoint,
        l.bucket,
      ]),
    ),
  );

  out.push(`<a id="services"></a>\n${h2("services")}`);
  const sc = m.serviceCatalog;
  if (!sc.gateway) {
    out.push(
      "_Daerah ini belum mendeklarasikan Sistem Penghubung Layanan. This region declares no gateway._\n",
    );
    return out;
  }
  out.push(
    `${sc.gateway.kind === "gsb" ? "Government Service Bus" : "Sistem Penghubung Layanan"} di / at \`${sc.gateway.site}\`, dibangun oleh / built by \`${sc.gateway.builtBy}\`\n`,
  );
  out.push(
    table(
      ["Layanan / Service", "Penyedia / Provider", "Path", "Autentikasi / Auth", "Pengguna / Consumers"],
      sc.services.map((s) => [
        s.id,
        s.providerOwner ? `${s.provider} (${s.providerOwner})` : s.provider,
        s.path,
        s.auth,
        s.consumers.join(", "),
      ]),
    ),
  );
  out.push(
    "### Terhubung ke / Upstream gateways\n",
    table(
      ["ID", "Jenis / Kind", "URL"],
      sc.upstreams.map((u) => [u.id, u.kind, u.url]),
    ),
  );
  return out;
}
