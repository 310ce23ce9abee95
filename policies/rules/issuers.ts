/**
 * Who issued a piece of evidence, read from its free-text `by` (an approval's issuer, an
 * attestation's body): the Dinas (its id or name), the Kominfo ministry, the cyber-security
 * agency (BSSN), or someone else. Checked where the regulation names the issuer (NET-06, SPL-04:
 * PPU names the ministry and BSSN, Prabumulih the Dinas).
 */
import type { Evidence } from "../../inventory/facts";
import type { Actor } from "../../regulations/schema";

export function issuerKind(by: string | undefined, ev: Pick<Evidence, "dinas">): Actor | "unknown" | null {
  if (!by || by.trim() === "") return null;
  const s = by.toLowerCase();
  if (s === ev.dinas.id.toLowerCase() || s === ev.dinas.name.toLowerCase() || /\bdinas\b|diskominfo/.test(s))
    return "dinas";
  if (/\bbssn\b|badan siber|keamanan siber|sandi negara/.test(s)) return "bssn";
  if (/kementerian|kemkominfo|kemenkominfo|\bkominfo\b|komdigi|menteri/.test(s)) return "kominfo";
  return "unknown";
}

export const ISSUER_NAMES: Record<string, { id: string; en: string }> = {
  dinas: { id: "Dinas", en: "the Dinas" },
  kominfo: {
    id: "kementerian yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika",
    en: "the ministry for communication and informatics",
  },
  bssn: {
    id: "lembaga yang menyelenggarakan tugas pemerintahan di bidang keamanan siber (BSSN)",
    en: "the cyber-security agency (BSSN)",
  },
};

export const issuerName = (k: string, lang: "id" | "en"): string => ISSUER_NAMES[k]?.[lang] ?? k;
