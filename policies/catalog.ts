/**
 * The toolkit's catalogue of the 44 infrastructure obligations, in docs/obligations.md order. It
 * says what each obligation is; what each regulation says about it is data (regulations/).
 */
import type { Obligation } from "./obligation-types";
import { AUDIT_OPERASI_OBLIGATIONS } from "./obligations/audit-operasi";
import { BACKUP_OBLIGATIONS } from "./obligations/backup";
import { DRC_OBLIGATIONS } from "./obligations/drc";
import { GATEWAY_OBLIGATIONS } from "./obligations/gateway";
import { JARINGAN_INTRA_OBLIGATIONS } from "./obligations/jaringan-intra";
import { KEAMANAN_OBLIGATIONS } from "./obligations/keamanan";
import { PUSAT_DATA_OBLIGATIONS } from "./obligations/pusat-data";

export const OBLIGATIONS: readonly Obligation[] = [
  ...PUSAT_DATA_OBLIGATIONS,
  ...DRC_OBLIGATIONS,
  ...BACKUP_OBLIGATIONS,
  ...JARINGAN_INTRA_OBLIGATIONS,
  ...GATEWAY_OBLIGATIONS,
  ...KEAMANAN_OBLIGATIONS,
  ...AUDIT_OPERASI_OBLIGATIONS,
];

export const OBLIGATION_IDS: readonly string[] = OBLIGATIONS.map((o) => o.id);
