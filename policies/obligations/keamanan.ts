/**
 * The Keamanan SPBE (security) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { PRABUMULIH_12_2_C, PRABUMULIH_12_2_D, PPU_19_2 } from "./shared-articles";

export const KEAMANAN_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "SEC-01",
    "keamanan",
    "resource",
    "Kerahasiaan: klasifikasi keamanan, pembatasan akses dan pengendalian lainnya",
    "Confidentiality: security classification, access restriction and other controls",
    {
      tabanan: [
        a(
          "Pasal 21 ayat (3)",
          "Setiap PD wajib menerapkan manajemen keamanan informasi.",
          "information-security management in general; confidentiality is not named",
        ),
      ],
      ppu: [a("Pasal 19 ayat (2) huruf a", `${PPU_19_2} kerahasiaan;`)],
      tangerang: [
        a(
          "Pasal 29 ayat (3)",
          "Penjaminan kerahasiaan sebagaimana dimaksud pada ayat (2) huruf a dilakukan melalui penetapan klasifikasi keamanan, pembatasan akses, dan pengendalian keamanan lainnya.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 11 ayat (3) huruf a",
          "… dilakukan dengan melalui : … menetapkan klasifikasi keamanan, pembatasan akses dan pengendalian keamanan lainnya;",
        ),
        a(
          "Pasal 25 ayat (2)",
          "Penjaminan kerahasiaan sebagaimana dimaksud pada ayat (1) dilakukan melalui penetapan klasifikasi keamanan, pembatasan akses, dan pengendalian keamanan lainnya.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 20 ayat (2)",
          "Penjaminan kerahasiaan sebagaimana dimaksud pada ayat (1) dilakukan melalui penetapan Klasifikasi keamanan, pembatasan akses, dan pengendalian keamanan lainnya.",
        ),
        a(
          "Pasal 24 ayat (2)",
          "Penjagaan kerahasiaan informasi sebagaimana dimaksud pada ayat (1) huruf a dilakukan melalui: penetapan klasifikasi informasi; pembatasan akses terhadap informasi berklasifikasi; pengamanan pada jaringan intra pemerintah; …",
        ),
      ],
    },
  ),
  ob(
    "SEC-02",
    "keamanan",
    "resource",
    "Keutuhan: pendeteksian modifikasi",
    "Integrity: modification detection",
    {
      ppu: [a("Pasal 19 ayat (2) huruf b", `${PPU_19_2} keutuhan;`)],
      tangerang: [
        a(
          "Pasal 29 ayat (4)",
          "Penjaminan keutuhan sebagaimana dimaksud pada ayat (2) huruf b dilakukan melalui pendeteksian modifikasi.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 11 ayat (3) huruf b",
          "… dilakukan dengan melalui : … menerapkan otentikasi dan pendeteksian modifikasi;",
        ),
        a(
          "Pasal 25 ayat (3)",
          "Penjaminan keutuhan sebagaimana dimaksud pada ayat (1) dilakukan melalui pendeteksian modifikasi.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 20 ayat (3)",
          "Penjaminan keutuhan sebagaimana dimaksud pada ayat (1) dilakukan melalui pendeteksian modifikasi.",
        ),
        a(
          "Pasal 24 ayat (3)",
          "Penjagaan keutuhan informasi sebagaimana dimaksud pada ayat (1) huruf b dilakukan melalui; … penerapan teknik/control untuk mendeteksi adanya modifikasi informasi.",
        ),
      ],
    },
  ),
  ob(
    "SEC-03",
    "keamanan",
    "resource",
    "Keaslian: mekanisme verifikasi dan validasi",
    "Authenticity: verification and validation mechanisms",
    {
      ppu: [a("Pasal 19 ayat (2) huruf d", `${PPU_19_2} keaslian; dan`)],
      tangerang: [
        a(
          "Pasal 29 ayat (6)",
          "Penjaminan keaslian sebagaimana dimaksud pada ayat huruf d dilakukan melalui penyediaan mekanisme verifikasi dan validasi.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 25 ayat (5)",
          "Penjaminan keaslian sebagaimana dimaksud pada ayat (1) dilakukan melalui penyediaan mekanisme verifikasi dan validasi.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 20 ayat (5)",
          "Penjaminan keaslian sebagaimana dimaksud pada ayat (1) dilakukan melalui penyediaan mekanisme verifikasi dan validasi.",
        ),
      ],
    },
  ),
  ob(
    "SEC-04",
    "keamanan",
    "resource",
    "Kenirsangkalan: tanda tangan digital dan sertifikat digital dari pihak ketiga tepercaya",
    "Non-repudiation: digital signatures and digital certificates from a trusted third party",
    {
      ppu: [a("Pasal 19 ayat (2) huruf e", `${PPU_19_2} kenirsangkalan.`)],
      tangerang: [
        a(
          "Pasal 29 ayat (7)",
          "Penjaminan kenirsangkalan … dilakukan melalui penerapan tanda tangan digital dan jaminan pihak ketiga terpercaya melalui penggunaan sertifikat digital sesuai dengan ketentuan peraturan perundang-undangan.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 25 ayat (6)",
          "Penjaminan kenirsangkalan (nonrepudiation) … dilakukan melalui penerapan tanda tangan digital dan jaminan pihak ketiga terpercaya melalui penggunaan sertifikat digital sesuai dengan perundang-undangan.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 20 ayat (6)",
          "Penjaminan kenirsangkalan (nonrepudiation) … dilakukan melalui penerapan tanda tangan digital dan jaminan pihak ketiga terpercaya melalui penggunaan sertifikat digital.",
        ),
      ],
    },
  ),
  ob(
    "SEC-05",
    "keamanan",
    "resource",
    "Pengendalian keamanan infrastruktur: hardening sistem operasi, firewall, IDS/IPS, pemantauan jaringan, pengolahan dan analisis log",
    "Infrastructure security controls: OS hardening, firewall, IDS/IPS, network monitoring, log processing and analysis",
    {
      prabumulih: [PRABUMULIH_12_2_C, PRABUMULIH_12_2_D],
      bengkulu: [
        a(
          "Pasal 23 ayat (1) huruf b",
          "Untuk pengamanan dari sisi infrastruktur SPBE dapat diimplementasikan komponen standar sebagai berikut: … hardening dari sisi sistem operasi; … firewall, … (IDS/IPS) … network monitoring tool, … log processor & analisis, …",
        ),
      ],
    },
  ),
  ob(
    "SEC-06",
    "keamanan",
    "evidence",
    "Rencana keberlangsungan TI, penilaian kerentanan berkala dan perbaikan berkala",
    "An IT continuity plan, regular vulnerability assessment and periodic fixes",
    {
      bengkulu: [
        a(
          "Pasal 23 ayat (1) huruf c sampai dengan huruf e",
          "Penyusunan [T Continuity Plan khususnya yang terkait dengan keamanan SPBE dilakukan sesuai dengan kebutuhan; … Assessment kerentanan keamanan sistem SPBE (security vulnerability system) secara teratur … Perbaikan terhadap keamanan sistem SPBE dilakukan secara periodik dan berkelanjutan.",
        ),
      ],
    },
  ),
];
