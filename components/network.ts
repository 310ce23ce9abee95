/**
 * What each kind of namespace the program creates is opened to, on top of default deny in both
 * directions and DNS (the boundary itself is the adapter's: kubernetes-tenant.ts). Tenants (the
 * agencies' and the dinas' namespaces) are reached by the edge and the gateway and reach only the
 * gateway; the infrastructure namespaces are opened only for what their workloads do.
 */
import type { NetworkAllowance } from "./platform/adapter";
import { EDGE } from "./platform/kubernetes-pod";

/** An agency's or the dinas' tenant: its internet apps from the edge, its services from and to the gateway. */
export function tenantAllowances(gatewayNamespace: string | null): NetworkAllowance[] {
  const out: NetworkAllowance[] = [
    { purpose: "edge", direction: "ingress", peers: [{ gatewayProxies: EDGE.namespace }] },
  ];
  if (gatewayNamespace) {
    out.push(
      { purpose: "gateway-in", direction: "ingress", peers: [{ gatewayProxies: gatewayNamespace }] },
      { purpose: "gateway-out", direction: "egress", peers: [{ gatewayProxies: gatewayNamespace }] },
    );
  }
  return out;
}

/** The dinas' object storage (its S3 store on Kubernetes): the other sites' backups and logs come through the edge. */
export function objectStorageAllowances(port: number): NetworkAllowance[] {
  return [
    {
      purpose: "edge",
      direction: "ingress",
      peers: [{ gatewayProxies: EDGE.namespace }],
      ports: [{ protocol: "TCP", port }],
    },
  ];
}

/**
 * The security agents' namespace: the log shipper reaches the log store over HTTPS. The store is
 * a host name (another site's edge, PDN, a provider) whose address the inventory does not hold,
 * so the opening is by port: TLS to any address, nothing else.
 */
export function securityAllowances(logStorePort: number | null): NetworkAllowance[] {
  if (logStorePort === null) return [];
  return [
    {
      purpose: "log-store",
      direction: "egress",
      peers: [{ cidr: "0.0.0.0/0" }],
      ports: [{ protocol: "TCP", port: logStorePort }],
    },
  ];
}
