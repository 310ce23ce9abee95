/**
 * The Jaringan Intra (WAN/LAN) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { PPU_12_3, PRABUMULIH_12_2_C, PRABUMULIH_12_2_D } from "./shared-articles";

export const JARINGAN_INTRA_OBLIGATIONS: readonly Obligation[] = [
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
];
