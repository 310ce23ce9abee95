/**
 * The jaringan-intra obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const JARINGAN_INTRA_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "NET-01",
    "jaringan-intra",
    "resource",
    "Setiap Perangkat Daerah memakai Jaringan Intra untuk pengiriman data antarsimpul jaringan",
    "Every agency uses the Jaringan Intra to send data between network nodes",
  ),
  ob(
    "NET-02",
    "jaringan-intra",
    "stack",
    "Dinas merencanakan, membangun dan mengelola jaringan antar Perangkat Daerah sampai router tiap Perangkat Daerah, termasuk serat optik",
    "The Dinas plans, builds and runs the WAN up to each agency's router, fiber included",
  ),
  ob(
    "NET-03",
    "jaringan-intra",
    "stack",
    "LAN dibangun oleh Dinas, atau oleh Perangkat Daerah sendiri di mana regulasi mengizinkannya",
    "The LAN is built by the Dinas, or by the agency itself where the regulation allows it",
  ),
  ob(
    "NET-04",
    "jaringan-intra",
    "evidence",
    "Setiap Perangkat Daerah menyampaikan diagram LAN terkini paling sedikit setahun sekali dan melaporkan setiap perubahan LAN",
    "Every agency submits its current LAN diagram at least yearly and reports each LAN change",
  ),
  ob(
    "NET-05",
    "jaringan-intra",
    "stack",
    "Jaringan Intra terhubung dengan jaringan intra pemerintah pusat dan daerah lain",
    "The Jaringan Intra interconnects with the central government's and other regions' intra networks",
  ),
  ob(
    "NET-06",
    "jaringan-intra",
    "evidence",
    "Penggunaan Jaringan Intra memiliki persetujuan operasi dan keamanan dari pihak yang ditetapkan regulasi",
    "Use of the Jaringan Intra has operational and security approvals from whom the regulation names",
  ),
  ob(
    "NET-07",
    "jaringan-intra",
    "resource",
    "Daerah mengelola dan mengendalikan keamanan Jaringan Intra; perangkat keamanan melindungi LAN (terutama sistem yang terhubung ke internet) dan WAN",
    "The region manages and controls the Jaringan Intra's security; security devices guard the LAN (especially internet-facing systems) and the WAN",
  ),
  ob(
    "NET-08",
    "jaringan-intra",
    "stack",
    "Perangkat jaringan, manajemen jaringan dan ruang jaringan lokal distandarkan",
    "Network devices, network management and local network rooms are standardized",
  ),
  ob(
    "NET-09",
    "jaringan-intra",
    "stack",
    "Bandwidth diusulkan Perangkat Daerah, ditetapkan Dinas menurut prioritas, dipantau otomatis dan dievaluasi bulanan",
    "Bandwidth is proposed by agencies, set by the Dinas by priority, monitored automatically and evaluated monthly",
  ),
  ob(
    "NET-10",
    "jaringan-intra",
    "resource",
    "Situs web setiap Perangkat Daerah merupakan subdomain atau menginduk pada domain portal Pemerintah Daerah",
    "Every agency website is a subdomain of, or under, the regional portal domain",
  ),
];
