/** Audit and operations: AUD-01, AUD-02, OPS-01, OPS-02. */
import type { Evidence } from "../../inventory/facts";
import {
  monthsBefore,
  yearsBefore,
  type EvidenceRule,
  type Rule,
  type RuleContext,
  type Text,
  type Violation,
} from "../rule";
import { defaultsOf, type Terms, termsFor, type Window, windowOf, windowText, word } from "../terms";
import { issuerName } from "./issuers";
import { performerFindings } from "./performers";
import { t } from "./select";

/** The oldest date still inside the window, or null where the window sets no age (interval: none). */
/** " paling sedikit setiap 2 tahun …" for a remedy; nothing where the regulation sets no interval. */
function everyText(w: Window): Text {
  return w.kind === "none"
    ? t("", "")
    : t(` paling sedikit setiap ${windowText(w).id}`, ` at least every ${windowText(w).en}`);
}

export function oldestIn(w: Window, today: string): string | null {
  if (w.kind === "none") return null;
  if (w.kind === "regulation" && w.months) return monthsBefore(today, w.months);
  return yearsBefore(today, w.years ?? 1);
}

/**
 * Who the regulation names to carry out an audit or M&E, as a remedy says it: any of `actors`
 * ("tim auditor TIK Daerah", "auditor TIK yang terakreditasi", the Dinas in the regulation's own
 * word), or all of `allOf` ("Instansi Pusat dan Pemerintah Daerah"); null where it names no one.
 * These are auditors, not builders: the Dinas-or-PD-Mandiri-TIK wording of the build rules does
 * not apply.
 */
export function performersText(
  ctx: RuleContext | null,
  terms: Terms | null,
): { id: string; en: string } | null {
  const name = (k: string, lang: "id" | "en"): string =>
    k === "dinas" ? word(ctx, "dinas", "Dinas") : issuerName(k, lang);
  const join = (ks: readonly string[], id: string, en: string) => ({
    id: ks.map((k) => name(k, "id")).join(id),
    en: ks.map((k) => name(k, "en")).join(en),
  });
  if (terms?.actors?.length) return join(terms.actors, " atau ", " or ");
  const allOf = (terms?.allOf ?? []) as readonly string[];
  return allOf.length ? join(allOf, " dan ", " and ") : null;
}

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
    description: t(
      `${what.id} secara berkala (dalam jangka waktu yang ditetapkan regulasi, di mana ia menetapkannya)`,
      `${what.en}, periodically (within the interval the regulation sets, where it sets one)`,
    ),
    remediation: (ctx) => {
      const terms = termsFor(ctx, obligation);
      const every = everyText(windowOf(terms, defaultsOf(ctx).auditIntervalYears));
      const by = performersText(ctx, terms);
      return t(
        `Lakukan ${what.id}${by ? ` oleh ${by.id}` : ""}${every.id} dan catat di security.audits { kind: ${kind}, on, by }.`,
        `Carry out the ${what.en}${by ? ` by ${by.en}` : ""}${every.en} and record it in security.audits { kind: ${kind}, on, by }.`,
      );
    },
    check(ev: Evidence, ctx: RuleContext): Violation[] {
      const last = ev.security.audits
        .filter((a) => a.kind === kind)
        .map((a) => a.on)
        .sort()
        .pop();
      if (!last)
        return [{ message: t(`Tidak ada ${what.id} yang tercatat.`, `No ${what.en} is on record.`) }];
      // Where the regulation requires the audit without an interval (Tangerang 37(2)(a)), an
      // audit of any age on record complies.
      const terms = termsFor(ctx, obligation);
      const w = windowOf(terms, defaultsOf(ctx).auditIntervalYears);
      const oldest = oldestIn(w, ctx.today);
      if (oldest === null || last >= oldest) {
        // The audits that count are those inside the window; who carried them out is the
        // regulation's to name (terms.actors / terms.allOf).
        const counted = ev.security.audits.filter(
          (a) => a.kind === kind && (oldest === null || a.on >= oldest),
        );
        return performerFindings(counted, terms, ev, what);
      }
      const span = windowText(w);
      return [
        {
          message: t(
            `${what.id[0]?.toUpperCase()}${what.id.slice(1)} terakhir ${last}, lebih lama dari ${span.id}.`,
            `The last ${what.en} was on ${last}, older than ${span.en}.`,
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
      "Perangkat Daerah dan Dinas menyediakan layanan bantuan TIK sebagaimana diatur regulasi",
      "Agencies and the Dinas provide the ICT help the regulation names",
    ),
    remediation: (ctx) => {
      const dinas = word(ctx, "dinas", "Dinas");
      if (termsFor(ctx, "OPS-01")?.allOf?.includes("meja-layanan")) {
        const desk = word(ctx, "serviceDesk", "meja layanan");
        return t(
          `Bentuk ${desk} di setiap Perangkat Daerah dan catat serviceDesk { contact } untuknya.`,
          `Form a ${desk} in every agency and record its serviceDesk { contact }.`,
        );
      }
      const tier1 = word(ctx, "serviceDesk", "Service Desk Tier 1");
      const tier2 = word(ctx, "serviceDeskDinas", "Service Desk Tier 2");
      return t(
        `Isi serviceDesk { tier: 1, contact } tiap Perangkat Daerah (${tier1}) dan { tier: 2 } ${dinas} (${tier2}).`,
        `Fill serviceDesk { tier: 1, contact } for each agency (${tier1}) and { tier: 2 } for the ${dinas} (${tier2}).`,
      );
    },
    check(ev, ctx) {
      const terms = termsFor(ctx, "OPS-01");
      // Tangerang 34(1): every PD forms a "meja layanan"; no tiers, no Dinas tier.
      if (terms?.allOf?.includes("meja-layanan")) {
        const desk = word(ctx, "serviceDesk", "meja layanan");
        return ev.agencies
          .filter((a) => !a.serviceDesk)
          .map((a) => ({
            source: a.source,
            message: t(
              `Perangkat Daerah '${a.id}' belum membentuk ${desk}.`,
              `Agency '${a.id}' has formed no ${desk}.`,
            ),
          }));
      }
      const tier1 = word(ctx, "serviceDesk", "Service Desk Tier 1");
      const tier2 = word(ctx, "serviceDeskDinas", "Service Desk Tier 2");
      const out: Violation[] = ev.agencies
        .filter((a) => a.serviceDesk?.tier !== 1)
        .map((a) => ({
          source: a.source,
          message: t(
            `Perangkat Daerah '${a.id}' tidak menunjuk ${tier1}.`,
            `Agency '${a.id}' names no ${tier1}.`,
          ),
        }));
      if (ev.dinas.serviceDesk?.tier !== 2)
        out.push({
          message: t(
            `${word(ctx, "dinas", "Dinas")} '${ev.dinas.id}' tidak membentuk ${tier2}.`,
            `The ${word(ctx, "dinas", "Dinas")} '${ev.dinas.id}' runs no ${tier2}.`,
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
      "Pemantauan dan evaluasi (paling sedikit setahun sekali di mana regulasi menetapkannya)",
      "Monitoring and evaluation, at least yearly where the regulation sets the interval",
    ),
    remediation: (ctx) => {
      const terms = termsFor(ctx, "OPS-02");
      const every = everyText(windowOf(terms, defaultsOf(ctx).recordWindowYears));
      const by = performersText(ctx, terms);
      return t(
        `Lakukan pemantauan dan evaluasi${by ? ` oleh ${by.id}` : ""}${every.id} dan catat security.monitoringEvaluation { lastOn, by }.`,
        `Carry out monitoring and evaluation${by ? ` by ${by.en}` : ""}${every.en} and record security.monitoringEvaluation { lastOn, by }.`,
      );
    },
    check(ev, ctx) {
      const me = ev.security.monitoringEvaluation;
      if (!me)
        return [
          {
            message: t(
              "Tidak ada pemantauan dan evaluasi yang tercatat (security.monitoringEvaluation).",
              "No monitoring and evaluation is on record (security.monitoringEvaluation).",
            ),
          },
        ];
      // Prabumulih 44(1) sets no interval: a record of any age complies.
      const last = me.lastOn;
      const terms = termsFor(ctx, "OPS-02");
      const w = windowOf(terms, defaultsOf(ctx).recordWindowYears);
      const oldest = oldestIn(w, ctx.today);
      if (oldest === null || last >= oldest)
        return performerFindings([me], terms, ev, t("Pemantauan dan evaluasi", "monitoring and evaluation"));
      const span = windowText(w);
      return [
        {
          message: t(
            `Pemantauan dan evaluasi terakhir ${last}, lebih lama dari ${span.id}.`,
            `The last monitoring and evaluation was on ${last}, older than ${span.en}.`,
          ),
        },
      ];
    },
  },
];
