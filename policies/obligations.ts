/**
 * The 44 infrastructure obligations of shared/regulations/OBLIGATIONS.md, in its order, with the
 * articles each of the five regulations carries them in. A regulation that is silent on an
 * obligation ("—" in the table) has no key in `articles`: rules still run there, as advisory.
 *
 * Every quote is copied from the regulation's text file (whitespace normalised, "…" marks a cut);
 * test/policies/regulations.test.ts holds each one to the file and each ref to the table.
 */
import type { Article, RegulationKey } from "./regulations";

export type Area =
  "pusat-data" | "drc" | "backup" | "jaringan-intra" | "gateway" | "keamanan" | "audit-operasi";

export interface Obligation {
  /** "DC-01" */
  id: string;
  area: Area;
  /** Short obligation statement in Bahasa Indonesia and English. */
  title: { id: string; en: string };
  /** Absent key = the regulation is silent ("—"). */
  articles: Partial<Record<RegulationKey, Article[]>>;
  /** e.g. "no interval set" for tangerang AUD-01. */
  note?: string;
  /** How the toolkit shows it: a resource policy, a stack policy, or evidence in the inventory. */
  kind: "resource" | "stack" | "evidence";
}

type Articles = Partial<Record<RegulationKey, Article[]>>;

function ob(
  id: string,
  area: Area,
  kind: Obligation["kind"],
  idTitle: string,
  en: string,
  articles: Articles,
  note?: string,
): Obligation {
  return note === undefined
    ? { id, area, kind, title: { id: idTitle, en }, articles }
    : { id, area, kind, title: { id: idTitle, en }, articles, note };
}

// Quotes are copied from shared/regulations/<file>; "…" marks text left out. Spelling slips of the
// source texts (e.g. "menjalankah", "Governmernt") are kept: a quote must match its text verbatim.
const a = (ref: string, quote: string, note?: string): Article =>
  note === undefined ? { ref, quote } : { ref, quote, note };

const TABANAN_14_1 = a(
  "Pasal 14 ayat (1)",
  "PD wajib menempatkan Aplikasi SPBE pada *Hosting* dan *Server* pada *Colocation Server* di Pusat Data yang dikelola oleh Kepala Dinas.",
);
const PPU_12_3 = a("Pasal 12 ayat (3)", "Infrastruktur SPBE diselenggarakan oleh Dinas.");
const PPU_15_1 = a(
  "Pasal 15 ayat (1)",
  "Sistem Penghubung Layanan Pemerintah Daerah sebagaimana dimaksud dalam Pasal 12 ayat (2) huruf b harus menggunakan Sistem Penghubung Layanan pemerintah.",
);
const PPU_15_2_A = a(
  "Pasal 15 ayat (2) huruf a",
  "… Pemerintah Daerah harus memenuhi kriteria sebagai berikut: … membuat keterhubungan dan akses Jaringan Intra Pemerintah Daerah dengan jaringan pemerintah;",
);
const TANGERANG_21_1 = a(
  "Pasal 21 ayat (1)",
  "Sistem Penghubung Layanan sebagaimana dimaksud dalam Pasal 19 ayat (2) huruf b diselenggarakan oleh Dinas untuk melakukan integrasi antar layanan SPBE.",
);
const TANGERANG_23_2_C = a(
  "Pasal 23 ayat (2) huruf c",
  "Infrastruktur Pusat Data dapat berupa: … DRC yang merupakan cadangan dari Pusat Data untuk menjamin keamanan data ketika terjadi bencana alam atau kondisi *force majeure* di Daerah.",
);
const TANGERANG_37_2_A = a(
  "Pasal 37 ayat (2) huruf a",
  "Tim auditor internal SPBE Daerah … mempunyai tugas untuk: … melakukan audit aplikasi, audit infrastruktur, dan audit Keamanan SPBE Daerah;",
  "no interval set",
);
const PRABUMULIH_1_26 = a(
  "Pasal 1 angka 26",
  "Pusat Pemulihan Bencana yang selanjutnya disebut Disaster Recovery Centeradalah suatu fasilitas yang digunakan untuk memulihkan kembali data atau informasi serta fungsi-fungsi penting SPBE yang terganggu atau rusak akibat terjadinya bencana yang disebabkan oleh alam atau manusia.",
  "a definition only",
);
const PRABUMULIH_12_2_C = a(
  "Pasal 12 ayat (2) huruf c",
  "kewajiban setiap Perangkat Daerah untuk mengimplementasikan perangkat lunak dan perangkat keras keamanan informasi di sistem internal Perangkat Daerah tersebut atau LAN, khususnya sistem TIK yang langsung terkoneksi dengan Internet;",
);
const PRABUMULIH_12_2_D = a(
  "Pasal 12 ayat (2) huruf d",
  "kewajiban mengimplementasikan perangkat lunak dan perangkat keras keamanan informasi di sistem antar Perangkat Daerahatau WAN serta memonitor keamanan informasi …",
);
const BENGKULU_15_6 = a(
  "Pasal 15 ayat (6)",
  "Dalam melaksanakan penerapan sistem Governmernt Service Bus (GSB) sebagaimana dimaksud pada ayat (5), Dinas membangun dan mengembangkan aplikasi yang berfungsi sebagai Government Service Bus (GSB).",
);
const PPU_19_2 = "Keamanan SPBE sebagaimana dimaksud pada ayat (1) meliputi penjaminan: …";
const TABANAN_28_6 = a(
  "Pasal 28 ayat (6)",
  "Audit TIK sebagaimana dimaksud ayat (1), dilaksanakan secara teratur paling sedikit 2 (dua) tahun sekali.",
);
const PPU_31_3 = a(
  "Pasal 31 ayat (3)",
  "Audit Teknologi Informasi dan Komunikasi dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.",
);

export const OBLIGATIONS: readonly Obligation[] = [
  // Pusat Data
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

  // DRC
  ob(
    "DRC-01",
    "drc",
    "stack",
    "Pusat Data memiliki Pusat Pemulihan Bencana (DRC) sebagai cadangannya",
    "The Pusat Data has a disaster recovery center (DRC) that backs it up",
    {
      tangerang: [
        TANGERANG_23_2_C,
        a(
          "Pasal 24",
          "DRC sebagaimana dimaksud dalam Pasal 23 ayat (2) huruf c merupakan cadangan dari Pusat Data dalam rangka menjamin keamanan Data pada saat Pusat Data tidak berfungsi.",
        ),
      ],
      prabumulih: [PRABUMULIH_1_26],
      bengkulu: [
        a(
          "Pasal 13 ayat (4)",
          "Pusat Data Pemerintah Daerah sebagaimana dimaksud pada ayat (1) harus memiliki Pusat Pemulihan Bencana.",
        ),
      ],
    },
    "tabanan: recovery is part of the Pusat Data definition (Pasal 1 angka 14), but no article requires a DRC",
  ),
  ob(
    "DRC-02",
    "drc",
    "stack",
    "DRC menjaga data tetap aman saat bencana alam atau keadaan kahar melanda daerah: tidak berbagi lokasi atau domain kegagalan dengan Pusat Data",
    "The DRC keeps data safe when a natural disaster or force majeure strikes the region: it shares neither site nor failure domain with the Pusat Data",
    {
      tangerang: [TANGERANG_23_2_C],
      prabumulih: [PRABUMULIH_1_26],
      bengkulu: [
        a(
          "Pasal 13 ayat (5)",
          "Pusat Pemulihan Bencana sebagaimana dimaksud pada ayat (4) merupakan cadangan dari Pusat Data untuk menjamin keamanan data ketika terjadi bencana alam atau kondisi force majeur di Daerah.",
        ),
      ],
    },
  ),
  ob(
    "DRC-03",
    "drc",
    "stack",
    "DRC dapat berupa Pusat Data Nasional atau penyedia layanan pusat data",
    "The DRC may be the national data center (PDN) or a data-center service provider",
    {
      bengkulu: [
        a(
          "Pasal 13 ayat (6)",
          "Penyelenggaraan Pusat Pemulihan Bencana sebagaimana dimaksud pada ayat (5) dapat menggunakan pusat data nasional atau penyedia jasa layanan pusat data.",
        ),
      ],
    },
  ),

  // Backups
  ob(
    "BK-01",
    "backup",
    "resource",
    "Setiap Perangkat Daerah mencadangkan datanya secara berkala ke Pusat Data",
    "Every agency backs up its data periodically to the Pusat Data",
    {
      prabumulih: [
        a(
          "Pasal 16 ayat (1)",
          "Setiap Perangkat Daerah wajib melakukan pencadangan (back-up) data secara berkala ke dalam server di Pusat Data Pemerintah Daerah.",
        ),
        a(
          "Pasal 16 ayat (2)",
          "Dinas melakukan koordinasi dan supervisi terhadap Perangkat Daerah terkait pelaksanaan kewajiban pencadangan (back-up) data sebagaimana dimaksud pada ayat (1).",
        ),
      ],
    },
  ),
  ob(
    "BK-02",
    "backup",
    "resource",
    "Periode dan media pencadangan ditetapkan untuk setiap data",
    "A backup period and backup media are set for each data set",
    {
      bengkulu: [
        a(
          "Pasal 11 ayat (7) huruf e",
          "Perangkat Daerah pengelola data sebagaimana dimaksud pada ayat (6) huruf b melakukan tata kelola data dan informasi sesuai ketentuan peraturan perundang-undangan, melalui: … menentukan periode backup dan media backup data dan informasi.",
        ),
      ],
    },
  ),
  ob(
    "BK-03",
    "backup",
    "stack",
    "Ketersediaan dijamin dengan pencadangan dan pemulihan",
    "Availability is assured by backup and recovery",
    {
      ppu: [a("Pasal 19 ayat (2) huruf c", `${PPU_19_2} ketersediaan;`)],
      tangerang: [
        a(
          "Pasal 29 ayat (5)",
          "Penjaminan ketersediaan sebagaimana dimaksud pada ayat (2) huruf c dilakukan melalui penyediaan cadangan dan pemulihan.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 25 ayat (4)",
          "Penjaminan ketersediaan sebagaimana dimaksud pada ayat (1) dilakukan melalui penyediaan cadangan dan pemulihan.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 20 ayat (4)",
          "Penjaminan ketersediaan sebagaimana dimaksud pada ayat (1) dilakukan melalui penyediaan cadangan dan pemulihan.",
        ),
        a(
          "Pasal 24 ayat (4) huruf a sampai dengan huruf c",
          "Penjagaan ketersediaan informasi sebagaimana dimaksud pada ayat (1) huruf ¢ dilakukan melalui: … penyediaan backup informasi; … penyediaan pemulihan sistem informasi; dan … penyediaan backup infrastruktur.",
        ),
      ],
    },
  ),
  ob(
    "BK-04",
    "backup",
    "evidence",
    "Prosedur pencadangan dan pemulihan didokumentasikan untuk setiap sistem",
    "Backup and restore procedures are documented for each system",
    {
      bengkulu: [
        a(
          "Pasal 19 ayat (10) huruf g",
          "Dalam membangun dan mengembangkan sistem elektronik, Perangkat Daerah membuat dokumentasi system meliputi: … manual instalasi dan konfigurasi serta pemeliharaan melalui backup dan restore system, …",
        ),
      ],
    },
  ),

  // Jaringan Intra
  ob(
    "NET-01",
    "jaringan-intra",
    "resource",
    "Setiap Perangkat Daerah memakai Jaringan Intra untuk pengiriman data antarsimpul jaringan",
    "Every agency uses the Jaringan Intra to send data between network nodes",
    {
      tabanan: [
        a(
          "Pasal 9 ayat (1)",
          "Penggunaan Jaringan Intra Pemerintah Daerah bertujuan untuk menjaga keamanan dalam melakukan pengiriman data dan informasi antar simpul jaringan dalam Pemerintah Daerah.",
        ),
        a(
          "Pasal 9 ayat (2)",
          "Setiap PD wajib menggunakan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud pada ayat (1).",
        ),
      ],
      ppu: [
        a(
          "Pasal 13 ayat (1)",
          "Penggunaan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud dalam Pasal 12 ayat (2) huruf a bertujuan untuk menjaga keamanan dalam melakukan pengiriman Data dan Informasi antarsimpul jaringan dalam Pemerintah Daerah.",
        ),
        a(
          "Pasal 14 ayat (1)",
          "Seluruh Perangkat Daerah harus menggunakan Jaringan Intra Pemerintah Daerah untuk menjaga keamanan pengiriman Data dan Informasi internal.",
        ),
      ],
      tangerang: [
        a(
          "Pasal 20 ayat (2)",
          "Penggunaan Jaringan Intra bertujuan untuk menjaga keamanan dalam melakukan pengiriman data dan Informasi antar simpul jaringan di Perangkat Daerah.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 18 ayat (1)",
          "Penggunaan Jaringan Intra Pemerintah Daerah bertujuan untuk menjaga keamanan dalam melakukan pengiriman data dan informasi antar simpul jaringan dalam Pemerintah Daerah.",
        ),
        a(
          "Pasal 18 ayat (2)",
          "Setiap Perangkat Daerah harus menggunakan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud pada ayat (1).",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 14 ayat (1)",
          "Jaringan Intra Pemerintah Daerah … diselenggarakan oleh Pemerintah Daerah untuk menghubungkan antar simpul jaringan dalam Pemerintah Daerah yang bertujuan untuk menjaga keamanan dalam melakukan pengiriman data dan informasi antar simpul jaringan di lingkungan Pemerintah Daerah.",
        ),
      ],
    },
  ),
  ob(
    "NET-02",
    "jaringan-intra",
    "stack",
    "Dinas merencanakan, membangun dan mengelola jaringan antar Perangkat Daerah sampai router tiap Perangkat Daerah, termasuk serat optik",
    "The Dinas plans, builds and runs the WAN up to each agency's router, fiber included",
    {
      tabanan: [
        a(
          "Pasal 9 ayat (7) huruf a",
          "Kepala Dinas melaksanakan perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau *router* pengembangan Jaringan Antar PD (WAN) hingga PD seluruh Pemerintah Daerah, termasuk jaringan *fiber optic* Pemerintah Daerah;",
        ),
      ],
      ppu: [PPU_12_3],
      tangerang: [
        a(
          "Pasal 20 ayat (1)",
          "Jaringan Intra sebagaimana dimaksud dalam Pasal 19 ayat (2) huruf a diselenggarakan oleh Dinas.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 18 ayat (3) huruf a",
          "dinas melaksanakan perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau pengembangan infrastruktur WAN hingga router Perangkat Daerah seluruh Pemerintah Daerah, termasuk jaringan fiber optic Pemerintah Daerah.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 14 ayat (3)",
          "Dinas mengelola dan mengatur layanan jaringan intra selurah Perangkat Daerah di lingkungan Pemerintah Daerah.",
        ),
      ],
    },
  ),
  ob(
    "NET-03",
    "jaringan-intra",
    "stack",
    "PD Mandiri TIK membangun LAN sendiri; selain itu Dinas yang membangun",
    "A PD Mandiri TIK builds its own LAN; otherwise the Dinas does",
    {
      tabanan: [
        a(
          "Pasal 9 ayat (7) huruf b",
          "PD Mandiri Teknologi Informasi dan Komunikasi melaksanakan perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau pengembangan Jaringan Intra PD (LAN);",
        ),
        a(
          "Pasal 9 ayat (7) huruf c",
          "Kepala Dinas melaksanakan perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau pengembangan Jaringan Intra PD (LAN); dan",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 18 ayat (3) huruf b",
          "Perangkat Daerah Mandiri TIK melaksanakan perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau pengembangan infrastruktur LAN dan infrastruktur khusus …",
        ),
        a(
          "Pasal 18 ayat (4)",
          "Perencanaan, pembangunan, pemeliharaan, pengoperasian dan/atau pengembangan infrastruktur LAN dan infrastruktur khusus Perangkat Daerah selain Perangkat Daerah Mandiri TIK dapat dilaksanakan oleh Dinas.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 14 ayat (5)",
          "Pembangunan infrastruktur TIK yang dilakukan oleh Perangkat Daerah hanya mencakup penyediaan ruang perangkat jaringan;",
          "the agency builds only the network room",
        ),
      ],
    },
  ),
  ob(
    "NET-04",
    "jaringan-intra",
    "evidence",
    "Setiap Perangkat Daerah menyampaikan diagram LAN terkini paling sedikit setahun sekali dan melaporkan setiap perubahan LAN",
    "Every agency submits its current LAN diagram at least yearly and reports each LAN change",
    {
      tabanan: [
        a(
          "Pasal 11 ayat (1)",
          "Setiap PD wajib menyerahkan diagram Jaringan Intra PD (LAN) terkini kepada Kepala Dinas paling sedikit 1 (satu) kali dalam setahun.",
        ),
        a(
          "Pasal 11 ayat (2)",
          "Setiap PD wajib melaporkan detail perubahan Jaringan Intra PD (LAN) apabila terdapat perubahan infrastruktur LAN.",
        ),
      ],
      prabumulih: [
        a("Pasal 19 ayat (2)", "Infrastruktur LAN Perangkat Daerah harus dapat diperiksa oleh Dinas."),
        a(
          "Pasal 20 ayat (1)",
          "Setiap Perangkat Daerah wajib menyerahkan diagram infrastruktur LAN yang terbangun kepada Dinas.",
          "no interval set",
        ),
        a(
          "Pasal 20 ayat (2)",
          "Setiap Perangkat Daerah wajib melaporkan detail perubahan infrastruktur LAN apabila terdapat perubahan infrastruktur LAN.",
        ),
      ],
    },
    "prabumulih: the diagram is due with no interval set",
  ),
  ob(
    "NET-05",
    "jaringan-intra",
    "stack",
    "Jaringan Intra terhubung dengan jaringan intra pemerintah pusat dan daerah lain",
    "The Jaringan Intra interconnects with the central government's and other regions' intra networks",
    {
      tabanan: [
        a(
          "Pasal 9 ayat (4)",
          "Jaringan Intra Pemerintah Daerah mengatur interkoneksi dengan jaringan intra Instansi Pusat dan/atau antar Pemerintah Daerah untuk mendukung integrasi penerapan SPBE.",
        ),
      ],
      ppu: [
        a(
          "Pasal 14 ayat (2) huruf a",
          "Penggunaan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud pada ayat (1) harus memenuhi ketentuan sebagai berikut: … membuat keterhubungan dengan Jaringan Intra pemerintah;",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 14 ayat (6)",
          "Layanan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud pada ayat (1) mendukung interkoneksi dengan jaringan intra instansi pusat dan / atau pemerintah daerah lainnya.",
        ),
      ],
    },
  ),
  ob(
    "NET-06",
    "jaringan-intra",
    "evidence",
    "Penggunaan Jaringan Intra memiliki pertimbangan kelaikan operasi dan kelaikan keamanan",
    "Use of the Jaringan Intra has operational-fitness and security-fitness approvals",
    {
      ppu: [
        a(
          "Pasal 14 ayat (2) huruf b",
          "… harus memenuhi ketentuan sebagai berikut: … mendapatkan pertimbangan kelaikan operasi dari kementerian yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika; dan",
        ),
        a(
          "Pasal 14 ayat (2) huruf c",
          "… mendapatkan pertimbangan kelaikan keamanan dari kepala lembaga yang menyelenggarakan tugas pemerintahan di bidang keamanan siber.",
        ),
      ],
    },
  ),
  ob(
    "NET-07",
    "jaringan-intra",
    "resource",
    "Daerah mengelola dan mengendalikan keamanan Jaringan Intra; perangkat keamanan melindungi LAN (terutama sistem yang terhubung ke internet) dan WAN",
    "The region manages and controls the Jaringan Intra's security; security devices guard the LAN (especially internet-facing systems) and the WAN",
    {
      tabanan: [
        a(
          "Pasal 9 ayat (9)",
          "Pemerintah Daerah mengelola dan mengendalikan keamanan Jaringan Intra Pemerintah Daerah.",
        ),
      ],
      prabumulih: [PRABUMULIH_12_2_C, PRABUMULIH_12_2_D],
      bengkulu: [
        a(
          "Pasal 14 ayat (2)",
          "Keamanan Jaringan Intra Pemerintah Daerah sebagaimana dimaksud pada ayat (1) dikelola dan dikendalikan oleh Pemerintah Daerah.",
        ),
      ],
    },
  ),
  ob(
    "NET-08",
    "jaringan-intra",
    "stack",
    "Perangkat jaringan, manajemen jaringan dan ruang jaringan lokal distandarkan",
    "Network devices, network management and local network rooms are standardized",
    {
      tangerang: [
        a(
          "Pasal 22 ayat (5)",
          "Pengelolaan sebagaimana dimaksud pada ayat (3) huruf c sesuai dengan standar dan mekanisme yang ditetapkan oleh Perangkat Daerah yang menyelenggarakan tugas dan fungsi di bidang aset.",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 19 ayat (1)",
          "Infrastruktur Jaringan Intra Pemerintah Daerah sebagaimana dimaksud … dalam Pasal 18 harus sesuai dengan standar yang ditetapkan dan ketentuan perundang-undangan yang berlaku.",
        ),
      ],
      bengkulu: [
        a(
          "Pasal 14 ayat (4)",
          "Pemerintah Daerah melakukan standardisasi infrastruktur jaringan untuk seluruh Perangkat Daerah yang meliputi : … standardisasi perangkat jaringan; … standardisasi manajemen jaringan; dan … standardisasi ruang perangkat jaringan lokal.",
        ),
      ],
    },
  ),
  ob(
    "NET-09",
    "jaringan-intra",
    "stack",
    "Bandwidth diusulkan Perangkat Daerah, ditetapkan Dinas menurut prioritas, dipantau otomatis dan dievaluasi bulanan",
    "Bandwidth is proposed by agencies, set by the Dinas by priority, monitored automatically and evaluated monthly",
    {
      tangerang: [
        a(
          "Pasal 25 ayat (2)",
          "Kebutuhan *Bandwidth* diusulkan oleh Perangkat Daerah dan ditetapkan oleh Dinas berdasarkan skala prioritas.",
        ),
        a(
          "Pasal 25 ayat (3)",
          "Pemantauan dan evaluasi penggunaan *Bandwidth* dilakukan oleh Dinas melalui sistem otomatis dan dievaluasi setiap bulan.",
        ),
        a(
          "Pasal 25 ayat (4)",
          "Hasil evaluasi sebagaimana dimaksud pada ayat (3) disampaikan kepada Tim Koordinasi SPBE sebagai bahan perencanaan kebutuhan *Bandwidth* Pemerintah Daerah.",
        ),
      ],
    },
  ),
  ob(
    "NET-10",
    "jaringan-intra",
    "resource",
    "Situs web setiap Perangkat Daerah merupakan subdomain atau menginduk pada domain portal Pemerintah Daerah",
    "Every agency website is a subdomain of, or under, the regional portal domain",
    {
      tabanan: [
        a(
          "Pasal 12 ayat (2)",
          "Situs *website* setiap PD sebagaimana dimaksud pada ayat (1) harus merupakan sub domain atau menginduk pada portal Pemerintah Daerah [tabanankab.go.id](http://tabanankab.go.id).",
        ),
      ],
      prabumulih: [
        a(
          "Pasal 21 ayat (2)",
          "Situs web setiap Perangkat Daerah sebagaimana dimaksud pada ayat (1) harus merupakan sub domain atau menginduk pada portal Pemerintah Daerah http://www.kotaprabumulih.go.id.",
        ),
      ],
    },
  ),

  // Sistem Penghubung Layanan
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

  // Keamanan SPBE
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

  // Audit and operations
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

const BY_ID = new Map(OBLIGATIONS.map((o) => [o.id, o]));

/** The obligation with this ID; throws naming the ID when there is none. */
export function obligation(id: string): Obligation {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown obligation ID '${id}' (known: ${[...BY_ID.keys()].join(", ")})`);
  return found;
}

const ORDER: readonly RegulationKey[] = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"];

/** The regulations whose OBLIGATIONS.md cell names an article for this obligation, in table order. */
export function requiredBy(id: string): RegulationKey[] {
  const o = obligation(id);
  return ORDER.filter((k) => (o.articles[k]?.length ?? 0) > 0);
}
