/**
 * The report as Markdown, the same content as index.html in the same order, for a repository or
 * a pull request; diagrams are the SVG files written beside it under `diagrams/`.
 */
import { COL, SECTIONS, TIMELINE_STATUS, TITLE, type SectionKey } from "./headings";
import { catalogSections } from "./markdown-catalogs";
import { mdCode, mdEscape } from "../review/markdown";
import { bi, h2, table } from "./markdown-parts";
import { verdictText } from "./matrix";
import type { ReportModel } from "./model";

export function renderMarkdown(m: ReportModel): string {
  const out: string[] = [];
  const c = m.counts;
  out.push(
    `# ${TITLE.id}: ${mdEscape(m.region.name)}\n\n_${TITLE.en}_ · ${mdEscape(m.region.regulation.title)} · ${m.today}\n`,
  );
  const p = m.provenance;
  if (p)
    out.push(
      `${mdEscape(`${p.tool} ${p.version}`)} · commit ${mdCode(p.commit ?? "-")} · ${mdEscape(p.generated)} · ${mdCode(p.inventoryHash)} (${p.files.map(mdCode).join(", ")})\n`,
    );
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
        ["Daerah / Region", `${m.region.name} (${m.region.key}, ${m.region.kind})`],
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
        `${verdictText(r).id} / ${verdictText(r).en}`,
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

  if (m.otherFindings.length) {
    out.push("### Temuan lain / Other findings\n");
    for (const f of m.otherFindings) out.push(`- **${f.enforcement}** ${bi(f.message)} (\`${f.rule}\`)`);
    out.push("");
  }

  out.push(`<a id="timeline"></a>\n${h2("timeline")}`);
  const late = m.timeline.filter((t) => t.status === "overdue" || t.status === "missing").length;
  out.push(
    late
      ? `**${late} butir terlambat atau tidak ada / ${late} overdue or missing** (ditandai ⚠ / marked ⚠)\n`
      : "Tidak ada bukti yang terlambat. _Nothing is overdue._\n",
  );
  out.push(
    table(
      [COL.status, COL.what, "ID", COL.subject, COL.date, COL.due, COL.interval, COL.reference],
      m.timeline.map((t) => {
        const s = TIMELINE_STATUS[t.status] ?? { id: t.status, en: t.status };
        const behind = t.status === "overdue" || t.status === "missing";
        return [
          behind ? { md: `⚠ **${mdEscape(`${s.id} / ${s.en}`)}**` } : `${s.id} / ${s.en}`,
          bi(t.what),
          t.obligation,
          t.subject,
          t.date,
          t.due,
          t.interval ? bi(t.interval) : null,
          t.reference,
        ];
      }),
    ),
  );

  out.push(...catalogSections(m));
  return out.join("\n");
}
