/**
 * The Sistem Penghubung Layanan (service-exchange gateway) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { PPU_15_1, PPU_15_2_A, TANGERANG_21_1, BENGKULU_15_6 } from "./shared-articles";

export const GATEWAY_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "SPL-01",
    "gateway",
    "resource",
    "Daerah menyediakan Sistem Penghubung Layanan dan setiap Perangkat Daerah memakainya untuk interoperabilitas antaraplikasi",
    "The region provides a Sistem Penghubung Layanan and every agency uses it for interoperability between apps (no direct app-to-app integration)",
    {
      tabanan: [
        a(
          "Pasal 13 ayat (1)",
          "Pemerintah Daerah sebagaimana dimaksud dalam Pasal 8 ayat (2) huruf b menyediakan sistem penghubung Layanan SPBE untuk interoperabilitas antar Aplikasi SPBE.",
        ),
        a(
          "Pasal 13 ayat (3)",
          "Setiap PD wajib menggunakan sistem penghubung Layanan SPBE sebagaimana dimaksud pada ayat (1).",
        ),
      ],
      ppu: [
        a(
          "Pasal 12 ayat (2) huruf b",
          "Infrastruktur SPBE sebagaimana dimaksud pada ayat (1) terdiri atas: … Sistem Penghubung Layanan Pemerintah Daerah.",
        ),
        PPU_15_1,
      ],
      tangerang: [TANGERANG_21_1],
      prabumulih: [
        a(
          "Pasal 22 ayat (1)",
          "Penggunaan Sistem Penghubung Layanan Pemerintah Daerah bertujuan untuk memudahkan dalam melakukan integrasi antar Layanan SPBE.",
        ),
        a(
          "Pasal 22 ayat (2)",
          "Setiap Perangkat Daerah wajib menyediakan Sistem Penghubung Layanan untuk layanan SPBE yang membutuhkan integrasi dengan data dan/atau layanan SPBE yang dikelolanya.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 15 ayat (1)",
          "Penggunaan Sistem Penghubung Layanan pemerintah sebagaimana dimaksud dalam Pasal 12 ayat (1) huruf c bertujuan untuk memudahkan dalam melakukan integrasi antar Layanan SPBE.",
        ),
        a(
          "Pasal 15 ayat (2)",
          "Setiap Perangkat Daerah harus menggunakan Sistem Penghubung Layanan pemerintah sebagaimana … dimaksud pada ayat (1).",
        ),
      ],
    },
  ),
  ob(
    "SPL-02",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan terhubung dengan milik Perangkat Daerah lain, pemerintah pusat (SPLP) dan daerah lain",
    "The gateway connects to other agencies', the central government's (SPLP) and other regions' gateways",
    {
      tabanan: [
        a(
          "Pasal 13 ayat (2)",
          "Sistem penghubung Layanan SPBE membuat keterhubungan dengan sistem penghubung layanan antar PD, instansi pusat, dan/atau Pemerintah Daerah.",
        ),
      ],
      ppu: [PPU_15_1, PPU_15_2_A],
      prabumulih: [
        a(
          "Pasal 13 ayat (7)",
          "Sistem Penghubung Layanan pemerintah sebagaimana dimaksud pada ayat (1) huruf c merupakan perangkat integrasi pertukaran Layanan SPBE antar Perangkat Daerah dan antara Perangkat Daerah dengan Instansi Pusat.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 15 ayat (3) huruf b",
          "… Pemerintah Daerah harus: … mengakomodir keterhubungan dan akses Jaringan Intra Pemerintah Daerah dengan Jaringan Intra Instansi Pusat/Pemerintah Daerah lainnya; dan",
        ),
        a(
          "Pasal 15 ayat (7)",
          "Dinas memfasilitasi layanan pertukaran data dengan pemerintah pusat, pemerintah daerah provinsi dan pemerintah daerah kabupateh/kota.",
        ),
      ],
    },
  ),
  ob(
    "SPL-03",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan memenuhi standar interoperabilitas Layanan SPBE",
    "The gateway meets the interoperability standards for SPBE services",
    {
      tabanan: [
        a(
          "Pasal 13 ayat (5)",
          "… Kepala Dinas dan/atau PD Mandiri Teknologi Informasi dan Komunikasi wajib memenuhi standar interoperabilitas antar Layanan SPBE.",
        ),
      ],
      ppu: [
        a(
          "Pasal 15 ayat (2) huruf b",
          "… Pemerintah Daerah harus memenuhi kriteria sebagai berikut: … memenuhi standar interoperabilitas antar Layanan SPBE yang ditetapkan oleh menteri yang menyelenggarakan urusan di bidang komunikasi dan informatika;",
        ),
      ],
      tangerang: [
        a(
          "Pasal 21 ayat (2) huruf b",
          "Dalam menggunakan Sistem Penghubung Layanan sebagaimana dimaksud pada ayat (1), harus: … memenuhi standar interoperabilitas antar layanan SPBE sesuai dengan ketentuan peraturan perundang-undangan;",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 22 ayat (4) huruf b",
          "Dalam penyediaan Sistem Penghubung Layanan sebagaimana dimaksud pada ayat (2), Perangkat Daerah harus : … memenuhi standar interoperabilitas antar Layanan SPBE dan ketentuan perundang-undangan yang berlaku; dan",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 15 ayat (3) huruf c",
          "… Pemerintah Daerah harus: … memenuhi standar interoperabilitas antar Layanan SPBE.",
        ),
        a(
          "Pasal 15 ayat (4)",
          "Standar interoperabilitas antar Layanan SPBE … mengacu pada ketentuan yang ditetapkan oleh menteri yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika.",
        ),
      ],
    },
  ),
  ob(
    "SPL-04",
    "gateway",
    "evidence",
    "Sistem Penghubung Layanan memiliki pertimbangan kelaikan operasi dan kelaikan keamanan",
    "The gateway has operational-fitness and security-fitness approvals",
    {
      ppu: [
        a(
          "Pasal 15 ayat (2) huruf c",
          "… Pemerintah Daerah harus memenuhi kriteria sebagai berikut: … mendapatkan pertimbangan kelaikan operasi dari kementerian yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika; dan",
        ),
        a(
          "Pasal 15 ayat (2) huruf d",
          "… mendapatkan pertimbangan kelaikan keamanan dari lembaga yang menyelenggarakan tugas pemerintahan di bidang keamanan siber.",
        ),
      ],
      tangerang: [
        a(
          "Pasal 21 ayat (2) huruf c",
          "… mendapatkan pertimbangan kelaikan operasi sesuai dengan ketentuan peraturan perundang-undangan; dan",
        ),
        a(
          "Pasal 21 ayat (2) huruf d",
          "… mendapatkan pertimbangan kelaikan keamanan sesuai dengan ketentuan peraturan perundang-undangan.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 22 ayat (4) huruf c",
          "… Perangkat Daerah harus : … mendapatkan pertimbangan kelaikan operasi dan keamanan dari Dinas.",
          "the approvals come from the Dinas",
        ),
      ],
    },
  ),
  ob(
    "SPL-05",
    "gateway",
    "resource",
    "Sistem Penghubung Layanan berjalan di atas Jaringan Intra",
    "The gateway runs over the Jaringan Intra",
    {
      ppu: [PPU_15_2_A],
      tangerang: [
        a(
          "Pasal 21 ayat (2) huruf a",
          "Dalam menggunakan Sistem Penghubung Layanan sebagaimana dimaksud pada ayat (1), harus: … membuat keterhubungan dan akses Jaringan Intra;",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 22 ayat (4) huruf a",
          "… Perangkat Daerah harus : … membuat keterhubungan dan akses data dan Jaringan Intra Perangkat Daerah dengan Jaringan Intra Perangkat Daerah yang membutuhkan;",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 15 ayat (3) huruf a",
          "… Pemerintah Daerah harus: … membuat keterhubungan antar Perangkat Daerah menggunakan Jaringan Intra Pemerintah Daerah;",
        ),
      ],
    },
  ),
  ob(
    "SPL-06",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan dibangun oleh Dinas, atau oleh PD Mandiri TIK berkoordinasi dengan Dinas",
    "The gateway is built by the Dinas, or by a PD Mandiri TIK in coordination with the Dinas",
    {
      tabanan: [
        a(
          "Pasal 13 ayat (4)",
          "Sistem penghubung Layanan SPBE sebagaimana dimaksud pada ayat (1) dikembangkan oleh Kepala Dinas dan/atau PD Mandiri Teknologi Informasi dan Komunikasi.",
        ),
        a(
          "Pasal 13 ayat (6)",
          "… PD Mandiri Teknologi Informasi dan Komunikasi harus berkoordinasi dengan Kepala Dinas.",
        ),
      ],
      tangerang: [TANGERANG_21_1],
      prabumulih: [
        a(
          "Pasal 22 ayat (3)",
          "Sistem Penghubungan Layanan sebagaimana yang dimaksud pada ayat (2) dibangun oleh Dinas atau Perangkat Daerah Mandiri TIK.",
        ),
      ],
      bengkulu: [BENGKULU_15_6],
    },
  ),
  ob(
    "SPL-07",
    "gateway",
    "stack",
    "Integrasi berjalan di Government Service Bus yang dikelola Dinas",
    "Integration runs on a Government Service Bus managed by the Dinas",
    {
      bengkulu: [
        a(
          "Pasal 15 ayat (5)",
          "Dalam hal integrasi layanan SPBE, Pemerintah Daerah menerapkan sistem Government Service Bus (GSB) untuk mengelola integrasi Informasi dan pertukaran data dengan instalasi lain.",
        ),
        BENGKULU_15_6,
      ],
    },
  ),
];
