/**
 * The 44 infrastructure obligations of shared/regulations/OBLIGATIONS.md, in its order, with the
 * articles each of the five regulations carries them in. A regulation that is silent on an
 * obligation ("—" in the table) has no key in `articles`: rules still run there, as advisory.
 *
 * The data lives in one file per area under policies/obligations/; this module assembles it.
 * Every quote is copied from the regulation's text file (whitespace normalised, "…" marks a cut);
 * test/policies/regulations.test.ts holds each one to the file and each ref to the table.
 */
import type { Obligation } from "./obligation-types";
import { AUDIT_OPERASI_OBLIGATIONS } from "./obligations/audit-operasi";
import { BACKUP_OBLIGATIONS } from "./obligations/backup";
import { DRC_OBLIGATIONS } from "./obligations/drc";
import { GATEWAY_OBLIGATIONS } from "./obligations/gateway";
import { JARINGAN_INTRA_OBLIGATIONS } from "./obligations/jaringan-intra";
import { KEAMANAN_OBLIGATIONS } from "./obligations/keamanan";
import { PUSAT_DATA_OBLIGATIONS } from "./obligations/pusat-data";
import type { RegulationKey } from "./regulations";

export type { Area, Obligation } from "./obligation-types";

/** In the order of OBLIGATIONS.md: its sections, and the rows within each. */
export const OBLIGATIONS: readonly Obligation[] = [
  ...PUSAT_DATA_OBLIGATIONS,
  ...DRC_OBLIGATIONS,
  ...BACKUP_OBLIGATIONS,
  ...JARINGAN_INTRA_OBLIGATIONS,
  ...GATEWAY_OBLIGATIONS,
  ...KEAMANAN_OBLIGATIONS,
  ...AUDIT_OPERASI_OBLIGATIONS,
];

const BY_ID = new Map(OBLIGATIONS.map((o) => [o.id, o]));

/** The obligation with this ID; throws naming the ID when there is none. */
export function obligation(id: string): Obligation {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown obligation ID '${id}' (known: ${[...BY_ID.keys()].join(", ")})`);
  return found;
}

const ORDER: readonly RegulationKey[] = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"];

/** The regulations whose OBLIGATIONS.md cell names an article for this obligation, in table order. */
export function requiredBy(id: string): RegulationKey[] {
  const o = obligation(id);
  return ORDER.filter((k) => (o.articles[k]?.length ?? 0) > 0);
}
