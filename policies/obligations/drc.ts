/**
 * The DRC (disaster recovery) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { TANGERANG_23_2_C, PRABUMULIH_1_26 } from "./shared-articles";

export const DRC_OBLIGATIONS: readonly Obligation[] = [
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
];
