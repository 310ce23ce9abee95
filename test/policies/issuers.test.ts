/**
 * Who issued, audited or set something, on each regulation's terms: the structured `issuer` wins
 * over the free-text `by`; auditors (AUD-01/02), who does M&E (OPS-02), who sets the network
 * standard (NET-08) and the Kepala Dinas coordination of a PD Mandiri TIK's SPL (SPL-06).
 */
import { describe, expect, it } from "vitest";
import type { AnalyzableResource, Diagnostic } from "../../offline/analyze";
import type { Evidence } from "../../inventory/facts";
import { decodeMessage } from "../../policies/message";
import { issuerOf, issuerSatisfies } from "../../policies/rules/issuers";
import { compliantEvidence, compliantStack } from "./fixture";
import { findingsOf } from "./findings-of";

const findings = findingsOf;
const levels = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.enforcementLevel))];
const en = (ds: Diagnostic[]) => ds.map((d) => decodeMessage(d.message).en).join("\n");
function withEvidence(regulation: string, f: (e: Evidence) => void): AnalyzableResource[] {
  const e = compliantEvidence(regulation);
  f(e);
  return compliantStack(e);
}

describe("issuerOf", () => {
  const ev = { dinas: { id: "diskominfo", name: "Dinas Kominfo", serviceDesk: null } };
  it("prefers the structured kind over the text", () => {
    expect(issuerOf({ by: "Inspektorat", issuer: { kind: "auditor-terakreditasi" } }, ev)).toBe(
      "auditor-terakreditasi",
    );
    expect(issuerOf({ by: "Inspektorat" }, ev)).toBe("tim-auditor-daerah");
    expect(issuerOf({ by: "Badan Pengelolaan Keuangan dan Aset Daerah" }, ev)).toBe("pd-aset");
    expect(issuerOf({ issuer: { kind: "no-such-kind" } }, ev)).toBe("unknown");
    expect(issuerOf({}, ev)).toBeNull();
  });
  it("lets a collective kind take in its members, and nothing else", () => {
    expect(issuerSatisfies("dinas", "pemerintah-daerah")).toBe(true);
    expect(issuerSatisfies("bssn", "instansi-pusat")).toBe(true);
    expect(issuerSatisfies("bssn", "pemerintah-daerah")).toBe(false);
    expect(issuerSatisfies("unknown", "dinas")).toBe(false);
  });
});

describe("fitness approvals: a structured issuer is read before the text", () => {
  it("PPU 14(2)(c): keamanan with by 'BSSN' but issuer kind dinas violates", async () => {
    const s = withEvidence("ppu", (e) => void (e.network.approvals!.keamanan!.issuer = { kind: "dinas" }));
    expect(levels(await findings(s, "ppu", "NET-06"))).toEqual(["mandatory"]);
  });
  it("Prabumulih 22(4)(c): an unclassifiable text with issuer kind dinas complies", async () => {
    const s = withEvidence("prabumulih", (e) => {
      e.gateway!.approvals!.operasi = {
        reference: "X-1",
        date: "2026-01-10",
        by: "Kadis",
        issuer: { kind: "dinas" },
      };
    });
    expect(await findings(s, "prabumulih", "SPL-04")).toEqual([]);
  });
});

describe("who audits, per each regulation's text", () => {
  const auditedBy = (k: string, kind: string, by: string, issuer?: { kind: string }) =>
    withEvidence(k, (e) => {
      e.security.audits = [
        ...e.security.audits.filter((a) => a.kind !== kind),
        { kind, on: "2026-01-10", by, ...(issuer ? { issuer } : {}) },
      ];
    });
  it("Prabumulih 41(1): an infrastructure audit by the Inspektorat is not one by the Dinas", async () => {
    const ds = await findings(
      auditedBy("prabumulih", "infrastruktur", "Inspektorat"),
      "prabumulih",
      "AUD-01",
    );
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("not by the Dinas");
  });
  it("Tabanan 28(4): only an accredited auditor, recorded as such", async () => {
    expect(levels(await findings(auditedBy("tabanan", "keamanan", "BSSN"), "tabanan", "AUD-02"))).toEqual([
      "mandatory",
    ]);
    const ok = auditedBy("tabanan", "keamanan", "BSSN", { kind: "auditor-terakreditasi" });
    expect(await findings(ok, "tabanan", "AUD-02")).toEqual([]);
  });
  it("Tangerang 37(2)(a): a security audit by BSSN is not the internal audit team's", async () => {
    const ds = await findings(auditedBy("tangerang", "keamanan", "BSSN"), "tangerang", "AUD-02");
    expect(levels(ds)).toEqual(["mandatory"]);
  });
  it("Bengkulu 39(3): 'Instansi Pusat dan Pemerintah Daerah' needs both; one of them is a finding", async () => {
    const ds = await findings(auditedBy("bengkulu", "keamanan", "BSSN"), "bengkulu", "AUD-02");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("Pemerintah Daerah");
  });
  it("Tabanan 28(4): an auditor the text cannot classify is no accredited auditor", async () => {
    const ds = await findings(auditedBy("tabanan", "infrastruktur", "Siapa Saja"), "tabanan", "AUD-01");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("accredited ICT auditor");
  });
});

describe("OPS-02: who carries out the monitoring and evaluation", () => {
  it("Prabumulih 44(1): one without a recorded performer violates; by the Dinas complies", async () => {
    const none = withEvidence(
      "prabumulih",
      (e) => void (e.security.monitoringEvaluation = { lastOn: "2026-06-30" }),
    );
    expect(levels(await findings(none, "prabumulih", "OPS-02"))).toEqual(["mandatory"]);
    expect(await findings(compliantStack(compliantEvidence("prabumulih")), "prabumulih", "OPS-02")).toEqual(
      [],
    );
  });
  it("PPU 33(2) names no performer: none is needed", async () => {
    const none = withEvidence(
      "ppu",
      (e) => void (e.security.monitoringEvaluation = { lastOn: "2026-06-30" }),
    );
    expect(await findings(none, "ppu", "OPS-02")).toEqual([]);
  });
});

describe("NET-08 on its terms", () => {
  it("Tangerang 22(5): a standard set by the Dinas, not the PD for assets, violates", async () => {
    const s = withEvidence("tangerang", (e) => {
      e.network.standard = { name: "Standar Jaringan", attestedOn: "2026-01-01", by: "Dinas Kominfo" };
    });
    const ds = await findings(s, "tangerang", "NET-08");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("the agency responsible for assets");
  });
  it("Bengkulu 14(4): a standard without the LAN device room violates", async () => {
    const s = withEvidence("bengkulu", (e) => void (e.network.standard!.covers = ["perangkat", "manajemen"]));
    const ds = await findings(s, "bengkulu", "NET-08");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("the LAN device room");
  });
});

describe("SPL-06: a PD Mandiri TIK's SPL and the Kepala Dinas", () => {
  const mandiriBuilt = (k: string, coordinated: boolean) =>
    withEvidence(k, (e) => {
      e.agencies[0]!.mandiriTik = true;
      e.gateway!.builtBy = e.agencies[0]!.id;
      e.gateway!.dinasCoordination = coordinated ? { reference: "ND-7/2026", date: "2026-02-01" } : null;
    });
  it("Tabanan 13(6): without a record of the coordination it violates; with one it complies", async () => {
    const ds = await findings(mandiriBuilt("tabanan", false), "tabanan", "SPL-06");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(en(ds)).toContain("Kepala Dinas");
    expect(await findings(mandiriBuilt("tabanan", true), "tabanan", "SPL-06")).toEqual([]);
  });
  it("Prabumulih 22(3) asks no coordination", async () => {
    expect(await findings(mandiriBuilt("prabumulih", false), "prabumulih", "SPL-06")).toEqual([]);
  });
});

describe("DC-03: the placement test is the Dinas'", () => {
  it("Tabanan 14(10): a test recorded as made by another body violates; unnamed, it is the Dinas' own", async () => {
    const other = withEvidence("tabanan", (e) => void (e.applications[0]!.admission!.by = "BSSN"));
    expect(levels(await findings(other, "tabanan", "DC-03"))).toEqual(["mandatory"]);
    expect(await findings(compliantStack(compliantEvidence("tabanan")), "tabanan", "DC-03")).toEqual([]);
  });
});
