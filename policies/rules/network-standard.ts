/**
 * NET-08 on the regulation's own terms: who must set the network standard and mechanism
 * (`issuers`: Tangerang 22(5) "ditetapkan oleh Perangkat Daerah yang menyelenggarakan tugas dan
 * fungsi di bidang aset") and what the standardisation must cover (`allOf`: Bengkulu 14(4)
 * perangkat, manajemen and ruang perangkat jaringan lokal).
 */
import type { Evidence } from "../../inventory/facts";
import type { Violation } from "../rule";
import type { Terms } from "../terms";
import { isInternational, isSni } from "./pusat-data-evidence";
import { issuerNames, issuerOf, issuerSatisfies } from "./issuers";
import { t } from "./select";

const COVERS: Record<string, { id: string; en: string }> = {
  perangkat: { id: "standardisasi perangkat jaringan", en: "network devices" },
  manajemen: { id: "standardisasi manajemen jaringan", en: "network management" },
  ruang: { id: "standardisasi ruang perangkat jaringan lokal", en: "the LAN device room" },
};

type Standard = NonNullable<Evidence["network"]["standard"]>;

export function standardTermFindings(
  std: Standard,
  terms: Terms | null,
  ev: Pick<Evidence, "dinas">,
): Violation[] {
  const out: Violation[] = [];
  // The standard the regulation accepts: every citing regulation leaves it unnamed ("standar yang
  // ditetapkan"); a data file naming SNI holds the record to an SNI.
  const accepted = terms?.standard ?? "unnamed";
  if (
    accepted !== "unnamed" &&
    !isSni(std.name) &&
    !(accepted === "sni-or-international" && isInternational(std.name))
  )
    out.push({
      message: t(
        `Standar jaringan '${std.name}' bukan ${accepted === "sni" ? "SNI" : "SNI dan/atau standar internasional"} yang diwajibkan regulasi.`,
        `The network standard '${std.name}' is not ${accepted === "sni" ? "an SNI" : "an SNI or international standard"} as the regulation requires.`,
      ),
    });
  const named = terms?.issuers?.any;
  if (named) {
    const got = issuerOf(std, ev);
    if (!named.some((k) => issuerSatisfies(got, k)))
      out.push({
        message: t(
          got === null
            ? `Standar jaringan ${std.name} tidak mencatat siapa yang menetapkannya (network.standard.by / issuer); harus ditetapkan oleh ${issuerNames(named, "id")}.`
            : `Standar jaringan ${std.name} ditetapkan oleh '${std.issuer?.name ?? std.by ?? got}', bukan oleh ${issuerNames(named, "id")}.`,
          got === null
            ? `The network standard ${std.name} does not record who set it (network.standard.by / issuer); it must be set by ${issuerNames(named, "en")}.`
            : `The network standard ${std.name} was set by '${std.issuer?.name ?? std.by ?? got}', not by ${issuerNames(named, "en")}.`,
        ),
      });
  }
  const required = terms?.allOf ?? [];
  if (required.length > 0) {
    const missing = required.filter((k) => !(std.covers ?? []).includes(k));
    if (missing.length > 0)
      out.push({
        message: t(
          `Standar jaringan ${std.name} tidak mencakup ${missing.map((k) => COVERS[k]?.id ?? k).join(", ")} (network.standard.covers: ${missing.join(", ")}).`,
          `The network standard ${std.name} does not cover ${missing.map((k) => COVERS[k]?.en ?? k).join(", ")} (network.standard.covers: ${missing.join(", ")}).`,
        ),
      });
  }
  return out;
}
