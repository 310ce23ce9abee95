/**
 * The pusat-data obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const PUSAT_DATA_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "DC-01",
    "pusat-data",
    "resource",
    "Hanya Dinas yang menyelenggarakan Pusat Data; Perangkat Daerah tidak membangun pusat data sendiri",
    "Only the Dinas operates the Pusat Data; no agency builds or runs its own data center",
  ),
  ob(
    "DC-02",
    "pusat-data",
    "resource",
    "Setiap Perangkat Daerah menempatkan aplikasi, server dan datanya di Pusat Data Dinas",
    "Every agency places its apps, servers and data in the Dinas' Pusat Data",
  ),
  ob(
    "DC-03",
    "pusat-data",
    "evidence",
    "Penempatan hanya diterima setelah pengujian atau persetujuan oleh Dinas",
    "Placement is admitted only after the Dinas' security and feasibility test",
  ),
  ob(
    "DC-04",
    "pusat-data",
    "stack",
    "SOP Pusat Data mencakup pengoperasian, katalog perangkat, katalog pengguna dan kewenangan, serta rekaman aktivitas",
    "The Pusat Data's operating procedure covers operation, a device catalog, a user and authority catalog and activity records",
  ),
  ob(
    "DC-05",
    "pusat-data",
    "stack",
    "Pusat Data terhubung dengan dan memanfaatkan Pusat Data Nasional serta pusat data pusat dan daerah lain",
    "The Pusat Data connects to and uses the national data center (PDN) and interconnects with central and other regional data centers",
  ),
  ob(
    "DC-06",
    "pusat-data",
    "evidence",
    "Desain dan pengelolaan Pusat Data memenuhi SNI atau standar internasional",
    "The Pusat Data's design and management meet SNI, or an international standard where none exists",
  ),
  ob(
    "DC-07",
    "pusat-data",
    "stack",
    "Pusat Data menjamin kolokasi, keamanan server dan waktu aktif server",
    "The Pusat Data guarantees colocation, server security and server up-time",
  ),
  ob(
    "DC-08",
    "pusat-data",
    "resource",
    "Perangkat Daerah memiliki dan mengelola server sendiri hanya di mana regulasi mengizinkannya; selain itu memakai VPS dari Dinas",
    "An agency owns and runs its own servers only where the regulation allows it; otherwise it gets a VPS from the Dinas",
  ),
  ob(
    "DC-09",
    "pusat-data",
    "stack",
    "Pusat Data dilengkapi pusat operasi jaringan (NOC) yang memantaunya",
    "The Pusat Data includes a network operation center (NOC) that monitors it",
  ),
  ob(
    "DC-10",
    "pusat-data",
    "resource",
    "Akses informasi dibatasi sesuai kewenangan Perangkat Daerah (isolasi tenant)",
    "Access to information is restricted to each agency's authority (tenant isolation)",
  ),
];
