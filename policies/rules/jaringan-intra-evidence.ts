/** Jaringan Intra, the paper trail: NET-03 … NET-06, NET-08, NET-09 (from the evidence ConfigMap). */
import { monthsBefore, yearsBefore, type Rule, type Violation } from "../rule";
import { t } from "./select";

/** NET-09: bandwidth is evaluated monthly; one month and a week of grace for the report to land. */
export const BANDWIDTH_EVALUATION_DAYS_GRACE = 7;

function approvalGaps(a: { operasi?: unknown; keamanan?: unknown } | null | undefined): {
  id: string[];
  en: string[];
} {
  const out = { id: [] as string[], en: [] as string[] };
  if (!a?.operasi) {
    out.id.push("kelaikan operasi (operasi)");
    out.en.push("operational fitness (operasi)");
  }
  if (!a?.keamanan) {
    out.id.push("kelaikan keamanan (keamanan)");
    out.en.push("security fitness (keamanan)");
  }
  return out;
}

export const jaringanIntraEvidenceRules: Rule[] = [
  {
    obligation: "NET-03",
    name: "spbe-net-03-lan-builder",
    section: "agencies",
    kind: "evidence",
    severity: "low",
    description: t(
      "LAN dibangun PD Mandiri TIK sendiri atau oleh Dinas",
      "The LAN is built by a PD Mandiri TIK itself or by the Dinas",
    ),
    remediation: t(
      "LAN Perangkat Daerah non-Mandiri TIK dibangun oleh Dinas (lan.builtBy: <id dinas>).",
      "A non-Mandiri-TIK agency's LAN is built by the Dinas (lan.builtBy: <dinas id>).",
    ),
    check(ev) {
      return ev.agencies.flatMap((a): Violation[] => {
        const by = a.lanBuiltBy;
        if (!by || by === ev.dinas.id || (by === a.id && a.mandiriTik)) return [];
        return [
          {
            source: a.source,
            message: t(
              `LAN '${a.id}' dibangun oleh '${by}', padahal ${by === a.id ? "Perangkat Daerah ini bukan PD Mandiri TIK" : "hanya Dinas atau PD itu sendiri yang boleh"}.`,
              `The LAN of '${a.id}' was built by '${by}', but ${by === a.id ? "this agency is not a PD Mandiri TIK" : "only the Dinas or the agency itself may"}.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-04",
    name: "spbe-net-04-lan-diagram-yearly",
    section: "agencies",
    kind: "evidence",
    severity: "low",
    description: t(
      "Diagram LAN diserahkan paling sedikit setahun sekali",
      "The LAN diagram is submitted at least yearly",
    ),
    remediation: t(
      "Serahkan diagram LAN terbaru dan catat lan.diagramSubmittedOn.",
      "Submit the current LAN diagram and record lan.diagramSubmittedOn.",
    ),
    check(ev, ctx) {
      const oldest = yearsBefore(ctx.today, 1);
      return ev.agencies.flatMap((a): Violation[] => {
        const on = a.lanDiagramSubmittedOn;
        if (on && on >= oldest) return [];
        return [
          {
            source: a.source,
            message: on
              ? t(
                  `Diagram LAN '${a.id}' terakhir diserahkan ${on}, lebih dari setahun lalu.`,
                  `The LAN diagram of '${a.id}' was last submitted on ${on}, over a year ago.`,
                )
              : t(
                  `Diagram LAN '${a.id}' belum pernah diserahkan.`,
                  `The LAN diagram of '${a.id}' has never been submitted.`,
                ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-05",
    name: "spbe-net-05-intra-interconnect",
    section: "network.interconnects",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Jaringan Intra terinterkoneksi dengan instansi pusat dan/atau daerah lain",
      "The Jaringan Intra interconnects with the central government and/or other regions",
    ),
    remediation: t(
      "Tambahkan network.interconnects { kind: jip-pusat | jip-daerah }.",
      "Add network.interconnects { kind: jip-pusat | jip-daerah }.",
    ),
    check(ev) {
      if (ev.network.interconnects.some((i) => i.kind === "jip-pusat" || i.kind === "jip-daerah")) return [];
      return [
        {
          message: t(
            "Jaringan Intra tidak terinterkoneksi dengan jaringan intra pusat maupun daerah lain.",
            "The Jaringan Intra has no interconnect to the central or another region's intra network.",
          ),
        },
      ];
    },
  },
  {
    obligation: "NET-06",
    name: "spbe-net-06-fitness-approvals",
    section: "network",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Penggunaan Jaringan Intra memiliki kelaikan operasi dan keamanan",
      "Jaringan Intra use has operational and security fitness approvals",
    ),
    remediation: t(
      "Catat network.approvals.operasi dan .keamanan (nomor surat, tanggal).",
      "Record network.approvals.operasi and .keamanan (letter number, date).",
    ),
    check(ev) {
      const gaps = approvalGaps(ev.network.approvals);
      if (gaps.id.length === 0) return [];
      return [
        {
          message: t(
            `Jaringan Intra belum memiliki ${gaps.id.join(" dan ")}.`,
            `The Jaringan Intra lacks ${gaps.en.join(" and ")}.`,
          ),
        },
      ];
    },
  },
  {
    obligation: "NET-08",
    name: "spbe-net-08-network-standard",
    section: "network",
    kind: "evidence",
    severity: "low",
    description: t(
      "Perangkat dan pengelolaan jaringan terstandar",
      "Network devices and management are standardized",
    ),
    remediation: t(
      "Catat network.standard { name, attestedOn }.",
      "Record network.standard { name, attestedOn }.",
    ),
    check(ev) {
      if (ev.network.standard) return [];
      return [
        {
          message: t(
            "Standar perangkat dan ruang jaringan tidak dicatat (network.standard).",
            "The network device and room standard is not recorded (network.standard).",
          ),
        },
      ];
    },
  },
  {
    obligation: "NET-09",
    name: "spbe-net-09-bandwidth-managed",
    section: "network",
    kind: "evidence",
    severity: "low",
    description: t(
      "Bandwidth diusulkan, ditetapkan, dipantau dan dievaluasi bulanan",
      "Bandwidth is proposed, set, monitored and evaluated monthly",
    ),
    remediation: t(
      "Isi bandwidthMbps tiap Perangkat Daerah, aktifkan network.bandwidth.monitoring dan catat evaluasi bulanan (lastEvaluatedOn).",
      "Fill each agency's bandwidthMbps, enable network.bandwidth.monitoring and record the monthly evaluation (lastEvaluatedOn).",
    ),
    check(ev, ctx) {
      const out: Violation[] = [];
      for (const a of ev.agencies)
        if (!a.bandwidthMbps)
          out.push({
            source: a.source,
            message: t(
              `Bandwidth '${a.id}' tidak diusulkan/ditetapkan.`,
              `No bandwidth is proposed/granted for '${a.id}'.`,
            ),
          });
      const bw = ev.network.bandwidth;
      if (!bw?.monitoring)
        out.push({
          message: t("Bandwidth tidak dipantau otomatis.", "Bandwidth is not monitored automatically."),
        });
      const oldest = monthsBefore(ctx.today, 1);
      const graceOk = (d: string) =>
        d >= oldest || Date.parse(oldest) - Date.parse(d) <= BANDWIDTH_EVALUATION_DAYS_GRACE * 86_400_000;
      if (!bw?.lastEvaluatedOn || !graceOk(bw.lastEvaluatedOn))
        out.push({
          message: t(
            `Evaluasi bandwidth bulanan terakhir: ${bw?.lastEvaluatedOn ?? "tidak ada"}.`,
            `Last monthly bandwidth evaluation: ${bw?.lastEvaluatedOn ?? "none"}.`,
          ),
        });
      return out;
    },
  },
];
