/** Audit and operations: AUD-01, AUD-02, OPS-01, OPS-02. */
import type { Evidence } from "../../inventory/facts";
import { yearsBefore, type EvidenceRule, type Rule, type RuleContext, type Violation } from "../rule";
import type { RegulationKey } from "../regulations";
import { t } from "./select";

export const AUDIT_INTERVAL_YEARS = 2;
/**
 * Regulations that require the audit without setting an interval (regulations/tangerang.yaml: Tangerang
 * 37(2)(a) "no interval set"): there the rule asks for an audit on record, not a recent one.
 */
export const AUDIT_WITHOUT_INTERVAL: readonly RegulationKey[] = ["tangerang"];

function auditRule(
  obligation: "AUD-01" | "AUD-02",
  kind: "infrastruktur" | "keamanan",
  slug: string,
): EvidenceRule {
  const what =
    kind === "infrastruktur"
      ? t("audit infrastruktur", "infrastructure audit")
      : t("audit keamanan infrastruktur", "infrastructure security audit");
  return {
    obligation,
    name: `spbe-${obligation.toLowerCase()}-${slug}`,
    section: "security.audits",
    kind: "evidence",
    severity: "medium",
    description: t(`${what.id} paling sedikit 2 tahun sekali`, `${what.en} at least every 2 years`),
    remediation: t(
      `Lakukan ${what.id} dan catat di security.audits { kind: ${kind}, on, by }.`,
      `Carry out the ${what.en} and record it in security.audits { kind: ${kind}, on, by }.`,
    ),
    check(ev: Evidence, ctx: RuleContext): Violation[] {
      const last = ev.security.audits
        .filter((a) => a.kind === kind)
        .map((a) => a.on)
        .sort()
        .pop();
      if (!last)
        return [{ message: t(`Tidak ada ${what.id} yang tercatat.`, `No ${what.en} is on record.`) }];
      if (AUDIT_WITHOUT_INTERVAL.includes(ctx.regulation)) return [];
      const oldest = yearsBefore(ctx.today, AUDIT_INTERVAL_YEARS);
      if (last >= oldest) return [];
      return [
        {
          message: t(
            `${what.id[0]?.toUpperCase()}${what.id.slice(1)} terakhir ${last}, lebih dari ${AUDIT_INTERVAL_YEARS} tahun lalu.`,
            `The last ${what.en} was on ${last}, over ${AUDIT_INTERVAL_YEARS} years ago.`,
          ),
        },
      ];
    },
  };
}

export const auditOperasiRules: Rule[] = [
  auditRule("AUD-01", "infrastruktur", "infrastructure-audit"),
  auditRule("AUD-02", "keamanan", "security-audit"),
  {
    obligation: "OPS-01",
    name: "spbe-ops-01-service-desk",
    section: "dinas",
    kind: "evidence",
    severity: "low",
    description: t(
      "Setiap Perangkat Daerah menunjuk Service Desk Tier 1; Dinas Tier 2",
      "Every agency names a Tier 1 service desk; the Dinas runs Tier 2",
    ),
    remediation: t(
      "Isi serviceDesk { tier: 1, contact } tiap Perangkat Daerah dan { tier: 2 } Dinas.",
      "Fill serviceDesk { tier: 1, contact } for each agency and { tier: 2 } for the Dinas.",
    ),
    check(ev) {
      const out: Violation[] = ev.agencies
        .filter((a) => a.serviceDesk?.tier !== 1)
        .map((a) => ({
          source: a.source,
          message: t(
            `Perangkat Daerah '${a.id}' tidak menunjuk Service Desk Tier 1.`,
            `Agency '${a.id}' names no Tier 1 service desk.`,
          ),
        }));
      if (ev.dinas.serviceDesk?.tier !== 2)
        out.push({
          message: t(
            `Dinas '${ev.dinas.id}' tidak menjalankan Service Desk Tier 2.`,
            `The Dinas '${ev.dinas.id}' runs no Tier 2 service desk.`,
          ),
        });
      return out;
    },
  },
  {
    obligation: "OPS-02",
    name: "spbe-ops-02-yearly-evaluation",
    section: "security",
    kind: "evidence",
    severity: "low",
    description: t(
      "Pemantauan dan evaluasi paling sedikit setahun sekali",
      "Monitoring and evaluation at least yearly",
    ),
    remediation: t(
      "Lakukan pemantauan dan evaluasi dan catat security.monitoringEvaluation.lastOn.",
      "Carry out monitoring and evaluation and record security.monitoringEvaluation.lastOn.",
    ),
    check(ev, ctx) {
      const last = ev.security.monitoringEvaluation?.lastOn;
      if (last && last >= yearsBefore(ctx.today, 1)) return [];
      return [
        {
          message: t(
            `Pemantauan dan evaluasi terakhir: ${last ?? "tidak ada"} (harus dalam setahun terakhir).`,
            `Last monitoring and evaluation: ${last ?? "none"} (must be within the last year).`,
          ),
        },
      ];
    },
  },
];
