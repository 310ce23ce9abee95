/**
 * Parts of the compliant fixture that follow the governing regulation's terms: who audits, who
 * carries out the monitoring and evaluation, who sets the network standard and what it covers.
 */
import { termsOf } from "../../policies/regulations";

// The regulation the fixture is made compliant under when a test does not name one.
let governing = "tabanan";

/**
 * Runs `f` with the fixture governed by `regulation`: every compliantEvidence()/compliantStack()
 * built inside it without an explicit regulation is compliant under that one (the violating cases
 * of cases.ts are parametrised over regulations this way).
 */
export function governedBy<T>(regulation: string, f: () => T): T {
  const prior = governing;
  governing = regulation;
  try {
    return f();
  } finally {
    governing = prior;
  }
}

/** The regulation compliantEvidence() follows when a test names none. */
export const governingRegulation = (): string => governing;

const PERFORMER: Record<string, { by: string; issuer?: { kind: string; name: string } }> = {
  dinas: { by: "Dinas Komunikasi dan Informatika" },
  "tim-auditor-daerah": { by: "Inspektorat" },
  "pemerintah-daerah": { by: "Inspektorat" },
  "instansi-pusat": { by: "BSSN" },
  bssn: { by: "BSSN" },
  "auditor-terakreditasi": {
    by: "Lembaga Auditor TIK",
    issuer: { kind: "auditor-terakreditasi", name: "Lembaga Auditor TIK" },
  },
};

/** Records of `kind` carried out by whom the regulation's terms for `obligation` name. */
export function auditsFor(obligation: string, kind: string, fallback: string, regulation: string) {
  const terms = termsOf(obligation, regulation);
  const who = [terms?.actors?.[0] ?? fallback, ...(terms?.allOf ?? [])];
  return [...new Set(who)].map((k) => ({ kind, on: "2025-08-12", ...PERFORMER[k] }));
}

/** The M&E record, by whom the regulation names where it names anyone. */
export function monitoringFor(regulation: string) {
  const who = termsOf("OPS-02", regulation)?.actors?.[0];
  return { lastOn: "2026-06-30", ...(who ? PERFORMER[who] : {}) };
}

/** The network standard, set by and covering what the regulation's NET-08 terms name. */
export function networkStandardFor(regulation: string) {
  const terms = termsOf("NET-08", regulation);
  return {
    name: "SNI ISO/IEC 27001",
    attestedOn: "2025-05-01",
    ...(terms?.issuers?.any?.includes("pd-aset")
      ? { by: "Badan Pengelolaan Keuangan dan Aset Daerah", issuer: { kind: "pd-aset" } }
      : {}),
    ...(terms?.allOf ? { covers: [...terms.allOf] } : {}),
  };
}
