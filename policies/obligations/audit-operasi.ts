/**
 * The audit and operations obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { TANGERANG_37_2_A, TABANAN_28_6, PPU_31_3 } from "./shared-articles";

export const AUDIT_OPERASI_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "AUD-01",
    "audit-operasi",
    "evidence",
    "Audit infrastruktur paling sedikit sekali dalam 2 tahun",
    "Infrastructure audit at least once every 2 years",
    {
      tabanan: [
        a("Pasal 28 ayat (1) huruf a", "Audit TIK terdiri atas: … audit Infrastruktur;"),
        TABANAN_28_6,
      ],
      ppu: [
        a(
          "Pasal 30 ayat (2) huruf a",
          "Audit Teknologi Informasi dan Komunikasi terdiri atas: … audit Infrastruktur SPBE;",
        ),
        PPU_31_3,
      ],
      tangerang: [TANGERANG_37_2_A],
      prabumulih: [
        a(
          "Pasal 41 ayat (1)",
          "Audit Infrastruktur SPBE sebagaimana dimaksud pada Pasal 40 ayat (1) dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Dinas.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 37 ayat (1)",
          "Audit Infrastruktur SPBE Pemerintah Daerah paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Pemerintah Daerah.",
        ),
      ],
    },
    "tangerang: no interval set",
  ),
  ob(
    "AUD-02",
    "audit-operasi",
    "evidence",
    "Audit keamanan infrastruktur paling sedikit sekali dalam 2 tahun",
    "Security audit of the infrastructure at least once every 2 years",
    {
      tabanan: [
        a("Pasal 28 ayat (1) huruf c", "Audit TIK terdiri atas: … audit keamanan SPBE."),
        TABANAN_28_6,
      ],
      ppu: [
        a(
          "Pasal 30 ayat (2) huruf c",
          "Audit Teknologi Informasi dan Komunikasi terdiri atas: … audit Keamanan SPBE.",
        ),
        PPU_31_3,
      ],
      tangerang: [TANGERANG_37_2_A],
      prabumulih: [
        a(
          "Pasal 43 ayat (3)",
          "Audit keamanan Infrastruktur SPBE Pemerintah Daerah dan audit keamanan Aplikasi Khusus sebagaimana dimaksud pada ayat (1) dilakukan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Dinas.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 39 ayat (3)",
          "Audit Keamanan Infrastruktur SPBE Pemerintah Daerah sebagaimana dimaksud pada ayat (1) huruf a … dilakukan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Instansi Pusat dan Pemerintah Daerah.",
        ),
      ],
    },
    "tangerang: no interval set",
  ),
  ob(
    "OPS-01",
    "audit-operasi",
    "evidence",
    "Setiap Perangkat Daerah menunjuk Service Desk Tier 1 (atau meja layanan); Dinas menyelenggarakan Tier 2",
    "Every agency names a Tier 1 service desk (or service desk); the Dinas runs Tier 2",
    {
      tabanan: [
        a(
          "Pasal 27 ayat (7)",
          "… setiap PD menunjuk minimal 1 (satu) orang staf atau membentuk unit untuk melaksanakan uraian tugas dan fungsi sebagai teknisi TIK sekaligus *Service Desk Tier 1*; dan … Dinas membentuk unit sebagai *Service Desk Tier 2*.",
        ),
      ],
      tangerang: [
        a(
          "Pasal 34 ayat (1)",
          "Perangkat Daerah yang menyelenggarakan layanan SPBE sebagaimana dimaksud dalam Pasal 31, wajib membentuk meja layanan.",
          "a service desk (meja layanan); no tiers named",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 39 ayat (7)",
          "… setiap perangkat daerah menunjuk minimal 1 (satu) orang staf atau membentuk tim untuk melaksanakan uraian tugas dan fungsi sebagai teknisi TIK sekaligus Service Desk Tier 1; … Dinas membentuk tim sebagai Service Desk Tier 2.",
        ),
      ],
    },
  ),
  ob(
    "OPS-02",
    "audit-operasi",
    "evidence",
    "Pemantauan dan evaluasi paling sedikit setahun sekali",
    "Monitoring and evaluation at least yearly",
    {
      ppu: [
        a(
          "Pasal 33 ayat (2)",
          "Pemantauan dan Evaluasi sebagaimana dimaksud pada ayat (1) dilaksanakan paling sedikit 1 (satu) kali dalam 1 (satu) tahun.",
        ),
      ],
      tangerang: [
        a(
          "Pasal 39 ayat (2)",
          "Pemantauan dan evaluasi SPBE sebagaimana dimaksud pada ayat (1) dilaksanakan oleh tim auditor TIK paling sedikit 1 (satu) kali dalam 1 (satu) tahun.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 44 ayat (1)",
          "Dinas melaksanakan pemantauan dan evaluasi mandiri terhadap implementasi SPBE bertujuan untuk mengukur kemajuan dan meningkatkan kualitas SPBE di Pemerintah Daerah, …",
          "no interval set",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 29 ayat (5)",
          "Monitoring dan evaluasi terhadap penerapan manajemen keamanan informasi dilakukan secara berkala minimal setiap setahun sekali.",
          "covers information-security management only",
        ),
      ],
    },
    "prabumulih: no interval set; bengkulu: yearly only for information-security management",
  ),
];
