/**
 * The Pusat Data (data center) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { TABANAN_14_1, PPU_12_3 } from "./shared-articles";

export const PUSAT_DATA_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "DC-01",
    "pusat-data",
    "resource",
    "Hanya Dinas yang menyelenggarakan Pusat Data; Perangkat Daerah tidak membangun pusat data sendiri",
    "Only the Dinas operates the Pusat Data; no agency builds or runs its own data center",
    {
      tabanan: [a("Pasal 14 ayat (9)", "PD tidak melakukan pembangunan Pusat Data."), TABANAN_14_1],
      ppu: [
        PPU_12_3,
        a(
          "Pasal 16 ayat (2)",
          "Layanan Pusat Data Daerah sebagaimana dimaksud pada ayat (1) dikelola oleh unit kerja yang membidangi tugas dan fungsi Penyelenggaraan Komunikasi dan Informatika.",
        ),
      ],
      tangerang: [
        a("Pasal 19 ayat (4)", "Infrastruktur SPBE dibangun, dikembangkan, dan dipelihara oleh Dinas."),
      ],
      prabumulih: [
        a(
          "Pasal 14 ayat (2) huruf b",
          "pusat data yang dibangun sendiri oleh pemerintah daerah dalam hal pusat data nasional belum ditetapkan atau belum sesuai kriteria kebutuhan pemerintah daerah.",
        ),
        a("Pasal 14 ayat (3)", "Pusat Data sebagaimana dimaksud pada ayat (2) huruf b dikelola oleh Dinas."),
      ],
      bengkulu: [
        a(
          "Pasal 12 ayat (2)",
          "Pusat Data Pemerintah Daerah sebagaimana dimaksud pada ayat (1) huruf a diselenggarakan oleh dinas dengan memenuhi persyaratan tertentu.",
        ),
      ],
    },
  ),
  ob(
    "DC-02",
    "pusat-data",
    "resource",
    "Setiap Perangkat Daerah menempatkan aplikasi, server dan datanya di Pusat Data Dinas",
    "Every agency places its apps, servers and data in the Dinas' Pusat Data",
    {
      tabanan: [TABANAN_14_1],
      ppu: [a("Pasal 16 ayat (3)", "Seluruh Perangkat Daerah harus memanfaatkan layanan pusat data Daerah.")],
      tangerang: [
        a(
          "Pasal 23 ayat (1)",
          "Infrastruktur Pusat Data sebagaimana dimaksud dalam Pasal 19 ayat (3) huruf b merupakan sekumpulan Pusat Data yang saling terhubung dan digunakan secara bagi pakai oleh Perangkat Daerah.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 14 ayat (5)",
          "Setiap Perangkat Daerah di lingkungan Pemerintah Daerah wajib menempatkan data dan/atau servernya di Pusat Data.",
        ),
        a(
          "Pasal 15 ayat (1)",
          "Penyimpanan data dilaksanakan secara terpusat dan terintegrasi di Pusat Data.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 13 ayat (2)",
          "Layanan pusat data Pemerintah Daerah digunakan oleh seluruh Perangkat Daerah untuk mendukung penggunaan teknologi informasi dalam menjalankah proses bisnis.",
        ),
      ],
    },
  ),
  ob(
    "DC-03",
    "pusat-data",
    "evidence",
    "Penempatan hanya diterima setelah uji keamanan dan kelaikan oleh Dinas",
    "Placement is admitted only after the Dinas' security and feasibility test",
    {
      tabanan: [
        a(
          "Pasal 14 ayat (10)",
          "Penempatan aplikasi pada *Hosting* dan *Server* pada *Colocation Server* di Pusat Data sebagaimana dimaksud pada ayat (1), dilakukan dengan tahapan: … Kepala Dinas melakukan uji keamanan dan kelayakan;",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 16 ayat (3) sampai dengan ayat (6)",
          "… Perangkat Daerah dapat melakukan konsultasi dan mengajukan permohonan pemilihan sistem kepada Dinas. … Dinas melakukan persetujuan atau penoclakan terhadap pengajuan sebagaimana dimaksud pada ayat (3) berdasarkan hasil analisis yang mengacu pada Arsitektur SPBE.",
          "approval of the agency's system selection, not a placement test",
        ),
      ],
    },
  ),
  ob(
    "DC-04",
    "pusat-data",
    "stack",
    "SOP Pusat Data mencakup pengoperasian, katalog perangkat, katalog pengguna dan kewenangan, serta rekaman aktivitas",
    "The Pusat Data's operating procedure covers operation, a device catalog, a user and authority catalog and activity records",
    {
      tabanan: [
        a("Pasal 14 ayat (5)", "Layanan Pusat Data memiliki prosedur pengoperasian baku Layanan Pusat Data."),
        a(
          "Pasal 14 ayat (6)",
          "Prosedur pengoperasian baku Layanan Pusat Data sebagaimana yang dimaksud pada ayat (3), paling sedikit mencakup: … katalog perangkat; … katalog pengguna dan kewenangan; dan … rekaman aktivitas.",
        ),
      ],
    },
  ),
  ob(
    "DC-05",
    "pusat-data",
    "stack",
    "Pusat Data terhubung dengan dan memanfaatkan Pusat Data Nasional serta pusat data pusat dan daerah lain",
    "The Pusat Data connects to and uses the national data center (PDN) and interconnects with central and other regional data centers",
    {
      tabanan: [
        a(
          "Pasal 14 ayat (7)",
          "Pusat Data wajib terhubung dan mengoptimalkan pemanfaatan pusat data nasional.",
        ),
        a(
          "Pasal 14 ayat (8)",
          "Pusat Data mengatur interkoneksi dengan Layanan Pusat Data instansi pusat dan/atau Layanan Pusat Data Pemerintah Daerah.",
        ),
      ],
      ppu: [
        a(
          "Pasal 17 ayat (1)",
          "Dalam hal Pusat Data nasional telah ditetapkan dan tersedia, Pemerintah Daerah harus menggunakan Pusat Data nasional.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 14 ayat (2) huruf a",
          "Pusat Data Pemerintah Daerah dapat berupa: … pusat data nasional, atau",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 13 ayat (3)",
          "Layanan Pusat Data Pemerintah Daerah sebagaimana dimaksud pada ayat (2) mendukung interkoneksi dengan pusat data instansi pusat dan/atau pemerintah daerah lainnya.",
        ),
      ],
    },
  ),
  ob(
    "DC-06",
    "pusat-data",
    "evidence",
    "Desain dan pengelolaan Pusat Data memenuhi SNI atau standar internasional",
    "The Pusat Data's design and management meet SNI, or an international standard where none exists",
    {
      tabanan: [
        a(
          "Pasal 14 ayat (3)",
          "Pusat Data harus memenuhi Standar Nasional Indonesia (SNI) dan/atau menggunakan standar internasional yang berlaku.",
        ),
      ],
      ppu: [
        a(
          "Pasal 12 ayat (6)",
          "Infrastruktur SPBE sebagaimana yang dimaksud pada ayat (1) diselenggarakan sesuai dengan standar perangkat, standar interoperabilitas, standar keamanan sistem informasi, dan standar lainnya berdasarkan ketentuan peraturan perundang-undangan.",
        ),
      ],
      tangerang: [
        a(
          "Pasal 23 ayat (4)",
          "Desain Pusat Data dan manajemen Pusat Data sebagaimana dimaksud pada ayat (1) harus memenuhi standar nasional Indonesia.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 14 ayat (4)",
          "Infrastruktur Pusat Data sebagaimana dimaksud dalam ayat 2 harus sesuai dengan standar yang ditetapkan dan ketentuan perundang- undangan yang berlaku.",
        ),
      ],
    },
  ),
  ob(
    "DC-07",
    "pusat-data",
    "stack",
    "Pusat Data menjamin kolokasi, keamanan server dan waktu aktif server",
    "The Pusat Data guarantees colocation, server security and server up-time",
    {
      prabumulih: [
        a(
          "Pasal 14 ayat (6)",
          "Pusat Data sebagaimana dimaksud pada ayat (2) menyediakan jaminan colocation, keamanan server dan up-time server.",
        ),
      ],
    },
  ),
  ob(
    "DC-08",
    "pusat-data",
    "resource",
    "Hanya PD Mandiri TIK yang boleh memiliki dan mengelola server sendiri; Perangkat Daerah lain memakai VPS dari Dinas",
    "Only a PD Mandiri TIK may own and run its own servers; other agencies get a VPS from the Dinas",
    {
      prabumulih: [
        a(
          "Pasal 14 ayat (7)",
          "Perangkat Daerah Mandiri TIK dapat mengadakan sendiri server serta melakukan konfigurasi, operasional dan perawatan server.",
        ),
        a(
          "Pasal 14 ayat (8)",
          "Dalam hal Perangkat Daerah tidak dapat mengadakan server sendiri sebagaimana dimaksud pada ayat (6), maka Dinas dapat menyediakan fasilitas Virtual Private Server (VPS) beserta konfigurasi dan perawatan server di Pusat Data.",
        ),
      ],
    },
  ),
  ob(
    "DC-09",
    "pusat-data",
    "stack",
    "Pusat Data dilengkapi pusat operasi jaringan (NOC) yang memantaunya",
    "The Pusat Data includes a network operation center (NOC) that monitors it",
    {
      tangerang: [
        a(
          "Pasal 23 ayat (2) huruf b",
          "Infrastruktur Pusat Data dapat berupa: … ruangan *network operation center* sebagai pengendali atau monitoring Pusat Data; dan/atau",
        ),
      ],
    },
  ),
  ob(
    "DC-10",
    "pusat-data",
    "resource",
    "Akses informasi dibatasi sesuai kewenangan Perangkat Daerah (isolasi tenant)",
    "Access to information is restricted to each agency's authority (tenant isolation)",
    {
      tangerang: [
        a(
          "Pasal 23 ayat (3) huruf c",
          "Pusat Data sebagaimana dimaksud pada ayat (1) berfungsi untuk: … mengatur akses Informasi sesuai dengan setiap kewenangan Perangkat Daerah.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 17",
          "Dinas menjamin kerahasiaan dan keamanan data yang disimpan di dalam Pusat Data sesuai ketentuan peraturan perundang-undangan yang berlaku.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 13 ayat (1) huruf c",
          "… yang berfungsi untuk : … mengatur akses informasi sesuai dengan kewenangan masing - masing perangkat daerah.",
        ),
      ],
    },
  ),
];
