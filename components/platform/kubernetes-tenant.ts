/**
 * A tenant on Kubernetes: the namespace (restricted Pod Security by default), its quota and
 * container limits, a Role and RoleBinding per access role of the user catalog; and its network
 * boundary: default deny in both directions, DNS, then only the openings the component names, each
 * its own labelled NetworkPolicy.
 */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { ROLE_RULES } from "../../plan/catalogs";
import type { Made, NetworkBoundarySpec, NetworkPeer, TenantSpec } from "./adapter";
import type { KubernetesAdapter } from "./kubernetes";
import { EDGE, meta } from "./kubernetes-pod";

export function tenant(a: KubernetesAdapter, spec: TenantSpec, parent: pulumi.Resource): Made {
  const o = parent;
  const labels = {
    ...spec.facts.labels,
    "pod-security.kubernetes.io/enforce": spec.podSecurity,
    "pod-security.kubernetes.io/enforce-version": "latest",
  };
  const ns = new k8s.core.v1.Namespace(
    `${spec.key}-ns`,
    { metadata: { name: spec.name, labels, annotations: spec.facts.annotations } },
    a.opts(o, { protect: spec.protect }),
  );
  const resources: pulumi.Resource[] = [ns];
  const m = (suffix: string) => meta(`${spec.name}-${suffix}`, spec.name, spec.facts);
  const dep = { dependsOn: [ns] };
  if (spec.quota) {
    const q = spec.quota;
    resources.push(
      new k8s.core.v1.ResourceQuota(
        `${spec.key}-quota`,
        {
          metadata: m("quota"),
          spec: {
            hard: {
              "requests.cpu": q.cpu,
              "requests.memory": q.memory,
              "limits.cpu": q.cpu,
              "limits.memory": q.memory,
              "requests.storage": `${q.storageGi}Gi`,
              pods: String(q.pods),
            },
          },
        },
        a.opts(o, dep),
      ),
      new k8s.core.v1.LimitRange(
        `${spec.key}-limits`,
        {
          metadata: m("limits"),
          spec: {
            limits: [
              {
                type: "Container",
                default: { cpu: "500m", memory: "512Mi" },
                defaultRequest: { cpu: "100m", memory: "128Mi" },
                max: { cpu: "4", memory: "8Gi" },
              },
            ],
          },
        },
        a.opts(o, dep),
      ),
    );
  }
  const roles = [...new Set((spec.access ?? []).map((a) => a.role))];
  for (const role of roles) {
    const r = new k8s.rbac.v1.Role(
      `${spec.key}-${role}`,
      { metadata: m(role), rules: ROLE_RULES[role] },
      a.opts(o, dep),
    );
    const subjects = (spec.access ?? [])
      .filter((a) => a.role === role)
      .map((a) => ({ kind: a.kind, name: a.subject, apiGroup: "rbac.authorization.k8s.io" }));
    resources.push(
      r,
      new k8s.rbac.v1.RoleBinding(
        `${spec.key}-${role}`,
        {
          metadata: m(role),
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: `${spec.name}-${role}` },
          subjects,
        },
        a.opts(o, { dependsOn: [r] }),
      ),
    );
  }
  return { name: spec.name, resources };
}

/** Label on each NetworkPolicy of a boundary: which opening (or `default-deny`, `dns`) it is. */
export const ALLOWANCE_LABEL = "spbe.go.id/network-allowance";

/** Label Envoy Gateway puts on the proxy pods of a Gateway (in its controller's namespace). */
export const PROXY_NAMESPACE_LABEL = "gateway.envoyproxy.io/owning-gateway-namespace";

const nsPeer = (name: string) => ({
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": name } },
});

function peerOf(p: NetworkPeer): k8s.types.input.networking.v1.NetworkPolicyPeer {
  if ("tenant" in p) return nsPeer(p.tenant);
  if ("cidr" in p) return { ipBlock: { cidr: p.cidr } };
  return {
    ...nsPeer(EDGE.gatewayProxies),
    podSelector: { matchLabels: { [PROXY_NAMESPACE_LABEL]: p.gatewayProxies } },
  };
}

/**
 * Default deny in both directions for every pod of the tenant, DNS to kube-system, then one
 * NetworkPolicy per allowance, each named `allow-<purpose>` and labelled with its purpose.
 */
export function networkBoundary(
  a: KubernetesAdapter,
  spec: NetworkBoundarySpec,
  parent: pulumi.Resource,
): Made {
  const o = parent;
  const ns = spec.tenant.name;
  const dep = { dependsOn: spec.tenant.resources };
  const policy = (name: string, body: k8s.types.input.networking.v1.NetworkPolicySpec) => {
    const m = meta(name, ns, spec.facts);
    return new k8s.networking.v1.NetworkPolicy(
      `${spec.key}-${name}`,
      { metadata: { ...m, labels: { ...m.labels, [ALLOWANCE_LABEL]: name } }, spec: body },
      a.opts(o, dep),
    );
  };
  const resources = [
    policy("default-deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] }),
    policy("allow-dns", {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [
        {
          to: [{ ...nsPeer("kube-system"), podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
          ports: [
            { protocol: "UDP", port: 53 },
            { protocol: "TCP", port: 53 },
          ],
        },
      ],
    }),
  ];
  if (spec.sameNamespace) {
    resources.push(
      policy("allow-same-namespace", {
        podSelector: {},
        policyTypes: ["Ingress", "Egress"],
        ingress: [{ from: [{ podSelector: {} }] }],
        egress: [{ to: [{ podSelector: {} }] }],
      }),
    );
  }
  const seen = new Set<string>();
  for (const al of spec.allow) {
    if (al.peers.length === 0) continue;
    const name = `allow-${al.purpose}`;
    if (seen.has(name)) throw new Error(`network boundary of '${ns}': two openings named '${name}'`);
    seen.add(name);
    const rule = { ...(al.ports ? { ports: al.ports } : {}) };
    const peers = al.peers.map(peerOf);
    resources.push(
      policy(
        name,
        al.direction === "ingress"
          ? { podSelector: {}, policyTypes: ["Ingress"], ingress: [{ ...rule, from: peers }] }
          : { podSelector: {}, policyTypes: ["Egress"], egress: [{ ...rule, to: peers }] },
      ),
    );
  }
  return { name: ns, resources };
}
