/**
 * Who carried out a recorded duty (an audit: AUD-01, AUD-02; monitoring and evaluation: OPS-02),
 * checked where the regulation names them: `actors` lists who may (any of: Prabumulih 41(1)
 * "oleh Dinas", Tabanan 28(4) "auditor TIK yang terakreditasi"), `allOf` who must each take part
 * (Bengkulu 39(3) "oleh Instansi Pusat dan Pemerintah Daerah"). A regulation that names no one
 * sets no check.
 */
import type { Evidence, IssuerRecord } from "../../inventory/facts";
import type { Actor } from "../../regulations/schema";
import type { Text, Violation } from "../rule";
import type { Terms } from "../terms";
import { issuerNames, issuerOf, issuerSatisfies } from "./issuers";
import { t } from "./select";

export interface Performed {
  by?: string | undefined;
  issuer?: IssuerRecord | undefined;
}

const shown = (r: Performed): string => r.issuer?.name ?? r.by ?? r.issuer?.kind ?? "?";

/**
 * Findings on who carried out `records` (the ones that count: inside the window, or all where the
 * regulation sets none). `what` names the duty ("audit infrastruktur").
 */
export function performerFindings(
  records: readonly Performed[],
  terms: Terms | null,
  ev: Pick<Evidence, "dinas">,
  what: Text,
): Violation[] {
  if (records.length === 0) return [];
  const out: Violation[] = [];
  const kinds = records.map((r) => issuerOf(r, ev));
  const by = [...new Set(records.map(shown))].join("', '");
  const anyOf = terms?.actors as readonly Actor[] | undefined;
  if (anyOf && !kinds.some((k) => anyOf.some((w) => issuerSatisfies(k, w))))
    out.push({
      message: t(
        kinds.every((k) => k === null)
          ? `${what.id} tidak mencatat pelaksananya (by / issuer); regulasi menetapkan: ${issuerNames(anyOf, "id")}.`
          : `${what.id} dilaksanakan oleh '${by}', bukan oleh ${issuerNames(anyOf, "id")}.`,
        kinds.every((k) => k === null)
          ? `The ${what.en} does not record who carried it out (by / issuer); the regulation names ${issuerNames(anyOf, "en")}.`
          : `The ${what.en} was carried out by '${by}', not by ${issuerNames(anyOf, "en")}.`,
      ),
    });
  for (const w of (terms?.allOf ?? []) as Actor[]) {
    if (kinds.some((k) => issuerSatisfies(k, w))) continue;
    out.push({
      message: t(
        `${what.id} tidak dilaksanakan oleh ${issuerNames([w], "id")}, yang wajib ikut melaksanakannya.`,
        `No ${what.en} on record was carried out by ${issuerNames([w], "en")}, which the regulation names as one of its auditors.`,
      ),
    });
  }
  return out;
}
