/** Every rule of the pack, in docs/obligations.md order (a stable sort keeps rules of one obligation in file order). */
import { OBLIGATIONS } from "../obligations";
import type { Rule } from "../rule";
import { auditOperasiRules } from "./audit-operasi";
import { backupRules } from "./backup";
import { deviceRules } from "./devices";
import { drcRules } from "./drc";
import { gatewayRules } from "./gateway";
import { jaringanIntraRules } from "./jaringan-intra";
import { jaringanIntraEvidenceRules } from "./jaringan-intra-evidence";
import { keamananRules } from "./keamanan";
import { pusatDataRules } from "./pusat-data";
import { pusatDataEvidenceRules } from "./pusat-data-evidence";
import { securityAgentRules } from "./security-agents";

const order = new Map(OBLIGATIONS.map((o, i) => [o.id, i]));

export const RULES: readonly Rule[] = [
  ...pusatDataRules,
  ...pusatDataEvidenceRules,
  ...drcRules,
  ...backupRules,
  ...jaringanIntraRules,
  ...jaringanIntraEvidenceRules,
  ...gatewayRules,
  ...keamananRules,
  ...securityAgentRules,
  ...auditOperasiRules,
  ...deviceRules,
].sort((a, b) => (order.get(a.obligation) ?? 0) - (order.get(b.obligation) ?? 0));
