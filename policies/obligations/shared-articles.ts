/**
 * Articles cited by obligations of more than one area (or more than once), written once here.
 * PPU_19_2 is the lead-in quote of PPU Pasal 19 ayat (2), which several security articles extend.
 */
import { a } from "./build";

export const TABANAN_14_1 = a(
  "Pasal 14 ayat (1)",
  "PD wajib menempatkan Aplikasi SPBE pada *Hosting* dan *Server* pada *Colocation Server* di Pusat Data yang dikelola oleh Kepala Dinas.",
);
export const PPU_12_3 = a("Pasal 12 ayat (3)", "Infrastruktur SPBE diselenggarakan oleh Dinas.");
export const PPU_15_1 = a(
  "Pasal 15 ayat (1)",
  "Sistem Penghubung Layanan Pemerintah Daerah sebagaimana dimaksud dalam Pasal 12 ayat (2) huruf b harus menggunakan Sistem Penghubung Layanan pemerintah.",
);
export const PPU_15_2_A = a(
  "Pasal 15 ayat (2) huruf a",
  "… Pemerintah Daerah harus memenuhi kriteria sebagai berikut: … membuat keterhubungan dan akses Jaringan Intra Pemerintah Daerah dengan jaringan pemerintah;",
);
export const TANGERANG_21_1 = a(
  "Pasal 21 ayat (1)",
  "Sistem Penghubung Layanan sebagaimana dimaksud dalam Pasal 19 ayat (2) huruf b diselenggarakan oleh Dinas untuk melakukan integrasi antar layanan SPBE.",
);
export const TANGERANG_23_2_C = a(
  "Pasal 23 ayat (2) huruf c",
  "Infrastruktur Pusat Data dapat berupa: … DRC yang merupakan cadangan dari Pusat Data untuk menjamin keamanan data ketika terjadi bencana alam atau kondisi *force majeure* di Daerah.",
);
export const TANGERANG_37_2_A = a(
  "Pasal 37 ayat (2) huruf a",
  "Tim auditor internal SPBE Daerah … mempunyai tugas untuk: … melakukan audit aplikasi, audit infrastruktur, dan audit Keamanan SPBE Daerah;",
  "no interval set",
);
export const PRABUMULIH_1_26 = a(
  "Pasal 1 angka 26",
  "Pusat Pemulihan Bencana yang selanjutnya disebut Disaster Recovery Centeradalah suatu fasilitas yang digunakan untuk memulihkan kembali data atau informasi serta fungsi-fungsi penting SPBE yang terganggu atau rusak akibat terjadinya bencana yang disebabkan oleh alam atau manusia.",
  "a definition only",
);
export const PRABUMULIH_12_2_C = a(
  "Pasal 12 ayat (2) huruf c",
  "kewajiban setiap Perangkat Daerah untuk mengimplementasikan perangkat lunak dan perangkat keras keamanan informasi di sistem internal Perangkat Daerah tersebut atau LAN, khususnya sistem TIK yang langsung terkoneksi dengan Internet;",
);
export const PRABUMULIH_12_2_D = a(
  "Pasal 12 ayat (2) huruf d",
  "kewajiban mengimplementasikan perangkat lunak dan perangkat keras keamanan informasi di sistem antar Perangkat Daerahatau WAN serta memonitor keamanan informasi …",
);
export const BENGKULU_15_6 = a(
  "Pasal 15 ayat (6)",
  "Dalam melaksanakan penerapan sistem Governmernt Service Bus (GSB) sebagaimana dimaksud pada ayat (5), Dinas membangun dan mengembangkan aplikasi yang berfungsi sebagai Government Service Bus (GSB).",
);
export const PPU_19_2 = "Keamanan SPBE sebagaimana dimaksud pada ayat (1) meliputi penjaminan: …";
export const TABANAN_28_6 = a(
  "Pasal 28 ayat (6)",
  "Audit TIK sebagaimana dimaksud ayat (1), dilaksanakan secara teratur paling sedikit 2 (dua) tahun sekali.",
);
export const PPU_31_3 = a(
  "Pasal 31 ayat (3)",
  "Audit Teknologi Informasi dan Komunikasi dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.",
);
