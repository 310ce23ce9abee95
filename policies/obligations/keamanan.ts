/**
 * The keamanan obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const KEAMANAN_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "SEC-01",
    "keamanan",
    "resource",
    "Kerahasiaan: klasifikasi keamanan, pembatasan akses dan pengendalian lainnya",
    "Confidentiality: security classification, access restriction and other controls",
  ),
  ob(
    "SEC-02",
    "keamanan",
    "resource",
    "Keutuhan: pendeteksian modifikasi",
    "Integrity: modification detection",
  ),
  ob(
    "SEC-03",
    "keamanan",
    "resource",
    "Keaslian: mekanisme verifikasi dan validasi",
    "Authenticity: verification and validation mechanisms",
  ),
  ob(
    "SEC-04",
    "keamanan",
    "resource",
    "Kenirsangkalan: tanda tangan digital dan sertifikat digital dari pihak ketiga tepercaya",
    "Non-repudiation: digital signatures and digital certificates from a trusted third party",
  ),
  ob(
    "SEC-05",
    "keamanan",
    "resource",
    "Pengendalian keamanan infrastruktur: hardening sistem operasi, firewall, IDS/IPS, pemantauan jaringan, pengolahan dan analisis log",
    "Infrastructure security controls: OS hardening, firewall, IDS/IPS, network monitoring, log processing and analysis",
  ),
  ob(
    "SEC-06",
    "keamanan",
    "evidence",
    "Rencana keberlangsungan TI, penilaian kerentanan berkala dan perbaikan berkala",
    "An IT continuity plan, regular vulnerability assessment and periodic fixes",
  ),
];
