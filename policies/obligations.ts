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

// Articles are filled in per area below; see the test for what each entry is held to.
export const OBLIGATIONS: readonly Obligation[] = [
  ob(
    "DC-01",
    "pusat-data",
    "resource",
    "Hanya Dinas yang menyelenggarakan Pusat Data; Perangkat Daerah tidak membangun pusat data sendiri",
    "Only the Dinas operates the Pusat Data; no agency builds or runs its own data center",
    {},
  ),
  ob(
    "DC-02",
    "pusat-data",
    "resource",
    "Setiap Perangkat Daerah menempatkan aplikasi, server dan datanya di Pusat Data Dinas",
    "Every agency places its apps, servers and data in the Dinas' Pusat Data",
    {},
  ),
  ob(
    "DC-03",
    "pusat-data",
    "evidence",
    "Penempatan hanya diterima setelah uji keamanan dan kelaikan oleh Dinas",
    "Placement is admitted only after the Dinas' security and feasibility test",
    {},
  ),
  ob(
    "DC-04",
    "pusat-data",
    "stack",
    "SOP Pusat Data mencakup pengoperasian, katalog perangkat, katalog pengguna dan kewenangan, serta catatan aktivitas",
    "The Pusat Data's operating procedure covers operation, a device catalog, a user and authority catalog and activity records",
    {},
  ),
  ob(
    "DC-05",
    "pusat-data",
    "stack",
    "Pusat Data terhubung dengan dan memanfaatkan Pusat Data Nasional serta pusat data pusat dan daerah lain",
    "The Pusat Data connects to and uses the national data center (PDN) and interconnects with central and other regional data centers",
    {},
  ),
  ob(
    "DC-06",
    "pusat-data",
    "evidence",
    "Desain dan pengelolaan Pusat Data memenuhi SNI atau standar internasional",
    "The Pusat Data's design and management meet SNI, or an international standard where none exists",
    {},
  ),
  ob(
    "DC-07",
    "pusat-data",
    "stack",
    "Pusat Data menjamin kolokasi, keamanan server dan waktu aktif server",
    "The Pusat Data guarantees colocation, server security and server up-time",
    {},
  ),
  ob(
    "DC-08",
    "pusat-data",
    "resource",
    "Hanya PD Mandiri TIK yang boleh memiliki dan mengelola server sendiri; Perangkat Daerah lain memakai VPS dari Dinas",
    "Only a PD Mandiri TIK may own and run its own servers; other agencies get a VPS from the Dinas",
    {},
  ),
  ob(
    "DC-09",
    "pusat-data",
    "stack",
    "Pusat Data dilengkapi pusat operasi jaringan (NOC) yang memantaunya",
    "The Pusat Data includes a network operation center (NOC) that monitors it",
    {},
  ),
  ob(
    "DC-10",
    "pusat-data",
    "resource",
    "Akses informasi dibatasi sesuai kewenangan Perangkat Daerah (isolasi tenant)",
    "Access to information is restricted to each agency's authority (tenant isolation)",
    {},
  ),
  ob(
    "DRC-01",
    "drc",
    "stack",
    "Pusat Data memiliki Pusat Pemulihan Bencana (DRC) sebagai cadangannya",
    "The Pusat Data has a disaster recovery center (DRC) that backs it up",
    {},
  ),
  ob(
    "DRC-02",
    "drc",
    "stack",
    "DRC menjaga data tetap aman saat bencana alam atau keadaan kahar melanda daerah: tidak berbagi lokasi atau domain kegagalan dengan Pusat Data",
    "The DRC keeps data safe when a natural disaster or force majeure strikes the region: it shares neither site nor failure domain with the Pusat Data",
    {},
  ),
  ob(
    "DRC-03",
    "drc",
    "stack",
    "DRC dapat berupa Pusat Data Nasional atau penyedia layanan pusat data",
    "The DRC may be the national data center (PDN) or a data-center service provider",
    {},
  ),
  ob(
    "BK-01",
    "backup",
    "resource",
    "Setiap Perangkat Daerah mencadangkan datanya secara berkala ke Pusat Data",
    "Every agency backs up its data periodically to the Pusat Data",
    {},
  ),
  ob(
    "BK-02",
    "backup",
    "resource",
    "Periode dan media pencadangan ditetapkan untuk setiap data",
    "A backup period and backup media are set for each data set",
    {},
  ),
  ob(
    "BK-03",
    "backup",
    "stack",
    "Ketersediaan dijamin dengan pencadangan dan pemulihan",
    "Availability is assured by backup and recovery",
    {},
  ),
  ob(
    "BK-04",
    "backup",
    "evidence",
    "Prosedur pencadangan dan pemulihan didokumentasikan untuk setiap sistem",
    "Backup and restore procedures are documented for each system",
    {},
  ),
  ob(
    "NET-01",
    "jaringan-intra",
    "resource",
    "Setiap Perangkat Daerah memakai Jaringan Intra untuk pengiriman data antarsimpul jaringan",
    "Every agency uses the Jaringan Intra to send data between network nodes",
    {},
  ),
  ob(
    "NET-02",
    "jaringan-intra",
    "stack",
    "Dinas merencanakan, membangun dan mengelola jaringan antar Perangkat Daerah sampai router tiap Perangkat Daerah, termasuk serat optik",
    "The Dinas plans, builds and runs the WAN up to each agency's router, fiber included",
    {},
  ),
  ob(
    "NET-03",
    "jaringan-intra",
    "stack",
    "PD Mandiri TIK membangun LAN sendiri; selain itu Dinas yang membangun",
    "A PD Mandiri TIK builds its own LAN; otherwise the Dinas does",
    {},
  ),
  ob(
    "NET-04",
    "jaringan-intra",
    "evidence",
    "Setiap Perangkat Daerah menyampaikan diagram LAN terkini paling sedikit setahun sekali dan melaporkan setiap perubahan LAN",
    "Every agency submits its current LAN diagram at least yearly and reports each LAN change",
    {},
  ),
  ob(
    "NET-05",
    "jaringan-intra",
    "stack",
    "Jaringan Intra terhubung dengan jaringan intra pemerintah pusat dan daerah lain",
    "The Jaringan Intra interconnects with the central government's and other regions' intra networks",
    {},
  ),
  ob(
    "NET-06",
    "jaringan-intra",
    "evidence",
    "Penggunaan Jaringan Intra memiliki pertimbangan kelaikan operasi dan kelaikan keamanan",
    "Use of the Jaringan Intra has operational-fitness and security-fitness approvals",
    {},
  ),
  ob(
    "NET-07",
    "jaringan-intra",
    "resource",
    "Daerah mengelola dan mengendalikan keamanan Jaringan Intra; perangkat keamanan melindungi LAN (terutama sistem yang terhubung ke internet) dan WAN",
    "The region manages and controls the Jaringan Intra's security; security devices guard the LAN (especially internet-facing systems) and the WAN",
    {},
  ),
  ob(
    "NET-08",
    "jaringan-intra",
    "stack",
    "Perangkat jaringan, manajemen jaringan dan ruang jaringan lokal distandarkan",
    "Network devices, network management and local network rooms are standardized",
    {},
  ),
  ob(
    "NET-09",
    "jaringan-intra",
    "stack",
    "Bandwidth diusulkan Perangkat Daerah, ditetapkan Dinas menurut prioritas, dipantau otomatis dan dievaluasi bulanan",
    "Bandwidth is proposed by agencies, set by the Dinas by priority, monitored automatically and evaluated monthly",
    {},
  ),
  ob(
    "NET-10",
    "jaringan-intra",
    "resource",
    "Situs web setiap Perangkat Daerah merupakan subdomain atau menginduk pada domain portal Pemerintah Daerah",
    "Every agency website is a subdomain of, or under, the regional portal domain",
    {},
  ),
  ob(
    "SPL-01",
    "gateway",
    "resource",
    "Daerah menyediakan Sistem Penghubung Layanan dan setiap Perangkat Daerah memakainya untuk interoperabilitas antaraplikasi",
    "The region provides a Sistem Penghubung Layanan and every agency uses it for interoperability between apps (no direct app-to-app integration)",
    {},
  ),
  ob(
    "SPL-02",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan terhubung dengan milik Perangkat Daerah lain, pemerintah pusat (SPLP) dan daerah lain",
    "The gateway connects to other agencies', the central government's (SPLP) and other regions' gateways",
    {},
  ),
  ob(
    "SPL-03",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan memenuhi standar interoperabilitas Layanan SPBE",
    "The gateway meets the interoperability standards for SPBE services",
    {},
  ),
  ob(
    "SPL-04",
    "gateway",
    "evidence",
    "Sistem Penghubung Layanan memiliki pertimbangan kelaikan operasi dan kelaikan keamanan",
    "The gateway has operational-fitness and security-fitness approvals",
    {},
  ),
  ob(
    "SPL-05",
    "gateway",
    "resource",
    "Sistem Penghubung Layanan berjalan di atas Jaringan Intra",
    "The gateway runs over the Jaringan Intra",
    {},
  ),
  ob(
    "SPL-06",
    "gateway",
    "stack",
    "Sistem Penghubung Layanan dibangun oleh Dinas, atau oleh PD Mandiri TIK berkoordinasi dengan Dinas",
    "The gateway is built by the Dinas, or by a PD Mandiri TIK in coordination with the Dinas",
    {},
  ),
  ob(
    "SPL-07",
    "gateway",
    "stack",
    "Integrasi berjalan di Government Service Bus yang dikelola Dinas",
    "Integration runs on a Government Service Bus managed by the Dinas",
    {},
  ),
  ob(
    "SEC-01",
    "keamanan",
    "resource",
    "Kerahasiaan: klasifikasi keamanan, pembatasan akses dan pengendalian lainnya",
    "Confidentiality: security classification, access restriction and other controls",
    {},
  ),
  ob(
    "SEC-02",
    "keamanan",
    "resource",
    "Keutuhan: pendeteksian modifikasi",
    "Integrity: modification detection",
    {},
  ),
  ob(
    "SEC-03",
    "keamanan",
    "resource",
    "Keaslian: mekanisme verifikasi dan validasi",
    "Authenticity: verification and validation mechanisms",
    {},
  ),
  ob(
    "SEC-04",
    "keamanan",
    "resource",
    "Kenirsangkalan: tanda tangan digital dan sertifikat digital dari pihak ketiga tepercaya",
    "Non-repudiation: digital signatures and digital certificates from a trusted third party",
    {},
  ),
  ob(
    "SEC-05",
    "keamanan",
    "resource",
    "Pengendalian keamanan infrastruktur: hardening sistem operasi, firewall, IDS/IPS, pemantauan jaringan, pengolahan dan analisis log",
    "Infrastructure security controls: OS hardening, firewall, IDS/IPS, network monitoring, log processing and analysis",
    {},
  ),
  ob(
    "SEC-06",
    "keamanan",
    "evidence",
    "Rencana keberlangsungan TI, penilaian kerentanan berkala dan perbaikan berkala",
    "An IT continuity plan, regular vulnerability assessment and periodic fixes",
    {},
  ),
  ob(
    "AUD-01",
    "audit-operasi",
    "evidence",
    "Audit infrastruktur paling sedikit sekali dalam 2 tahun",
    "Infrastructure audit at least once every 2 years",
    {},
  ),
  ob(
    "AUD-02",
    "audit-operasi",
    "evidence",
    "Audit keamanan infrastruktur paling sedikit sekali dalam 2 tahun",
    "Security audit of the infrastructure at least once every 2 years",
    {},
  ),
  ob(
    "OPS-01",
    "audit-operasi",
    "evidence",
    "Setiap Perangkat Daerah menunjuk Service Desk Tier 1; Dinas menyelenggarakan Tier 2",
    "Every agency names a Tier 1 service desk; the Dinas runs Tier 2",
    {},
  ),
  ob(
    "OPS-02",
    "audit-operasi",
    "evidence",
    "Pemantauan dan evaluasi paling sedikit setahun sekali",
    "Monitoring and evaluation at least yearly",
    {},
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
