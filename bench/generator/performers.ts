/**
 * Who carried out or issued a generated region's paper trail, as its regulation names them
 * (AUD-01/02 auditors, OPS-02 performer, NET-08 issuer and coverage, SPL-03 issuer): a generated
 * region complies with its own regulation by construction, so it records each party the terms
 * name, with the structured issuer the rules read. Where the regulation names no one, the
 * generator's usual parties.
 */
import type { Actor } from "../../regulations/schema";
import { termsOf } from "../../regulations/registry";

const NAMES: Record<Actor, string> = {
  dinas: "Dinas Kominfo",
  "pd-mandiri-tik": "Perangkat Daerah Mandiri TIK",
  pd: "Perangkat Daerah",
  "pemerintah-daerah": "Inspektorat Daerah",
  kominfo: "Kementerian Komdigi",
  bssn: "BSSN",
  "auditor-terakreditasi": "Lembaga Audit TIK Terakreditasi",
  "pd-aset": "Badan Pengelolaan Keuangan dan Aset Daerah",
  "instansi-pusat": "BSSN",
  "tim-auditor-daerah": "Tim Auditor TIK Daerah",
};

export interface Party {
  by: string;
  issuer?: { kind: Actor; name: string };
}

const party = (kind: Actor): Party => ({ by: NAMES[kind], issuer: { kind, name: NAMES[kind] } });

/**
 * Everyone who must (all of) or may (the first of any of) carry out `obligation`'s record; where
 * the regulation names no one, `fallback` (or no party at all).
 */
export function performers(regulation: string, obligation: string, fallback?: string): Party[] {
  const terms = termsOf(obligation, regulation);
  const all = (terms?.allOf ?? []) as Actor[];
  const any = (terms?.actors ?? []) as Actor[];
  const kinds = [...new Set([...all, ...any.slice(0, 1)])];
  if (kinds.length > 0) return kinds.map(party);
  return fallback ? [{ by: fallback }] : [];
}

/** One audit record of `kind` on `on` per party. */
export function audits<K extends string>(kind: K, on: string, parties: readonly Party[]) {
  return parties.map((p) => ({ kind, on, ...p }));
}

/** The issuer a regulation requires of a record (NET-08, SPL-03), if it names one. */
export function issuerFor(regulation: string, obligation: string): Party | null {
  const kind = termsOf(obligation, regulation)?.issuers?.any?.[0] as Actor | undefined;
  return kind ? party(kind) : null;
}

type Cover = "perangkat" | "manajemen" | "ruang";

/** What a network standard must cover where the regulation lists it (Bengkulu 14(4)). */
export function coverage(regulation: string): { covers?: Cover[] } {
  const all = termsOf("NET-08", regulation)?.allOf as Cover[] | undefined;
  return all && all.length > 0 ? { covers: [...all] } : {};
}
