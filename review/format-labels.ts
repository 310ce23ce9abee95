/** Headings the human-readable formats share, in Bahasa Indonesia and English. */
import { hasRegulation, regulation } from "../policies/regulations";
import type { CheckReport, Finding } from "../offline/findings";

export type Lang = "id" | "en";

export const LABELS = {
  id: {
    mandatory: "Wajib",
    advisory: "Anjuran",
    exempt: "Dikecualikan",
    resources: "sumber daya",
    basis: "Dasar",
    noFindings: "Tidak ada temuan.",
    verdictFail: "GAGAL: ada pelanggaran wajib",
    verdictPass: "LULUS: tidak ada pelanggaran wajib",
    where: "Lokasi",
    resource: "Sumber daya",
    message: "Temuan",
    remedy: "Perbaikan",
    affected: "Terdampak",
    more: "lainnya",
    notChecked: "TIDAK DIPERIKSA: masukan tidak valid",
    inputErrors: "Kesalahan masukan",
    path: "Jalur",
    error: "Kesalahan",
    change: "Yang diubah oleh perubahan ini",
    against: "dibandingkan dengan",
    added: "Ditambah",
    changed: "Diubah",
    removed: "Dihapus",
    replaced: "diganti",
    protectedMark: "terlindungi",
    fields: "Field",
    newFindings: "Temuan baru",
    fixedFindings: "Temuan yang diperbaiki",
    unchangedFindings: "Temuan yang tidak berubah",
    newRegion: "Daerah baru: tidak ada di basis.",
    baseNotChecked: "Basis tidak dapat diperiksa; temuan tidak dibandingkan",
    noResourceChange: "Tidak ada sumber daya yang berubah.",
    allocations: "Alokasi alamat",
  },
  en: {
    mandatory: "Mandatory",
    advisory: "Advisory",
    exempt: "Exempt",
    resources: "resources",
    basis: "Basis",
    noFindings: "No findings.",
    verdictFail: "FAIL: mandatory violations",
    verdictPass: "PASS: no mandatory violation",
    where: "Location",
    resource: "Resource",
    message: "Finding",
    remedy: "Fix",
    affected: "Affected",
    more: "more",
    notChecked: "NOT CHECKED: invalid input",
    inputErrors: "Input errors",
    path: "Path",
    error: "Error",
    change: "What this change does",
    against: "against",
    added: "Added",
    changed: "Changed",
    removed: "Removed",
    replaced: "replaced",
    protectedMark: "protected",
    fields: "Fields",
    newFindings: "New findings",
    fixedFindings: "Fixed findings",
    unchangedFindings: "Unchanged findings",
    newRegion: "A new region: not in the base.",
    baseNotChecked: "The base could not be checked; findings are not compared",
    noResourceChange: "No resource changes.",
    allocations: "Address allocations",
  },
} as const;

export type Group = "mandatory" | "advisory" | "exempt";

/** Findings in the three groups a reader acts on: blocking, advice, accepted exceptions. */
export function groups(report: CheckReport): Array<{ group: Group; findings: Finding[] }> {
  return [
    {
      group: "mandatory",
      findings: report.findings.filter((f) => f.status === "violation" && f.enforcement === "mandatory"),
    },
    {
      group: "advisory",
      findings: report.findings.filter((f) => f.status === "violation" && f.enforcement === "advisory"),
    },
    { group: "exempt", findings: report.findings.filter((f) => f.status === "exempt") },
  ];
}

export function where(f: Finding): string {
  return f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : f.resource.urn || "-";
}

/** A finding message's own text and its remedy, without the basis the citation field carries. */
export function parts(message: string): { text: string; remedy: string } {
  const m = /^(.*?)(?: (?:Dasar|Basis): .*?)?(?:\. (?:Perbaikan|Fix): (.*))?$/s.exec(message);
  return { text: (m?.[1] ?? message).trim(), remedy: (m?.[2] ?? "").trim() };
}

/** "tabanan (Perbup Tabanan 44/2022)" */
export function regionTitle(report: CheckReport): string {
  const reg = hasRegulation(report.regulation) ? regulation(report.regulation) : null;
  return reg ? `${report.region} (${reg.short})` : `${report.region} (${report.regulation})`;
}
