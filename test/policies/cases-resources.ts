/** Violating cases on resources, including hand-written ones the components would never make. */
import { compliantStack, mutate, res } from "./fixture";
import { add, annotation, ev, K, label, type Case } from "./cases-helpers";

export const RESOURCE_CASES: Case[] = [
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
    it: "flags a workload running on an office site",
    stack: () => label("simpeg", "spbe.go.id/site-kind", "office"),
    mentions: "office",
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
    rule: "spbe-drc-02-separate-failure-domain",
    it: "flags a backup target on the data's own failure domain",
    stack: () => annotation("simpeg-data", "spbe.go.id/backup-failure-domain", "bali-tabanan"),
    mentions: "bali-tabanan",
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
    rule: "spbe-net-07-security-devices",
    it: "flags an internet-facing HTTPRoute served on a listener without TLS",
    stack: () =>
      mutate(compliantStack(), "edge", (i) => {
        i.spec.listeners[0].protocol = "HTTP";
        delete i.spec.listeners[0].tls;
      }),
    mentions: "edge/bkpsdm-simpeg",
  },
  {
    rule: "spbe-net-07-security-devices",
    it: "flags an internet-facing HTTPRoute attached to no Gateway",
    stack: () => mutate(compliantStack(), "simpeg-route", (i) => void (i.spec.parentRefs[0].name = "hilang")),
    mentions: "HTTPRoute 'bkpsdm/simpeg'",
  },
  {
    rule: "spbe-net-07-security-devices",
    it: "flags an infrastructure namespace without default deny",
    stack: () =>
      add(
        res(K("Namespace"), "spbe-security-ns", {
          metadata: { name: "spbe-security", labels: { "spbe.go.id/role": "security-control" } },
        }),
      ),
    mentions: "spbe-security",
  },
  {
    rule: "spbe-net-10-portal-domain",
    it: "flags a hand-written HTTPRoute host outside the portal domain",
    stack: () =>
      mutate(compliantStack(), "simpeg-route", (i) => void i.spec.hostnames.push("simpeg.example.com")),
    mentions: "simpeg.example.com",
  },
  {
    rule: "spbe-net-10-portal-domain",
    it: "flags a Gateway listener host outside the portal domain",
    stack: () =>
      mutate(compliantStack(), "edge", (i) => void (i.spec.listeners[0].hostname = "simpeg.example.com")),
    mentions: "Gateway 'spbe-edge/edge'",
  },
  {
    rule: "spbe-spl-01-integrate-through-gateway",
    it: "flags an agency's HTTPRoute straight to another agency's Service",
    stack: () => [
      ...mutate(
        compliantStack(),
        "simpeg-route",
        (i) =>
          void i.spec.rules[0].backendRefs.push({
            kind: "Service",
            namespace: "dinkes",
            name: "sikda",
            port: 80,
          }),
      ),
      res(K("Namespace"), "dinkes-ns", {
        metadata: {
          name: "dinkes",
          labels: { "spbe.go.id/agency": "dinkes", "spbe.go.id/role": "agency-namespace" },
        },
      }),
    ],
    mentions: "dinkes",
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
    rule: "spbe-spl-05-over-jaringan-intra",
    it: "flags a gateway exposed to the internet",
    stack: () => label("gateway", "spbe.go.id/exposure", "internet"),
    mentions: "internet",
  },
  {
    rule: "spbe-sec-01-classification",
    it: "flags data without a security classification",
    stack: () => label("simpeg-data", "spbe.go.id/classification", undefined),
    mentions: "simpeg-data",
  },
  {
    rule: "spbe-sec-03-gateway-authentication",
    it: "flags a gateway route no authenticating security policy protects",
    stack: () => mutate(compliantStack(), "route-pegawai-policy", (i) => void delete i.spec.basicAuth),
    mentions: "kepegawaian-pegawai",
  },
  {
    rule: "spbe-sec-04-trusted-certificates",
    it: "flags a certificate from an untrusted issuer",
    stack: () => mutate(compliantStack(), "simpeg-cert", (i) => void (i.spec.issuerRef.name = "letsencrypt")),
    mentions: "letsencrypt",
  },
];
