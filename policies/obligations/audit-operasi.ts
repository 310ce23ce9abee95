/**
 * The audit-operasi obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const AUDIT_OPERASI_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "AUD-01",
    "audit-operasi",
    "evidence",
    "Audit infrastruktur paling sedikit sekali dalam 2 tahun",
    "Infrastructure audit at least once every 2 years",
  ),
  ob(
    "AUD-02",
    "audit-operasi",
    "evidence",
    "Audit keamanan infrastruktur paling sedikit sekali dalam 2 tahun",
    "Security audit of the infrastructure at least once every 2 years",
  ),
  ob(
    "OPS-01",
    "audit-operasi",
    "evidence",
    "Setiap Perangkat Daerah menunjuk Service Desk Tier 1 (atau meja layanan); Dinas menyelenggarakan Tier 2",
    "Every agency names a Tier 1 service desk (or service desk); the Dinas runs Tier 2",
  ),
  ob(
    "OPS-02",
    "audit-operasi",
    "evidence",
    "Pemantauan dan evaluasi paling sedikit setahun sekali",
    "Monitoring and evaluation at least yearly",
  ),
];
