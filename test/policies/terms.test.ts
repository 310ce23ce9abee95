/**
 * Each regulation on its own terms: the compliant fixture with one thing changed, judged under
 * the regulations whose data files read it differently (intervals, any-of, issuers, standards,
 * who may build, per-data backups, toolkit defaults labelled and configurable).
 */
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzableResource, type Diagnostic } from "../../offline/analyze";
import type { Evidence } from "../../inventory/facts";
import type { PackConfig } from "../../policies/config";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { K } from "./cases-helpers";
import { compliantEvidence, compliantStack, mutate, res, TODAY } from "./fixture";

async function findings(
  stack: AnalyzableResource[],
  regulation: string,
  obligation: string,
  extra: PackConfig = {},
): Promise<Diagnostic[]> {
  const ds = await analyze(buildPolicies({ regulation, today: TODAY, ...extra }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
  return ds.filter((d) => decodeMessage(d.message).obligation === obligation);
}

const levels = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.enforcementLevel))];

/** The fixture compliant under `regulation`, with its evidence changed. */
function withEvidence(regulation: string, f: (e: Evidence) => void): AnalyzableResource[] {
  const e = compliantEvidence(regulation);
  f(e);
  return compliantStack(e);
}

describe("BK-03: every data set needs backup and recovery where the regulation binds it", () => {
  // The agency's schedule now selects simpeg only; a second data set (arsip) has no backup at all,
  // although the region still has a backup location.
  const stack = (k: string) => [
    ...mutate(compliantStack(compliantEvidence(k)), "bkpsdm-schedule", (i) => {
      i.spec.template.labelSelector = { matchLabels: { "spbe.go.id/app": "simpeg" } };
    }),
    res(K("PersistentVolumeClaim"), "arsip-data", {
      metadata: {
        name: "arsip-data",
        namespace: "bkpsdm",
        labels: {
          "spbe.go.id/role": "data",
          "spbe.go.id/app": "arsip",
          "spbe.go.id/agency": "bkpsdm",
          "spbe.go.id/classification": "terbatas",
        },
      },
    }),
  ];
  it.each(["tangerang", "ppu", "bengkulu", "prabumulih"])("is mandatory under %s", async (k) => {
    const ds = await findings(stack(k), k, "BK-03");
    expect(ds.length).toBeGreaterThan(0);
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("has no backup and recovery");
  });
  it("is advisory under Tabanan, which is silent, and names the regulations that require it", async () => {
    const ds = await findings(stack("tabanan"), "tabanan", "BK-03");
    expect(levels(ds)).toEqual(["advisory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("Perbup Tangerang 41/2023");
  });
  it("labels backup and recovery as the toolkit's means under PPU, whose 19(2)(c) names none", async () => {
    const ds = await findings(stack("ppu"), "ppu", "BK-03");
    expect(decodeMessage(ds[0]!.message).en).toContain("the toolkit's default");
  });
});

describe("DC-05: dan/atau is any of", () => {
  const regionalOnly = (k: string) =>
    withEvidence(k, (e) => {
      e.network.interconnects = [
        { kind: "jip-pusat", peer: "JIP Pusat", approvals: null },
        { kind: "pd-daerah", peer: "Pusat Data Provinsi Bengkulu", approvals: null },
      ];
    });
  it("accepts another region's data center without the PDN under Bengkulu 13(3)", async () => {
    expect(await findings(regionalOnly("bengkulu"), "bengkulu", "DC-05")).toEqual([]);
  });
  it("still requires the PDN under Tabanan 14(7) and PPU 17(1)", async () => {
    for (const k of ["tabanan", "ppu"])
      expect(levels(await findings(regionalOnly(k), k, "DC-05")), k).toEqual(["mandatory"]);
  });
  it("fails under Bengkulu when neither is there", async () => {
    const none = withEvidence("bengkulu", (e) => {
      e.network.interconnects = [{ kind: "jip-pusat", peer: "JIP Pusat", approvals: null }];
    });
    expect(levels(await findings(none, "bengkulu", "DC-05"))).toEqual(["mandatory"]);
  });
});

describe("intervals only where the regulation sets them", () => {
  const oldDiagram = (k: string) =>
    withEvidence(k, (e) => void (e.agencies[0]!.lanDiagramSubmittedOn = "2020-01-01"));
  it("an old LAN diagram complies under Prabumulih 20(1) (no interval set), not under Tabanan 11(1)", async () => {
    expect(await findings(oldDiagram("prabumulih"), "prabumulih", "NET-04")).toEqual([]);
    expect(levels(await findings(oldDiagram("tabanan"), "tabanan", "NET-04"))).toEqual(["mandatory"]);
  });
  it("a missing LAN diagram violates under Prabumulih", async () => {
    const none = withEvidence("prabumulih", (e) => void (e.agencies[0]!.lanDiagramSubmittedOn = null));
    expect(levels(await findings(none, "prabumulih", "NET-04"))).toEqual(["mandatory"]);
  });
  it("an old M&E complies under Prabumulih 44(1), not under PPU 33(2) nor Bengkulu 29(5) (yearly)", async () => {
    const old = (k: string) =>
      withEvidence(k, (e) => void (e.security.monitoringEvaluation!.lastOn = "2020-01-01"));
    expect(await findings(old("prabumulih"), "prabumulih", "OPS-02")).toEqual([]);
    expect(levels(await findings(old("bengkulu"), "bengkulu", "OPS-02"))).toEqual(["mandatory"]);
    expect(levels(await findings(old("ppu"), "ppu", "OPS-02"))).toEqual(["mandatory"]);
  });
  it("an audit of any age complies under Tangerang 37(2)(a); under Tabanan 28(6) it must be within 2 years", async () => {
    const old = (k: string) =>
      withEvidence(k, (e) => e.security.audits.forEach((a) => void (a.on = "2020-01-01")));
    expect(await findings(old("tangerang"), "tangerang", "AUD-01")).toEqual([]);
    expect(levels(await findings(old("tabanan"), "tabanan", "AUD-01"))).toEqual(["mandatory"]);
  });
});

describe("issuers of approvals, where the regulation names them", () => {
  it("Prabumulih 22(4)(c): an SPL approval from the ministry is not one from the Dinas", async () => {
    const s = withEvidence("prabumulih", (e) => void (e.gateway!.approvals!.keamanan!.by = "BSSN"));
    const ds = await findings(s, "prabumulih", "SPL-04");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("not by the Dinas");
  });
  it("PPU 14(2)(c): a Jaringan Intra security approval from the Dinas is not one from BSSN", async () => {
    const s = withEvidence("ppu", (e) => void (e.network.approvals!.keamanan!.by = "Dinas Kominfo PPU"));
    expect(levels(await findings(s, "ppu", "NET-06"))).toEqual(["mandatory"]);
  });
  it("Tangerang 21(2)(c)-(d) names no issuer: another issuer is only advisory, labelled as the toolkit's default", async () => {
    const s = withEvidence("tangerang", (e) => void (e.gateway!.approvals!.operasi!.by = "Dinas Kominfo"));
    const ds = await findings(s, "tangerang", "SPL-04");
    expect(levels(ds)).toEqual(["advisory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("the toolkit's default, not the regulation's");
  });
});

describe("standards, who builds, and words", () => {
  const isoOnly = (k: string) =>
    withEvidence(
      k,
      (e) => void (e.sites[0]!.standard = { name: "ANSI/TIA-942-B", attestedOn: "2026-01-01" }),
    );
  it("DC-06: Tangerang 23(4) accepts SNI only; Tabanan 14(3) accepts an international standard", async () => {
    expect(levels(await findings(isoOnly("tangerang"), "tangerang", "DC-06"))).toEqual(["mandatory"]);
    expect(await findings(isoOnly("tabanan"), "tabanan", "DC-06")).toEqual([]);
  });
  it("NET-03: a PD flagged Mandiri TIK building its own LAN violates Bengkulu 14(5) (no such category), not Tabanan 9(7)(b)", async () => {
    const own = (k: string) =>
      withEvidence(k, (e) => {
        e.agencies[0]!.mandiriTik = true;
        e.agencies[0]!.lanBuiltBy = e.agencies[0]!.id;
      });
    const ds = await findings(own("bengkulu"), "bengkulu", "NET-03");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("agencies[].mandiriTik does not apply");
    expect(await findings(own("tabanan"), "tabanan", "NET-03")).toEqual([]);
  });
  it("OPS-01: Tangerang asks each PD for a meja layanan, with no Dinas tier", async () => {
    const s = withEvidence("tangerang", (e) => {
      e.dinas.serviceDesk = null;
      e.agencies[0]!.serviceDesk = null;
    });
    const ds = await findings(s, "tangerang", "OPS-01");
    expect(ds).toHaveLength(1);
    expect(decodeMessage(ds[0]!.message).id).toContain("meja layanan");
  });
});

describe("rules that could not fail", () => {
  it("DC-09: monitoring software is not the NOC room", async () => {
    const s = withEvidence("tangerang", (e) => void (e.sites = e.sites.filter((x) => x.kind !== "noc")));
    const ds = await findings(s, "tangerang", "DC-09");
    expect(levels(ds)).toEqual(["advisory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("monitoring software alone is not a NOC room");
  });
  it("DC-10: an agency namespace bound to system:authenticated violates Tangerang 23(3)(c)", async () => {
    const s = [
      ...compliantStack(compliantEvidence("tangerang")),
      res(K("RoleBinding", "rbac.authorization.k8s.io/v1"), "bkpsdm-viewer", {
        metadata: { name: "bkpsdm-viewer", namespace: "bkpsdm" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "bkpsdm-viewer" },
        subjects: [{ kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" }],
      }),
    ];
    const ds = await findings(s, "tangerang", "DC-10");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("system:authenticated");
  });
  it("SEC-04: a self-signed ClusterIssuer is no trusted third party (Tangerang 29(7))", async () => {
    const s = [
      ...compliantStack(compliantEvidence("tangerang")),
      res(K("ClusterIssuer", "cert-manager.io/v1"), "selfsigned", {
        metadata: { name: "bsre-acme" },
        spec: { selfSigned: {} },
      }),
    ];
    const ds = await findings(s, "tangerang", "SEC-04");
    expect(levels(ds)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("not a trusted third party");
  });
});

describe("toolkit defaults", () => {
  const oldAttestation = withEvidence(
    "tangerang",
    (e) => void (e.sites[0]!.standard!.attestedOn = "2022-06-01"),
  );
  it("an attestation older than the toolkit's 3 years is advisory and says it is the toolkit's default", async () => {
    const ds = await findings(oldAttestation, "tangerang", "DC-06");
    expect(levels(ds)).toEqual(["advisory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("the toolkit's default, not the regulation's");
  });
  it("is configurable through the pack config's defaults", async () => {
    expect(
      await findings(oldAttestation, "tangerang", "DC-06", { defaults: { standardValidYears: 5 } }),
    ).toEqual([]);
  });
});
