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
    "Audit infrastruktur, berkala dalam jangka waktu yang ditetapkan regulasi",
    "Infrastructure audit, within the interval the regulation sets",
  ),
  ob(
    "AUD-02",
    "audit-operasi",
    "evidence",
    "Audit keamanan infrastruktur, berkala dalam jangka waktu yang ditetapkan regulasi",
    "Security audit of the infrastructure, within the interval the regulation sets",
  ),
  ob(
    "OPS-01",
    "audit-operasi",
    "evidence",
    "Setiap Perangkat Daerah menyediakan layanan bantuan TIK (bertingkat di mana regulasi menetapkannya, dengan tingkat Dinas)",
    "Every agency provides ICT help (tiered, with a Dinas tier, where the regulation sets tiers)",
  ),
  ob(
    "OPS-02",
    "audit-operasi",
    "evidence",
    "Pemantauan dan evaluasi paling sedikit setahun sekali",
    "Monitoring and evaluation at least yearly",
  ),
];
