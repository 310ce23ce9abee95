/**
 * The Backups (availability) obligations of shared/regulations/OBLIGATIONS.md, in its order.
 * Assembled into OBLIGATIONS by policies/obligations.ts.
 */
import type { Obligation } from "../obligation-types";
import { a, ob } from "./build";
import { PPU_19_2 } from "./shared-articles";

export const BACKUP_OBLIGATIONS: readonly Obligation[] = [
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
];
