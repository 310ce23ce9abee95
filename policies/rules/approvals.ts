/**
 * Fitness approvals (pertimbangan kelaikan operasi / keamanan: NET-06, SPL-04) checked on the
 * regulation's terms: each required approval present; issued by whom the regulation names (PPU:
 * the ministry and BSSN; Prabumulih: the Dinas), or, where it names no one, by the toolkit's
 * default issuers (labelled, advisory); and not older than the toolkit's default age (labelled,
 * advisory: no regulation sets one).
 */
import type { DatedApproval, Evidence } from "../../inventory/facts";
import { toolkitDefault } from "../defaults";
import { type RuleContext, type Text, type Violation, yearsBefore } from "../rule";
import { defaultsOf, issuersText, type Terms, termsFor, word } from "../terms";
import { issuerName, issuerOf, issuerSatisfies } from "./issuers";
import { t } from "./select";

type Approvals = { operasi?: DatedApproval; keamanan?: DatedApproval } | null | undefined;

export function approvalFindings(
  subject: { id: string; en: string },
  approvals: Approvals,
  terms: Terms | null,
  ctx: RuleContext,
  ev: Evidence,
): Violation[] {
  const out: Violation[] = [];
  const fitness = word(ctx, "fitness", "persetujuan");
  const d = defaultsOf(ctx);
  // The approvals the regulation lists (Tangerang 21(2)(c)-(d): both); both where it lists none.
  const kinds = (["operasi", "keamanan"] as const).filter((k) => !terms?.allOf || terms.allOf.includes(k));
  for (const kind of kinds) {
    const a = approvals?.[kind];
    const what = t(
      `${fitness} ${kind}`,
      `${kind === "operasi" ? "operational" : "security"} fitness approval (${fitness} ${kind})`,
    );
    if (!a) {
      out.push({
        message: t(`${subject.id} belum memiliki ${what.id}.`, `${subject.en} lacks the ${what.en}.`),
      });
      continue;
    }
    const named = terms?.issuers?.[kind] ?? terms?.issuers?.any;
    const expected = named ?? d.fitnessIssuers[kind];
    const label = named ? t("", "") : toolkitDefault(t("penerbit yang diharapkan", "expected issuer"));
    const got = issuerOf(a, ev);
    const names = (lang: "id" | "en") =>
      expected.map((k) => issuerName(k, lang)).join(lang === "id" ? " atau " : " or ");
    if (got === null)
      out.push({
        advisoryOnly: !named,
        message: t(
          `${what.id} ${a.reference} tidak mencatat penerbitnya (by); harus dari ${names("id")}${label.id}.`,
          `The ${what.en} ${a.reference} does not record its issuer (by); it must come from ${names("en")}${label.en}.`,
        ),
      });
    else if (!expected.some((k) => issuerSatisfies(got, k)))
      out.push({
        advisoryOnly: !named,
        message: t(
          `${what.id} ${a.reference} diterbitkan oleh '${a.by ?? a.issuer?.name ?? got}', bukan oleh ${names("id")}${label.id}.`,
          `The ${what.en} ${a.reference} was issued by '${a.by ?? a.issuer?.name ?? got}', not by ${names("en")}${label.en}.`,
        ),
      });
    if (a.date < yearsBefore(ctx.today, d.approvalValidYears)) {
      const l = toolkitDefault(t(`${d.approvalValidYears} tahun`, `${d.approvalValidYears} years`));
      out.push({
        advisoryOnly: true,
        message: t(
          `${what.id} ${a.reference} bertanggal ${a.date}, lebih tua dari ${d.approvalValidYears} tahun${l.id}.`,
          `The ${what.en} ${a.reference} is dated ${a.date}, older than ${d.approvalValidYears} years${l.en}.`,
        ),
      });
    }
  }
  return out;
}

/**
 * The remedy of a fitness-approval rule: record both approvals, each from whom the regulation
 * names (or the toolkit's default issuers, labelled once), in the regulation's word for them.
 */
export function approvalRemedy(ctx: RuleContext | null, obligationId: string, path: string): Text {
  const fitness = word(ctx, "fitness", "persetujuan");
  const terms = termsFor(ctx, obligationId);
  const d = defaultsOf(ctx);
  let defaulted = false;
  const part = (kind: "operasi" | "keamanan"): Text => {
    const named = terms?.issuers?.[kind] ?? terms?.issuers?.any;
    if (!named) defaulted = true;
    const who = issuersText(ctx, named ?? d.fitnessIssuers[kind], issuerName);
    return t(
      `${path}.${kind} (${fitness} ${kind} dari ${who.id})`,
      `${path}.${kind} (the ${kind === "operasi" ? "operational" : "security"} approval, ${fitness} ${kind}, from ${who.en})`,
    );
  };
  const [o, k] = [part("operasi"), part("keamanan")];
  const label = defaulted ? toolkitDefault(t("penerbit", "issuers")) : t("", "");
  return t(
    `Catat ${o.id} dan ${k.id}${label.id}: nomor surat, tanggal, penerbit (by).`,
    `Record ${o.en} and ${k.en}${label.en}: letter number, date, issuer (by).`,
  );
}
