/**
 * One violating case per rule: the compliant fixture with exactly one thing changed (where a rule
 * needs the absence of two facts, both are named). `mentions` is the offending value the message
 * must name.
 */
import type { Evidence } from "../../inventory/facts";
import type { AnalyzableResource } from "../../cli/analyze";
import { compliantEvidence, compliantStack, mutate, res } from "./fixture";

export interface Case {
  rule: string;
  it: string;
  stack: () => AnalyzableResource[];
  mentions: string;
}

function ev(f: (e: Evidence) => void): AnalyzableResource[] {
  const e = compliantEvidence();
  f(e);
  return compliantStack(e);
}

const without = (xs: string[], x: string) => xs.filter((y) => y !== x);
const label = (name: string, key: string, value: string | undefined) =>
  mutate(compliantStack(), name, (i) => {
    if (value === undefined) delete i.metadata.labels[key];
    else i.metadata.labels[key] = value;
  });
const annotation = (name: string, key: string, value: string | undefined) =>
  mutate(compliantStack(), name, (i) => {
    if (value === undefined) delete i.metadata.annotations[key];
    else i.metadata.annotations[key] = value;
  });
const add = (r: AnalyzableResource) => [...compliantStack(), r];
const K = (kind: string, group = "core/v1") => `kubernetes:${group}:${kind}`;

export const CASES: Case[] = [
  {
    rule: "spbe-dc-01-dinas-operates-pusat-data",
    it: "flags a pusat-data site operated by an agency",
    stack: () => ev((e) => void (e.sites[0]!.operator = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-dc-01-dinas-operates-pusat-data",
    it: "flags a hand-written data center component operated by an agency",
    stack: () =>
      add(
        res(K("StatefulSet", "apps/v1"), "dinkes-storage", {
          metadata: {
            name: "storage",
            namespace: "dinkes",
            labels: {
              "spbe.go.id/site": "pd-dinkes",
              "spbe.go.id/site-kind": "pusat-data",
              "spbe.go.id/operator": "dinkes",
            },
          },
        }),
      ),
    mentions: "dinkes",
  },
  {
    rule: "spbe-dc-02-placed-in-pusat-data",
    it: "flags an application placed outside the Dinas' Pusat Data",
    stack: () => ev((e) => void (e.applications[0]!.site = "noc")),
    mentions: "noc",
  },
  {
    rule: "spbe-dc-02-placed-in-pusat-data",
    it: "flags a workload running on an office site",
    stack: () => label("simpeg", "spbe.go.id/site-kind", "office"),
    mentions: "office",
  },
  {
    rule: "spbe-dc-03-admission-test",
    it: "flags an application without an admission test record",
    stack: () => ev((e) => void (e.applications[0]!.admission = null)),
    mentions: "simpeg",
  },
  {
    rule: "spbe-dc-04-operating-procedure",
    it: "flags a Pusat Data without an operating procedure",
    stack: () => ev((e) => void (e.security.sop = null)),
    mentions: "security.sop",
  },
  {
    rule: "spbe-dc-05-pdn-connected",
    it: "flags a Pusat Data not connected to the PDN",
    stack: () =>
      ev((e) => void (e.network.interconnects = e.network.interconnects.filter((i) => i.kind !== "pdn"))),
    mentions: "pdn",
  },
  {
    rule: "spbe-dc-06-sni-standard",
    it: "flags a standard attestation older than three years",
    stack: () =>
      ev((e) => void (e.sites[0]!.standard = { name: "SNI 8799-1:2019", attestedOn: "2022-01-01" })),
    mentions: "2022-01-01",
  },
  {
    rule: "spbe-dc-07-uptime-and-server-security",
    it: "flags a Pusat Data without up-time monitoring",
    stack: () => label("monitoring", "spbe.go.id/role", "app-tool"),
    mentions: "monitoring",
  },
  {
    rule: "spbe-dc-08-own-servers-mandiri-only",
    it: "flags a colocation server of an agency that is not Mandiri TIK",
    stack: () =>
      add(
        res(K("Pod"), "srv-bkpsdm-01", {
          metadata: {
            name: "srv-bkpsdm-01",
            labels: {
              "spbe.go.id/role": "colocation-server",
              "spbe.go.id/agency": "bkpsdm",
              "spbe.go.id/classification": "internal",
            },
          },
        }),
      ),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-dc-09-noc",
    it: "flags a Pusat Data with neither a NOC nor monitoring",
    stack: () =>
      mutate(
        ev((e) => void (e.sites = e.sites.filter((s) => s.kind !== "noc"))),
        "monitoring",
        (i) => void (i.metadata.labels["spbe.go.id/role"] = "app-tool"),
      ),
    mentions: "NOC",
  },
  {
    rule: "spbe-dc-10-tenant-isolation",
    it: "flags an agency namespace without default-deny",
    stack: () =>
      mutate(
        compliantStack(),
        "bkpsdm-default-deny",
        (i) => void (i.spec.ingress = [{ from: [{ ipBlock: { cidr: "0.0.0.0/0" } }] }]),
      ),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-drc-01-drc-exists",
    it: "flags a region without a DRC site",
    stack: () => ev((e) => void (e.sites[1]!.kind = "office")),
    mentions: "drc",
  },
  {
    rule: "spbe-drc-02-separate-failure-domain",
    it: "flags a backup target on the data's own failure domain",
    stack: () => annotation("simpeg-data", "spbe.go.id/backup-failure-domain", "bali-tabanan"),
    mentions: "bali-tabanan",
  },
  {
    rule: "spbe-drc-02-separate-failure-domain",
    it: "flags a DRC in the Pusat Data's failure domain",
    stack: () => ev((e) => void (e.sites[1]!.failureDomain = "bali-tabanan")),
    mentions: "bali-tabanan",
  },
  {
    rule: "spbe-drc-03-drc-operator",
    it: "flags a DRC operated by an agency",
    stack: () => ev((e) => void (e.sites[1]!.operator = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-bk-01-data-backed-up",
    it: "flags a data volume no backup schedule covers",
    stack: () =>
      mutate(
        compliantStack(),
        "bkpsdm-schedule",
        (i) => void (i.spec.template.includedNamespaces = ["dinkes"]),
      ),
    mentions: "simpeg-data",
  },
  {
    rule: "spbe-bk-02-period-and-media",
    it: "flags data without a recorded backup media",
    stack: () => annotation("simpeg-data", "spbe.go.id/backup-media", undefined),
    mentions: "media",
  },
  {
    rule: "spbe-bk-03-backup-and-recovery",
    it: "flags a schedule pointing at a missing backup location",
    stack: () =>
      mutate(compliantStack(), "bkpsdm-schedule", (i) => void (i.spec.template.storageLocation = "hilang")),
    mentions: "hilang",
  },
  {
    rule: "spbe-bk-04-procedure-documented",
    it: "flags data without a documented backup procedure",
    stack: () => ev((e) => void (e.applications[0]!.backupProcedure = null)),
    mentions: "simpeg",
  },
  {
    rule: "spbe-net-01-no-bypass-service",
    it: "flags a LoadBalancer Service in an agency namespace",
    stack: () => mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec.type = "LoadBalancer")),
    mentions: "LoadBalancer",
  },
  {
    rule: "spbe-net-01-no-bypass-service",
    it: "flags a NodePort Service in an agency namespace",
    stack: () => mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec.type = "NodePort")),
    mentions: "NodePort",
  },
  {
    rule: "spbe-net-02-dinas-runs-wan",
    it: "flags a WAN edge operated by an agency",
    stack: () =>
      add(
        res(K("Deployment", "apps/v1"), "edge-bkpsdm", {
          metadata: {
            name: "edge",
            namespace: "bkpsdm",
            labels: { "spbe.go.id/role": "edge", "spbe.go.id/operator": "bkpsdm" },
          },
        }),
      ),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-net-03-lan-builder",
    it: "flags a LAN built by an agency that is not Mandiri TIK",
    stack: () => ev((e) => void (e.agencies[0]!.lanBuiltBy = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-net-04-lan-diagram-yearly",
    it: "flags a LAN diagram older than a year",
    stack: () => ev((e) => void (e.agencies[0]!.lanDiagramSubmittedOn = "2025-11-01")),
    mentions: "2025-11-01",
  },
  {
    rule: "spbe-net-05-intra-interconnect",
    it: "flags a Jaringan Intra without an intra interconnect",
    stack: () =>
      ev(
        (e) => void (e.network.interconnects = e.network.interconnects.filter((i) => i.kind !== "jip-pusat")),
      ),
    mentions: "interconnect",
  },
  {
    rule: "spbe-net-06-fitness-approvals",
    it: "flags a Jaringan Intra without a security fitness approval",
    stack: () => ev((e) => void delete e.network.approvals!.keamanan),
    mentions: "keamanan",
  },
  {
    rule: "spbe-net-07-security-devices",
    it: "flags an internet-facing Ingress without TLS",
    stack: () => mutate(compliantStack(), "simpeg-ingress", (i) => void delete i.spec.tls),
    mentions: "TLS",
  },
  {
    rule: "spbe-net-07-security-devices",
    it: "flags a network without IDS/IPS",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "ids-ips"))),
    mentions: "ids-ips",
  },
  {
    rule: "spbe-net-08-network-standard",
    it: "flags a network without a recorded standard",
    stack: () => ev((e) => void (e.network.standard = null)),
    mentions: "network.standard",
  },
  {
    rule: "spbe-net-09-bandwidth-managed",
    it: "flags a bandwidth evaluation older than a month",
    stack: () => ev((e) => void (e.network.bandwidth = { monitoring: true, lastEvaluatedOn: "2026-08-01" })),
    mentions: "2026-08-01",
  },
  {
    rule: "spbe-net-10-portal-domain",
    it: "flags a website outside the portal domain",
    stack: () => ev((e) => void (e.applications[0]!.domain = "simpeg-tabanan.com")),
    mentions: "simpeg-tabanan.com",
  },
  {
    rule: "spbe-net-10-portal-domain",
    it: "flags a hand-written Ingress host outside the portal domain",
    stack: () =>
      mutate(
        compliantStack(),
        "simpeg-ingress",
        (i) => void i.spec.rules.push({ host: "simpeg.example.com" }),
      ),
    mentions: "simpeg.example.com",
  },
  {
    rule: "spbe-spl-01-integrate-through-gateway",
    it: "flags an app calling another app around the gateway",
    stack: () => annotation("simpeg", "spbe.go.id/calls", '["sipd"]'),
    mentions: "sipd",
  },
  {
    rule: "spbe-spl-01-integrate-through-gateway",
    it: "flags a NetworkPolicy that lets one agency reach another directly",
    stack: () => [
      ...compliantStack(),
      res(K("Namespace"), "dinkes-ns", {
        metadata: {
          name: "dinkes",
          labels: {
            "spbe.go.id/agency": "dinkes",
            "spbe.go.id/role": "agency-namespace",
            "spbe.go.id/classification": "internal",
          },
        },
      }),
      res(K("NetworkPolicy", "networking.k8s.io/v1"), "dinkes-deny", {
        metadata: { name: "default-deny", namespace: "dinkes" },
        spec: { podSelector: {}, policyTypes: ["Ingress"] },
      }),
      res(K("NetworkPolicy", "networking.k8s.io/v1"), "bkpsdm-from-dinkes", {
        metadata: { name: "from-dinkes", namespace: "bkpsdm" },
        spec: {
          podSelector: {},
          ingress: [
            { from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "dinkes" } } }] },
          ],
        },
      }),
    ],
    mentions: "dinkes",
  },
  {
    rule: "spbe-spl-02-upstream-gateways",
    it: "flags a gateway connected to no upstream",
    stack: () => ev((e) => void (e.gateway!.upstreams = [])),
    mentions: "SPLP",
  },
  {
    rule: "spbe-spl-03-interoperability-standard",
    it: "flags a gateway without an interoperability standard",
    stack: () => ev((e) => void (e.gateway!.interoperability = null)),
    mentions: "interoperab",
  },
  {
    rule: "spbe-spl-04-fitness-approvals",
    it: "flags a gateway without an operational fitness approval",
    stack: () => ev((e) => void delete e.gateway!.approvals!.operasi),
    mentions: "operasi",
  },
  {
    rule: "spbe-spl-05-over-jaringan-intra",
    it: "flags a gateway exposed to the internet",
    stack: () => label("gateway", "spbe.go.id/exposure", "internet"),
    mentions: "internet",
  },
  {
    rule: "spbe-spl-06-built-by-dinas",
    it: "flags a gateway built by an agency that is not Mandiri TIK",
    stack: () => ev((e) => void (e.gateway!.builtBy = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-spl-07-government-service-bus",
    it: "flags an integration platform that is not a GSB",
    stack: () => ev((e) => void (e.gateway!.kind = "spl")),
    mentions: "spl",
  },
  {
    rule: "spbe-sec-01-classification",
    it: "flags data without a security classification",
    stack: () => label("simpeg-data", "spbe.go.id/classification", undefined),
    mentions: "simpeg-data",
  },
  {
    rule: "spbe-sec-02-integrity-monitoring",
    it: "flags missing modification detection",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "integrity-monitoring"))),
    mentions: "integrity-monitoring",
  },
  {
    rule: "spbe-sec-03-gateway-authentication",
    it: "flags gateway routes without verified consumers",
    stack: () => label("consumer-bappeda", "spbe.go.id/role", "secret"),
    mentions: "1",
  },
  {
    rule: "spbe-sec-04-trusted-certificates",
    it: "flags a certificate from an untrusted issuer",
    stack: () => mutate(compliantStack(), "simpeg-cert", (i) => void (i.spec.issuerRef.name = "letsencrypt")),
    mentions: "letsencrypt",
  },
  {
    rule: "spbe-sec-05-infrastructure-controls",
    it: "flags missing OS hardening",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "hardening"))),
    mentions: "hardening",
  },
  {
    rule: "spbe-sec-06-continuity-and-vulnerability",
    it: "flags a vulnerability assessment older than a year",
    stack: () => ev((e) => void (e.security.vulnerabilityAssessment = { lastOn: "2025-01-01" })),
    mentions: "2025-01-01",
  },
  {
    rule: "spbe-aud-01-infrastructure-audit",
    it: "flags an infrastructure audit older than two years",
    stack: () => ev((e) => void (e.security.audits[0]!.on = "2024-01-01")),
    mentions: "2024-01-01",
  },
  {
    rule: "spbe-aud-02-security-audit",
    it: "flags a security audit older than two years",
    stack: () => ev((e) => void (e.security.audits[1]!.on = "2024-01-01")),
    mentions: "2024-01-01",
  },
  {
    rule: "spbe-ops-01-service-desk",
    it: "flags an agency without a Tier 1 service desk",
    stack: () => ev((e) => void (e.agencies[0]!.serviceDesk = null)),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-ops-02-yearly-evaluation",
    it: "flags monitoring and evaluation older than a year",
    stack: () => ev((e) => void (e.security.monitoringEvaluation = { lastOn: "2025-06-01" })),
    mentions: "2025-06-01",
  },
];
