/** Section headings of the report, in order: Bahasa Indonesia first, English as the subtitle. */
import type { Text } from "./model";

export const SECTIONS = {
  summary: { id: "Ringkasan Daerah", en: "Region summary" },
  matrix: { id: "Matriks kepatuhan", en: "Compliance matrix" },
  timeline: { id: "Linimasa bukti", en: "Evidence timeline" },
  devices: { id: "Katalog perangkat", en: "Device catalog" },
  network: { id: "Perangkat Jaringan Intra", en: "Jaringan Intra devices" },
  reachability: { id: "Matriks jangkauan (lab)", en: "Reachability matrix (lab)" },
  users: { id: "Katalog pengguna dan kewenangan", en: "User & authority catalog" },
  activity: { id: "Catatan aktivitas", en: "Activity records" },
  addresses: { id: "Rencana alamat IP", en: "Address plan" },
  diagrams: { id: "Diagram jaringan", en: "Network diagrams" },
  backups: { id: "Rencana pencadangan", en: "Backup plan" },
  services: { id: "Katalog layanan Sistem Penghubung Layanan", en: "Gateway service catalog" },
} satisfies Record<string, Text>;

export type SectionKey = keyof typeof SECTIONS;

export const TITLE: Text = {
  id: "Laporan Auditor Infrastruktur SPBE",
  en: "SPBE infrastructure auditor report",
};

/** Column headings used by both renderers. */
export const COL = {
  obligation: { id: "Kewajiban", en: "Obligation" },
  citation: { id: "Dasar hukum", en: "Citation" },
  status: { id: "Status", en: "Status" },
  details: { id: "Keterangan", en: "Details" },
  date: { id: "Tanggal", en: "Date" },
  due: { id: "Jatuh tempo", en: "Due" },
  interval: { id: "Jangka waktu", en: "Interval" },
  what: { id: "Bukti", en: "Evidence" },
  subject: { id: "Subjek", en: "Subject" },
  reference: { id: "Nomor", en: "Reference" },
} satisfies Record<string, Text>;

/** Roles of the device model's routers. */
export const ROUTER_ROLE: Record<string, Text> = {
  core: { id: "inti Pusat Data", en: "Pusat Data core" },
  agency: { id: "router Perangkat Daerah", en: "agency router" },
  drc: { id: "tepi DRC", en: "DRC edge" },
  interconnect: { id: "tepi interkoneksi", en: "interconnect edge" },
};

export const TIMELINE_STATUS: Record<string, Text> = {
  ok: { id: "Berlaku", en: "Current" },
  overdue: { id: "Terlambat", en: "Overdue" },
  missing: { id: "Tidak ada", en: "Missing" },
  info: { id: "Tercatat", en: "Recorded" },
};
