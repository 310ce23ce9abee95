/**
 * The gateway obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const GATEWAY_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "SPL-01",
    "gateway",
    "resource",
    "Daerah menyediakan Sistem Penghubung Layanan dan setiap Perangkat Daerah memakainya untuk interoperabilitas antaraplikasi",
    "The region provides a Sistem Penghubung Layanan and every agency uses it for interoperability between apps (no direct app-to-app integration)",
  ),
  ob(
    "SPL-02",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan terhubung dengan milik Perangkat Daerah lain, pemerintah pusat (SPLP) dan daerah lain",
    "The Sistem Penghubung Layanan connects to other agencies', the central government's (SPLP) and other regions' ones",
  ),
  ob(
    "SPL-03",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan memenuhi standar interoperabilitas Layanan SPBE",
    "The Sistem Penghubung Layanan meets the interoperability standards for SPBE services",
  ),
  ob(
    "SPL-04",
    "gateway",
    "evidence",
    "Sistem Penghubung Layanan memiliki persetujuan operasi dan keamanan dari pihak yang ditetapkan regulasi",
    "The Sistem Penghubung Layanan has operational and security approvals from whom the regulation names",
  ),
  ob(
    "SPL-05",
    "gateway",
    "resource",
    "Sistem Penghubung Layanan berjalan di atas Jaringan Intra",
    "The Sistem Penghubung Layanan runs over the Jaringan Intra",
  ),
  ob(
    "SPL-06",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan dibangun oleh Dinas, atau oleh Perangkat Daerah lain yang diizinkan regulasi berkoordinasi dengan Dinas",
    "The Sistem Penghubung Layanan is built by the Dinas, or by another agency the regulation allows in coordination with the Dinas",
  ),
  ob(
    "SPL-07",
    "gateway",
    "stack",
    "Integrasi berjalan di Government Service Bus yang dikelola Dinas",
    "Integration runs on a Government Service Bus managed by the Dinas",
  ),
];
