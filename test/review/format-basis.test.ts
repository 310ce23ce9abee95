/**
 * `spbe check --format text` names, under each finding, the article it rests on in short form and
 * says where the finding rests on a toolkit default rather than on the regulation.
 */
import { describe, expect, it } from "vitest";
import type { CheckReport, Finding } from "../../offline/findings";
import { formatText } from "../../review/format-text";
import { toolkitDefault } from "../../policies/defaults";

function finding(obligation: string, rule: string, text: string, citation: string): Finding {
  return {
    rule,
    obligation,
    enforcement: "mandatory",
    severity: "low",
    status: "violation",
    resource: { type: "pulumi:pulumi:Stack", name: "tangerang", urn: "urn:stack" },
    resources: ["urn:stack"],
    message: `${text} Dasar: ${citation}. Perbaikan: Catat sites[].standard.`,
    citation,
    path: null,
    location: null,
    fingerprint: `${rule}|x`,
    exemption: null,
  };
}

const label = toolkitDefault({ id: "3 tahun", en: "3 years" });

const report: CheckReport = {
  region: "tangerang",
  regulation: "tangerang",
  findings: [
    finding(
      "DC-06",
      "spbe-dc-06-sni-standard",
      `Atestasi SNI situs 'pd' bertanggal 2020-01-01, lebih tua dari 3 tahun${label.id}.`,
      "Pasal 23 ayat (4) Peraturan Bupati Tangerang Nomor 41 Tahun 2023",
    ),
    finding(
      "NET-03",
      "spbe-net-03-lan-builder",
      "Jaringan Intra 'setda' dibangun oleh 'bkpsdm', padahal yang boleh membangunnya: Dinas saja.",
      "Pasal 19 ayat (3) huruf a dan Pasal 19 ayat (4) Peraturan Bupati Tangerang Nomor 41 Tahun 2023",
    ),
  ],
  summary: { mandatory: 2, advisory: 0, exempt: 0, resources: 1 },
};

describe("the text format's basis line", () => {
  const lines = formatText(report, "id").split("\n");
  const basisAfter = (rule: string) => lines[lines.findIndex((l) => l.includes(rule)) + 2] ?? "";

  it("cites the article with the regulation's short name", () => {
    expect(basisAfter("spbe-net-03-lan-builder")).toBe(
      "    Dasar: Pasal 19 ayat (3) huruf a dan Pasal 19 ayat (4) Perbup Tangerang 41/2023",
    );
  });

  it("says when the finding rests on a toolkit default, not on the regulation", () => {
    expect(basisAfter("spbe-dc-06-sni-standard")).toBe(
      "    Dasar: Pasal 23 ayat (4) Perbup Tangerang 41/2023; bersandar pada batas bawaan toolkit, bukan ketentuan regulasi (dapat diatur: defaults)",
    );
    expect(basisAfter("spbe-net-03-lan-builder")).not.toContain("bawaan toolkit");
  });
});
