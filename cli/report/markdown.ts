/**
 * The report as Markdown, the same content as index.html in the same order, for a repository or
 * a pull request; diagrams are the SVG files written beside it under `diagrams/`.
 */
import { cell } from "./escape";
import { COL, SECTIONS, TIMELINE_STATUS, TITLE, type SectionKey } from "./headings";
import { STATUS_TEXT } from "./matrix";
import { devicePlace } from "./sections";
import type { ReportModel, Text } from "./model";

type Head = Text | string;
const head = (h: Head): string => (typeof h === "string" ? h : `${h.id} / ${h.en}`);
const bi = (t: Text): string => `${t.id} / ${t.en}`;

function table(heads: Head[], rows: Array<Array<string | number | null>>): string {
  if (rows.length === 0) return "_Tidak ada data. No entries._\n";
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return (
    [
      line(heads.map((h) => cell(head(h)))),
      line(heads.map(() => "---")),
      ...rows.map((r) => line(r.map(cell))),
    ].join("\n") + "\n"
  );
}

const h2 = (k: SectionKey): string => `## ${SECTIONS[k].id}\n\n_${SECTIONS[k].en}_\n`;

export function renderMarkdown(m: ReportModel): string {
  const out: string[] = [];
  const c = m.counts;
  out.push(`# ${TITLE.id}: ${m.region.name}\n\n_${TITLE.en}_ · ${m.region.regulation.title} · ${m.today}\n`);
  out.push("## Daftar isi\n\n_Contents_\n");
  (Object.keys(SECTIONS) as SectionKey[]).forEach((k, i) =>
    out.push(`${i + 1}. [${SECTIONS[k].id} / ${SECTIONS[k].en}](#${k})`),
  );
  out.push("");

  out.push(`<a id="summary"></a>\n${h2("summary")}`);
  out.push(
    table(
      [
        { id: "Butir", en: "Item" },
        { id: "Nilai", en: "Value" },
      ],
      [
        ["Wilayah / Region", `${m.region.name} (${m.region.key}, ${m.region.kind})`],
        ["Regulasi / Regulation", `${m.region.regulation.title} (${m.region.regulation.short})`],
        ["Domain portal / Portal domain", m.region.portalDomain],
        ["Pengelola / Operator", `${m.region.dinas.name} (${m.region.dinas.id})`],
        ["Situs / sites", c.sites],
        ["Perangkat daerah / agencies", c.agencies],
        ["Aplikasi / applications", c.applications],
        ["Server kolokasi / colocation servers", c.colocation],
        ["Perangkat jaringan / network devices", c.devices],
        ["Rak / racks", c.racks],
        ["Sumber daya Pulumi / declared resources", c.resources],
        ["Pelanggaran wajib / mandatory violations", c.mandatory],
        ["Temuan anjuran / advisory findings", c.advisory],
        ["Pengecualian / exemptions", c.exempt],
      ],
    ),
  );

  out.push(`<a id="matrix"></a>\n${h2("matrix")}`);
  out.push(
    table(
      ["ID", COL.obligation, COL.citation, COL.status, COL.details],
      m.matrix.map((r) => [
        r.obligation,
        bi(r.title),
        r.citation ??
          `Tidak diatur / not required${r.requiredBy.length ? `; diwajibkan oleh / required by ${r.requiredBy.join("; ")}` : ""}`,
        `${STATUS_TEXT[r.status].id} / ${STATUS_TEXT[r.status].en}`,
        [
          ...r.findings.map(
            (f) =>
              `${f.message.id} (${f.message.en}) [${f.rule}, ${f.resource}${f.location ? `, ${f.location}` : ""}]`,
          ),
          ...r.exemptions.map(
            (e) =>
              `Dikecualikan / exempt: ${e.resource}: ${e.reason}; disetujui oleh / approved by ${e.approvedBy}; s.d. / until ${e.until}`,
          ),
        ].join("\n") || null,
      ]),
    ),
  );

  out.push(`<a id="timeline"></a>\n${h2("timeline")}`);
  const late = m.timeline.filter((t) => t.status === "overdue" || t.status === "missing").length;
  out.push(
    late
      ? `**${late} butir terlambat atau tidak ada / ${late} overdue or missing** (ditandai ⚠ / marked ⚠)\n`
      : "Tidak ada bukti yang terlambat. _Nothing is overdue._\n",
  );
  out.push(
    table(
      [COL.status, COL.what, "ID", COL.subject, COL.date, COL.due, COL.reference],
      m.timeline.map((t) => {
        const s = TIMELINE_STATUS[t.status] ?? { id: t.status, en: t.status };
        const mark = t.status === "overdue" || t.status === "missing" ? "⚠ **" : "";
        return [
          `${mark}${s.id} / ${s.en}${mark ? "**" : ""}`,
          bi(t.what),
          t.obligation,
          t.subject,
          t.date,
          t.due,
          t.reference,
        ];
      }),
    ),
  );

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
      "_Wilayah ini belum mendeklarasikan Sistem Penghubung Layanan. This region declares no gateway._\n",
    );
    return out.join("\n");
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
  return out.join("\n");
}
