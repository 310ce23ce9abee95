/** Every rule of the pack, in OBLIGATIONS.md order (area by area). */
import type { Rule } from "../rule";
import { auditOperasiRules } from "./audit-operasi";
import { backupRules } from "./backup";
import { drcRules } from "./drc";
import { gatewayRules } from "./gateway";
import { jaringanIntraRules } from "./jaringan-intra";
import { keamananRules } from "./keamanan";
import { pusatDataRules } from "./pusat-data";

export const RULES: readonly Rule[] = [
  ...pusatDataRules,
  ...drcRules,
  ...backupRules,
  ...jaringanIntraRules,
  ...gatewayRules,
  ...keamananRules,
  ...auditOperasiRules,
];
