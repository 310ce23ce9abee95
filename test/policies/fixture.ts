/**
 * A small, fully compliant region as raw resources (what the mock run captures), for rule tests
 * that start compliant and change one thing. Built as plain data so each test can mutate a copy.
 */
import type { Evidence } from "../../inventory/facts";
import type { AnalyzableResource } from "../../offline/analyze";
import { compliantEvidence } from "./fixture-evidence";

export { governedBy } from "./fixture-terms";
export { compliantEvidence } from "./fixture-evidence";

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
