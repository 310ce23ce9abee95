import { describe, expect, it } from "vitest";
import { buildMatrix, otherFindings, verdictText } from "../../report/matrix";
import { OBLIGATIONS } from "../../policies/obligations";
import { RULES } from "../../policies/rules";
import { checkResult, finding } from "./fixture";

const rowOf = (rows: ReturnType<typeof buildMatrix>, id: string) => {
  const row = rows.find((r) => r.obligation === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe("compliance matrix", () => {
  it("says how each verdict was reached, never a bare pass", () => {
    const rows = buildMatrix(checkResult("tabanan", []), "tabanan", RULES);
    for (const r of rows.filter((x) => x.status === "pass")) {
      expect(verdictText(r).en, r.obligation).toMatch(
        /^Pass \((checked on resources|evidence checked|established by the toolkit's construction)/,
      );
    }
    expect(rowOf(rows, "DC-01").basis).toBe("resources");
    expect(rowOf(rows, "AUD-01").basis).toBe("evidence");
    expect(rowOf(rows, "NET-01").basis).toBe("construction");
    expect(verdictText(rowOf(rows, "DC-04")).en).toContain("the SOP's contents (four items) need evidence");
    const unchecked = buildMatrix(
      checkResult("tabanan", []),
      "tabanan",
      RULES.filter((x) => x.obligation !== "DC-01"),
    );
    expect(rowOf(unchecked, "DC-01").status).toBe("unchecked");
    expect(verdictText(rowOf(unchecked, "DC-01")).id).toBe("Perlu bukti");
  });

  it("has one row per obligation, in the order of docs/obligations.md", () => {
    const rows = buildMatrix(checkResult("tabanan", []), "tabanan", RULES);
    expect(rows.map((r) => r.obligation)).toEqual(OBLIGATIONS.map((o) => o.id));
    expect(rows).toHaveLength(44);
  });

  it("marks an obligation the region cites and no rule faults as passing, with its citation", () => {
    const row = rowOf(buildMatrix(checkResult("tabanan", []), "tabanan", RULES), "DC-01");
    expect(row.status).toBe("pass");
    expect(row.citation).toContain("Peraturan Bupati Tabanan Nomor 44 Tahun 2022");
    expect(row.rules.length).toBeGreaterThan(0);
  });

  it("marks an obligation the regulation is silent on as not applicable and names who requires it", () => {
    const row = rowOf(buildMatrix(checkResult("tabanan", []), "tabanan", RULES), "DC-07");
    expect(row.status).toBe("not-applicable");
    expect(row.citation).toBeNull();
    expect(row.requiredBy.join(" ")).toContain("Prabumulih");
  });

  it("reports a mandatory finding as a violation even when an advisory one sits beside it", () => {
    const rows = buildMatrix(
      checkResult("tabanan", [
        finding({ obligation: "NET-10", enforcement: "advisory" }, "anjuran"),
        finding({ obligation: "NET-10" }, "Situs di luar domain portal"),
      ]),
      "tabanan",
      RULES,
    );
    const row = rowOf(rows, "NET-10");
    expect(row.status).toBe("violation");
    expect(row.findings.map((f) => f.message.id.split(" Dasar:")[0])).toEqual([
      "anjuran",
      "Situs di luar domain portal",
    ]);
    expect(row.findings[1]?.message.en).toMatch(
      /^Situs di luar domain portal \(en\) Basis: basis\. Fix: fix$/,
    );
    expect(row.findings[1]?.location).toBe("inventory/regions/tabanan.yaml:3:5");
  });

  it("reports only advisory findings as advisory", () => {
    const rows = buildMatrix(
      checkResult("tabanan", [finding({ obligation: "SEC-05", enforcement: "advisory" })]),
      "tabanan",
      RULES,
    );
    expect(rowOf(rows, "SEC-05").status).toBe("advisory");
  });

  it("shows an exemption with its reason, approver and end date", () => {
    const rows = buildMatrix(
      checkResult("tabanan", [
        finding({ obligation: "DC-02" }, "x", {
          reason: "migrasi 2027",
          approvedBy: "Kepala Dinas",
          until: "2027-06-30",
        }),
      ]),
      "tabanan",
      RULES,
    );
    const row = rowOf(rows, "DC-02");
    expect(row.status).toBe("exempt");
    expect(row.exemptions).toEqual([
      { resource: "bkpsdm", reason: "migrasi 2027", approvedBy: "Kepala Dinas", until: "2027-06-30" },
    ]);
    expect(row.findings).toEqual([]);
  });

  it("never calls an obligation no rule checks a pass", () => {
    const rows = buildMatrix(
      checkResult("tabanan", []),
      "tabanan",
      RULES.filter((r) => r.obligation !== "DC-01"),
    );
    expect(rowOf(rows, "DC-01").status).toBe("unchecked");
  });

  it("keeps findings of no obligation (the pack's exemption review) out of the rows", () => {
    const check = checkResult("tabanan", [finding({ obligation: "PACK" })]);
    expect(buildMatrix(check, "tabanan", RULES).every((r) => r.findings.length === 0)).toBe(true);
    expect(otherFindings(check)).toHaveLength(1);
  });
});
