/**
 * Who issued a piece of evidence (an approval's issuer, an audit's auditor, the body that set a
 * standard): its structured `issuer.kind` where the inventory records one, else read from the
 * free-text `by`: the Dinas (its id or name), the Kominfo ministry, the cyber-security agency
 * (BSSN), the Daerah's audit team or Inspektorat, the PD for assets, or someone else. Checked
 * where the regulation names the issuer (NET-06, SPL-04, NET-08, the audits).
 */
import type { Evidence } from "../../inventory/facts";
import { ACTORS, type Actor } from "../../regulations/schema";

function kindFromText(by: string, ev: Pick<Evidence, "dinas">): Actor | "unknown" {
  const s = by.toLowerCase();
  if (s === ev.dinas.id.toLowerCase() || s === ev.dinas.name.toLowerCase() || /\bdinas\b|diskominfo/.test(s))
    return "dinas";
  if (/\bbssn\b|badan siber|keamanan siber|sandi negara/.test(s)) return "bssn";
  if (/kementerian|kemkominfo|kemenkominfo|permenkominfo|permenkomdigi|\bkominfo\b|komdigi|menteri/.test(s))
    return "kominfo";
  if (/tim auditor|inspektorat/.test(s)) return "tim-auditor-daerah";
  if (/\baset\b|bpkad|\bbpkd\b/.test(s)) return "pd-aset";
  return "unknown";
}

/**
 * The issuer's kind: the structured `issuer.kind` when present (it wins over the text), else the
 * text heuristic over `by`; null where neither records an issuer.
 */
export function issuerOf(
  x: { by?: string | undefined; issuer?: { kind: string } | undefined } | null | undefined,
  ev: Pick<Evidence, "dinas">,
): Actor | "unknown" | null {
  const kind = x?.issuer?.kind;
  if (kind) return (ACTORS as readonly string[]).includes(kind) ? (kind as Actor) : "unknown";
  const by = x?.by;
  if (!by || by.trim() === "") return null;
  return kindFromText(by, ev);
}

/** The free-text reading alone (kept for callers that only have a `by`). */
export function issuerKind(by: string | undefined, ev: Pick<Evidence, "dinas">): Actor | "unknown" | null {
  return issuerOf({ by }, ev);
}

// The collective kinds the regulations name and the kinds each takes in: "oleh Pemerintah Daerah"
// is any unit of the regional government; "Instansi Pusat" any central-government body.
const MEMBERS: Partial<Record<Actor, readonly Actor[]>> = {
  "pemerintah-daerah": ["dinas", "pd", "pd-mandiri-tik", "pd-aset", "tim-auditor-daerah"],
  "instansi-pusat": ["kominfo", "bssn"],
  pd: ["pd-mandiri-tik", "pd-aset"],
};

/** Whether an issuer of kind `got` is one the regulation's `wanted` kind names. */
export function issuerSatisfies(got: Actor | "unknown" | null, wanted: string): boolean {
  if (got === null || got === "unknown") return false;
  return got === wanted || (MEMBERS[wanted as Actor]?.includes(got) ?? false);
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
  "pd-aset": {
    id: "Perangkat Daerah yang menyelenggarakan tugas dan fungsi di bidang aset",
    en: "the agency responsible for assets",
  },
  "pemerintah-daerah": { id: "Pemerintah Daerah", en: "the regional government (Pemerintah Daerah)" },
  "instansi-pusat": { id: "Instansi Pusat", en: "a central-government body (Instansi Pusat)" },
  "tim-auditor-daerah": {
    id: "tim auditor TIK Daerah",
    en: "the Daerah's ICT audit team (tim auditor)",
  },
  "auditor-terakreditasi": {
    id: "auditor TIK yang terakreditasi",
    en: "an accredited ICT auditor (auditor TIK yang terakreditasi)",
  },
  pd: { id: "Perangkat Daerah", en: "an agency (Perangkat Daerah)" },
  "pd-mandiri-tik": { id: "PD Mandiri TIK", en: "a PD Mandiri TIK" },
};

export const issuerName = (k: string, lang: "id" | "en"): string => ISSUER_NAMES[k]?.[lang] ?? k;

/** "A atau B" / "A or B" in the issuers' names. */
export const issuerNames = (ks: readonly string[], lang: "id" | "en"): string =>
  ks.map((k) => issuerName(k, lang)).join(lang === "id" ? " atau " : " or ");
