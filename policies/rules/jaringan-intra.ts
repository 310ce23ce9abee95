/** Jaringan Intra (WAN/LAN): NET-01 … NET-10. */
import { LABEL, ROLE } from "../../inventory/facts";
import { monthsBefore, objectName, yearsBefore, type Rule, type Violation } from "../rule";
import {
  agencyNamespaces,
  describe,
  dinasIdOf,
  evidenceOf,
  isAgencyOperator,
  t,
  underDomain,
  withRole,
} from "./select";

/** NET-09: bandwidth is evaluated monthly; one month and a week of grace for the report to land. */
export const BANDWIDTH_EVALUATION_DAYS_GRACE = 7;

function approvalGaps(a: { operasi?: unknown; keamanan?: unknown } | null | undefined): string[] {
  const out: string[] = [];
  if (!a?.operasi) out.push("kelaikan operasi / operational fitness (operasi)");
  if (!a?.keamanan) out.push("kelaikan keamanan / security fitness (keamanan)");
  return out;
}

export const jaringanIntraRules: Rule[] = [
  {
    obligation: "NET-01",
    name: "spbe-net-01-no-bypass-service",
    kind: "stack",
    severity: "high",
    description: t(
      "Pertukaran data Perangkat Daerah melalui Jaringan Intra",
      "Agencies exchange data over the Jaringan Intra",
    ),
    remediation: t(
      "Gunakan Service ClusterIP dan ekspos aplikasi melalui edge (Ingress) dan Sistem Penghubung Layanan.",
      "Use a ClusterIP Service and expose the app through the edge (Ingress) and the gateway.",
    ),
    check(views) {
      const owners = agencyNamespaces(views);
      return views.flatMap((v): Violation[] => {
        if (v.kind !== "Service" || !v.namespace || !owners.has(v.namespace)) return [];
        const type = ((v.props.spec ?? {}) as Record<string, unknown>).type;
        if (type !== "LoadBalancer" && type !== "NodePort") return [];
        return [
          {
            urn: v.urn,
            message: t(
              `${describe(v)} milik '${owners.get(v.namespace)}' bertipe ${type}, melewati edge dan gateway Jaringan Intra.`,
              `${describe(v)} of '${owners.get(v.namespace)}' is of type ${type}, bypassing the Jaringan Intra's edge and gateway.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-02",
    name: "spbe-net-02-dinas-runs-wan",
    kind: "stack",
    severity: "medium",
    description: t("Dinas membangun dan mengoperasikan WAN", "The Dinas builds and runs the WAN"),
    remediation: t(
      "Serahkan perangkat edge/WAN kepada Dinas (operator).",
      "Hand the edge/WAN devices over to the Dinas (operator).",
    ),
    check(views) {
      const dinas = dinasIdOf(views, evidenceOf(views));
      return withRole(views, ROLE.edge)
        .filter((v) => v.labels[LABEL.operator] && isAgencyOperator(v.labels[LABEL.operator] ?? "", dinas))
        .map((v) => ({
          urn: v.urn,
          message: t(
            `${describe(v)} (edge WAN) dioperasikan oleh '${v.labels[LABEL.operator]}', bukan Dinas '${dinas ?? "?"}'.`,
            `${describe(v)} (WAN edge) is operated by '${v.labels[LABEL.operator]}', not the Dinas '${dinas ?? "?"}'.`,
          ),
        }));
    },
  },
  {
    obligation: "NET-03",
    name: "spbe-net-03-lan-builder",
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
      if (gaps.length === 0) return [];
      return [
        {
          message: t(
            `Jaringan Intra belum memiliki: ${gaps.join(", ")}.`,
            `The Jaringan Intra lacks: ${gaps.join(", ")}.`,
          ),
        },
      ];
    },
  },
  {
    obligation: "NET-07",
    name: "spbe-net-07-security-devices",
    kind: "evidence",
    severity: "high",
    description: t(
      "Keamanan Jaringan Intra dikendalikan dengan perangkat keamanan",
      "Jaringan Intra security is controlled with security devices",
    ),
    remediation: t(
      "Terapkan kontrol firewall dan ids-ips, dan pasang TLS pada setiap Ingress yang terbuka ke internet.",
      "Apply the firewall and ids-ips controls, and TLS on every internet-facing Ingress.",
    ),
    check(ev, _ctx, views) {
      const out: Violation[] = [];
      const missing = ["firewall", "ids-ips"].filter((c) => !ev.security.controls.includes(c));
      if (missing.length)
        out.push({
          message: t(
            `Perangkat keamanan jaringan belum diterapkan: ${missing.join(", ")}.`,
            `Network security devices missing: ${missing.join(", ")}.`,
          ),
        });
      for (const v of views) {
        if (v.kind !== "Ingress" || v.labels[LABEL.exposure] !== "internet") continue;
        const tls = ((v.props.spec ?? {}) as Record<string, unknown>).tls;
        if (Array.isArray(tls) && tls.length > 0) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} terbuka ke internet tanpa TLS.`,
            `${describe(v)} is internet-facing without TLS.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "NET-08",
    name: "spbe-net-08-network-standard",
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
  {
    obligation: "NET-10",
    name: "spbe-net-10-portal-domain",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Situs web Perangkat Daerah di bawah domain portal wilayah",
      "Agency websites are under the regional portal domain",
    ),
    remediation: t(
      "Gunakan subdomain portal wilayah untuk domain aplikasi.",
      "Use a subdomain of the regional portal for the application's domain.",
    ),
    check(ev, _ctx, views) {
      const portal = ev.region.portalDomain;
      const out: Violation[] = [];
      for (const a of ev.applications)
        if (a.domain && !underDomain(a.domain, portal))
          out.push({
            source: a.source,
            message: t(
              `Domain aplikasi '${a.id}' (${a.owner}) adalah '${a.domain}', di luar domain portal '${portal}'.`,
              `The domain of application '${a.id}' (${a.owner}) is '${a.domain}', outside the portal domain '${portal}'.`,
            ),
          });
      const declared = new Set(ev.applications.map((a) => a.domain).filter((d): d is string => !!d));
      for (const v of views) {
        if (v.kind !== "Ingress") continue;
        const rules = ((v.props.spec ?? {}) as Record<string, unknown>).rules;
        for (const r of Array.isArray(rules) ? (rules as Array<Record<string, unknown>>) : []) {
          const host = r?.host;
          if (typeof host !== "string" || underDomain(host, portal) || declared.has(host)) continue;
          out.push({
            urn: v.urn,
            message: t(
              `Ingress '${objectName(v)}' melayani host '${host}', di luar domain portal '${portal}'.`,
              `Ingress '${objectName(v)}' serves host '${host}', outside the portal domain '${portal}'.`,
            ),
          });
        }
      }
      return out;
    },
  },
];
