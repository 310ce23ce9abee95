/**
 * A small, fully compliant region as raw resources (what the mock run captures), for rule tests
 * that start compliant and change one thing. Built as plain data so each test can mutate a copy.
 */
import { termsOf } from "../../policies/regulations";
import { auditsFor, governingRegulation, monitoringFor, networkStandardFor } from "./fixture-terms";

export { governedBy } from "./fixture-terms";
import type { Evidence } from "../../inventory/facts";
import { SECURITY_CONTROLS } from "../../inventory/schema";
import type { AnalyzableResource } from "../../offline/analyze";

const STACK = "urn:pulumi:test::spbe-infra::pulumi:pulumi:Stack::spbe-infra-test";
export const TODAY = "2026-11-23";

export function urn(type: string, name: string): string {
  return `urn:pulumi:test::spbe-infra::${type}::${name}`;
}

export function res(type: string, name: string, inputs: Record<string, unknown>): AnalyzableResource {
  return {
    urn: urn(type, name),
    type,
    name,
    inputs,
    parent: STACK,
    dependencies: [],
    provider: "",
    protect: false,
  };
}

const L = (extra: Record<string, string>) => ({ "spbe.go.id/region": "tabanan", ...extra });

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

const K = (kind: string, group = "core/v1") => `kubernetes:${group}:${kind}`;
const appLabels = L({
  "spbe.go.id/agency": "bkpsdm",
  "spbe.go.id/app": "simpeg",
  "spbe.go.id/site": "pd-utama",
  "spbe.go.id/site-kind": "pusat-data",
  "spbe.go.id/operator": "diskominfo",
  "spbe.go.id/failure-domain": "bali-tabanan",
  "spbe.go.id/classification": "terbatas",
});
const backupAnnotations = {
  "spbe.go.id/source": "applications[0]",
  "spbe.go.id/backup-target": "drc-1",
  "spbe.go.id/backup-failure-domain": "kepri-batam",
  "spbe.go.id/backup-schedule": "0 1 * * *",
  "spbe.go.id/backup-retention-days": "35",
  "spbe.go.id/backup-media": "object-storage",
};

/** The compliant stack; `evidence` lets a test change the paper trail. */
export function compliantStack(evidence: Evidence = compliantEvidence()): AnalyzableResource[] {
  return [
    {
      urn: STACK,
      type: "pulumi:pulumi:Stack",
      name: "spbe-infra-test",
      inputs: {},
      parent: "",
      dependencies: [],
      provider: "",
      protect: false,
    },
    res(K("Namespace"), "diskominfo-ns", {
      metadata: {
        name: "diskominfo",
        labels: L({ "spbe.go.id/agency": "diskominfo", "spbe.go.id/role": "dinas-namespace" }),
      },
    }),
    res(K("Namespace"), "bkpsdm-ns", {
      metadata: {
        name: "bkpsdm",
        labels: L({
          "spbe.go.id/agency": "bkpsdm",
          "spbe.go.id/role": "agency-namespace",
          "spbe.go.id/classification": "terbatas",
        }),
        annotations: { "spbe.go.id/source": "agencies[0]" },
      },
    }),
    res(K("NetworkPolicy", "networking.k8s.io/v1"), "diskominfo-default-deny", {
      metadata: { name: "default-deny", namespace: "diskominfo" },
      spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    }),
    res(K("NetworkPolicy", "networking.k8s.io/v1"), "bkpsdm-default-deny", {
      metadata: { name: "default-deny", namespace: "bkpsdm" },
      spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    }),
    res(K("Deployment", "apps/v1"), "simpeg", {
      metadata: {
        name: "simpeg",
        namespace: "bkpsdm",
        labels: { ...appLabels, "spbe.go.id/role": "app", "spbe.go.id/exposure": "internet" },
        annotations: {
          "spbe.go.id/source": "applications[0]",
          "spbe.go.id/consumes": '["bkn.siasn.pegawai"]',
        },
      },
      spec: { replicas: 2 },
    }),
    res(K("Service"), "simpeg-svc", {
      metadata: { name: "simpeg", namespace: "bkpsdm", labels: appLabels },
      spec: { type: "ClusterIP", ports: [{ port: 80 }] },
    }),
    res(K("PersistentVolumeClaim"), "simpeg-data", {
      metadata: {
        name: "simpeg-data",
        namespace: "bkpsdm",
        labels: { ...appLabels, "spbe.go.id/role": "data" },
        annotations: backupAnnotations,
      },
      spec: { resources: { requests: { storage: "20Gi" } } },
    }),
    res(K("Gateway", "gateway.networking.k8s.io/v1"), "edge", {
      metadata: {
        name: "edge",
        namespace: "spbe-edge",
        labels: L({ "spbe.go.id/role": "edge", "spbe.go.id/exposure": "internet" }),
        annotations: { "cert-manager.io/cluster-issuer": "bsre-acme" },
      },
      spec: {
        gatewayClassName: "spbe-edge",
        listeners: [
          {
            name: "bkpsdm-simpeg",
            protocol: "HTTPS",
            port: 443,
            hostname: "simpeg.tabanankab.go.id",
            tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: "simpeg-tls" }] },
          },
        ],
      },
    }),
    res(K("HTTPRoute", "gateway.networking.k8s.io/v1"), "simpeg-route", {
      metadata: {
        name: "simpeg",
        namespace: "bkpsdm",
        labels: { ...appLabels, "spbe.go.id/role": "edge", "spbe.go.id/exposure": "internet" },
        annotations: { "spbe.go.id/source": "applications[0]" },
      },
      spec: {
        parentRefs: [{ kind: "Gateway", namespace: "spbe-edge", name: "edge", sectionName: "bkpsdm-simpeg" }],
        hostnames: ["simpeg.tabanankab.go.id"],
        rules: [{ backendRefs: [{ kind: "Service", name: "simpeg", port: 80 }] }],
      },
    }),
    res(K("Certificate", "cert-manager.io/v1"), "simpeg-cert", {
      metadata: { name: "simpeg", namespace: "bkpsdm" },
      spec: { issuerRef: { name: "bsre-acme", kind: "ClusterIssuer" } },
    }),
    res(K("BackupStorageLocation", "velero.io/v1"), "drc-1-bsl", {
      metadata: {
        name: "drc-1",
        namespace: "velero",
        labels: L({ "spbe.go.id/role": "backup-location", "spbe.go.id/site": "drc-1" }),
      },
      spec: { provider: "aws" },
    }),
    res(K("Schedule", "velero.io/v1"), "bkpsdm-schedule", {
      metadata: {
        name: "bkpsdm",
        namespace: "velero",
        labels: L({ "spbe.go.id/role": "backup-schedule", "spbe.go.id/agency": "bkpsdm" }),
        annotations: backupAnnotations,
      },
      spec: {
        schedule: "0 1 * * *",
        template: { includedNamespaces: ["bkpsdm"], storageLocation: "drc-1", ttl: "840h" },
      },
    }),
    res(K("Deployment", "apps/v1"), "gateway", {
      metadata: {
        name: "gateway",
        namespace: "diskominfo",
        labels: L({
          "spbe.go.id/role": "gateway",
          "spbe.go.id/agency": "diskominfo",
          "spbe.go.id/exposure": "intra",
        }),
      },
    }),
    res(K("HTTPRoute", "gateway.networking.k8s.io/v1"), "route-pegawai", {
      metadata: {
        name: "kepegawaian-pegawai",
        namespace: "diskominfo",
        labels: L({ "spbe.go.id/role": "gateway-route" }),
      },
    }),
    res(K("Secret"), "consumer-bappeda", {
      metadata: {
        name: "consumer-bappeda",
        namespace: "diskominfo",
        labels: L({ "spbe.go.id/role": "gateway-consumer" }),
      },
    }),
    res(K("SecurityPolicy", "gateway.envoyproxy.io/v1alpha1"), "route-pegawai-policy", {
      metadata: {
        name: "kepegawaian-pegawai",
        namespace: "diskominfo",
        labels: L({ "spbe.go.id/role": "gateway-route" }),
      },
      spec: {
        targetRef: { group: "gateway.networking.k8s.io", kind: "HTTPRoute", name: "kepegawaian-pegawai" },
        basicAuth: { users: { kind: "Secret", name: "consumer-bappeda" } },
      },
    }),
    res(K("Deployment", "apps/v1"), "monitoring", {
      metadata: {
        name: "prometheus",
        namespace: "diskominfo",
        labels: L({ "spbe.go.id/role": "monitoring" }),
      },
    }),
    res(K("ConfigMap"), "spbe-evidence", {
      metadata: {
        name: "spbe-evidence",
        namespace: "diskominfo",
        labels: L({ "spbe.go.id/role": "evidence" }),
      },
      data: { "evidence.json": JSON.stringify(evidence) },
    }),
  ];
}

/** Replaces the resource named `name` with `f` applied to a deep copy of its inputs. */
export function mutate(
  stack: AnalyzableResource[],
  name: string,
  f: (inputs: Record<string, any>) => void, // eslint-disable-line @typescript-eslint/no-explicit-any
): AnalyzableResource[] {
  let hit = false;
  const out = stack.map((r) => {
    if (r.name !== name) return r;
    hit = true;
    const inputs = structuredClone(r.inputs);
    f(inputs);
    return { ...r, inputs };
  });
  if (!hit) throw new Error(`fixture has no resource '${name}'`);
  return out;
}
