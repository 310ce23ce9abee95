/**
 * The paper trail of the compliant test region (test/policies/fixture.ts): evidence compliant
 * under a given regulation, its approvals issued as the regulation's terms name the issuers.
 */
import type { Evidence } from "../../inventory/facts";
import { SECURITY_CONTROLS } from "../../inventory/schema";
import { termsOf } from "../../policies/regulations";
import { auditsFor, governingRegulation, monitoringFor, networkStandardFor } from "./fixture-terms";

const ISSUER_TEXT: Record<string, string> = {
  kominfo: "Kementerian Komunikasi dan Digital",
  bssn: "BSSN",
  dinas: "Dinas Komunikasi dan Informatika",
};

/** Approvals issued as the regulation's terms for `obligation` name (the toolkit's defaults elsewhere). */
function approvalsFor(obligation: string, regulation: string) {
  const issuers = termsOf(obligation, regulation)?.issuers;
  return {
    operasi: {
      reference: "B-1/2026",
      date: "2026-01-10",
      by: ISSUER_TEXT[issuers?.operasi?.[0] ?? "kominfo"],
    },
    keamanan: {
      reference: "B-2/2026",
      date: "2026-01-11",
      by: ISSUER_TEXT[issuers?.keamanan?.[0] ?? "bssn"],
    },
  };
}

/** Evidence compliant under `regulation` (the issuers of approvals are the one thing that differs). */
export function compliantEvidence(regulation = governingRegulation()): Evidence {
  const approvals = approvalsFor("NET-06", regulation);
  return {
    region: {
      key: "tabanan",
      name: "Kabupaten Tabanan",
      kind: "kabupaten",
      regulation,
      portalDomain: "tabanankab.go.id",
    },
    dinas: {
      id: "diskominfo",
      name: "Dinas Kominfo",
      serviceDesk: { tier: 2, contact: "layanan@tabanankab.go.id" },
    },
    agencies: [
      {
        id: "bkpsdm",
        name: "Badan Kepegawaian",
        mandiriTik: false,
        serviceDesk: { tier: 1, contact: "tik@bkpsdm.tabanankab.go.id" },
        lanSite: "kantor-bkpsdm",
        lanBuiltBy: "diskominfo",
        lanDiagramSubmittedOn: "2026-03-01",
        lanLastChangeReportedOn: null,
        bandwidthMbps: { proposed: 100, granted: 50 },
        source: "agencies[0]",
      },
    ],
    sites: [
      {
        id: "pd-utama",
        kind: "pusat-data",
        operator: "diskominfo",
        failureDomain: "bali-tabanan",
        platform: "kubernetes",
        standard: { name: "SNI 8799-1:2019", attestedOn: "2025-06-01" },
        source: "sites[0]",
      },
      {
        id: "drc-1",
        kind: "drc",
        operator: "pdn",
        failureDomain: "kepri-batam",
        platform: "kubernetes",
        standard: null,
        source: "sites[1]",
      },
      {
        id: "noc",
        kind: "noc",
        operator: "diskominfo",
        failureDomain: "bali-tabanan",
        platform: null,
        standard: null,
        source: "sites[2]",
      },
    ],
    applications: [
      {
        id: "simpeg",
        owner: "bkpsdm",
        placement: "hosting",
        site: "pd-utama",
        domain: "simpeg.tabanankab.go.id",
        exposure: "internet",
        admission: { request: "ND-2026/014", testedOn: "2026-01-20", result: "accepted" },
        backupProcedure: "SOP-BK-01",
        hasData: true,
        source: "applications[0]",
      },
    ],
    network: {
      supernet: "10.20.0.0/16",
      interconnects: [
        { kind: "jip-pusat", peer: "JIP Pusat", approvals },
        { kind: "pdn", peer: "Pusat Data Nasional", approvals: null },
      ],
      approvals,
      standard: networkStandardFor(regulation),
      bandwidth: { monitoring: true, lastEvaluatedOn: "2026-11-01" },
    },
    gateway: {
      site: "pd-utama",
      kind: "gsb",
      builtBy: "diskominfo",
      upstreams: [{ id: "splp", kind: "splp-nasional", url: "https://splp.example.go.id" }],
      interoperability: { standard: "Standar Interoperabilitas Layanan SPBE (Permenkominfo)", version: "1" },
      approvals: approvalsFor("SPL-04", regulation),
    },
    security: {
      controls: [...SECURITY_CONTROLS],
      continuityPlan: { updatedOn: "2026-01-01" },
      vulnerabilityAssessment: { lastOn: "2026-06-01" },
      sop: { reference: "SOP-PD-01", updatedOn: "2026-01-01" },
      monitoringEvaluation: monitoringFor(regulation),
      activityRecords: { retentionDays: 365, auditLevel: "Metadata" },
      certificateIssuer: { name: "bsre-acme", authority: "BSrE" },
      audits: [
        ...auditsFor("AUD-01", "infrastruktur", "tim-auditor-daerah", regulation),
        ...auditsFor("AUD-02", "keamanan", "bssn", regulation),
      ],
    },
    // The agents of the declared controls come with each site's platform stack.
    platforms: ["pd-utama", "drc-1"].map((site) => ({
      site,
      stack: `organization/spbe-platform/tabanan-${site}`,
      addOns: ["falco", "fluent-bit", "kube-prometheus-stack"],
    })),
  };
}
