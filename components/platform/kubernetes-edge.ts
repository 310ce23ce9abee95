/**
 * The internet edge of a Kubernetes site on Envoy Gateway through the Gateway API (it replaces
 * Ingress and ingress-nginx, retired upstream): the dinas' `spbe-edge` namespace holding one
 * Gateway with an HTTPS listener per published host (TLS from a cert-manager Certificate beside
 * it), and an HTTPRoute per application in the application's own namespace. Each listener admits
 * routes of that application's namespace only. A Gateway holds at most 64 listeners (the CRD's
 * limit), so a site with more published hosts gets `edge-2`, `edge-3`… in the same namespace.
 *
 * Routes are registered as components publish them; `finish` makes the Gateways once every host
 * of the site is known.
 */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { LABEL } from "../../inventory/facts";
import type { Facts } from "../facts";
import type { ExposeSpec, Made } from "./adapter";
import type { KubernetesAdapter } from "./kubernetes";
import { EDGE, meta } from "./kubernetes-pod";

const GW_API = "gateway.networking.k8s.io";
/** The Gateway CRD's `maxItems` for listeners. */
export const LISTENERS_PER_GATEWAY = 64;

interface Listener {
  gateway: string;
  spec: Record<string, unknown>;
  cert: pulumi.Resource;
}

export function edgeGatewayName(index: number): string {
  const n = Math.floor(index / LISTENERS_PER_GATEWAY);
  return n === 0 ? EDGE.gateway : `${EDGE.gateway}-${n + 1}`;
}

export class KubernetesEdge {
  private tenant: Made | undefined;
  private facts: Facts | undefined;
  private readonly listeners: Listener[] = [];
  private finished = false;

  constructor(private readonly a: KubernetesAdapter) {}

  /** The edge's namespace, made (with its closed boundary) on the first host published. */
  private namespace(edgeFacts: Facts, parent: pulumi.Resource): Made {
    if (this.tenant) return this.tenant;
    const site = this.a.site.id;
    this.facts = edgeFacts;
    this.tenant = this.a.tenant(
      {
        key: `${site}-${EDGE.namespace}`,
        name: EDGE.namespace,
        facts: edgeFacts,
        podSecurity: "restricted",
        protect: false,
      },
      parent,
    );
    // Nothing runs here (Envoy Gateway runs the proxies in its own namespace): closed both ways.
    this.a.networkBoundary(
      {
        key: `${site}-${EDGE.namespace}`,
        tenant: this.tenant,
        facts: edgeFacts,
        sameNamespace: false,
        allow: [],
      },
      parent,
    );
    return this.tenant;
  }

  expose(spec: ExposeSpec, parent: pulumi.Resource): Made {
    if (this.finished)
      throw new Error(`site '${this.a.site.id}': '${spec.name}' published after the edge was made`);
    const edge = this.namespace(spec.edge, parent);
    const listenerName = `${spec.tenant.name}-${spec.name}`;
    const gateway = edgeGatewayName(this.listeners.length);
    const cert = new k8s.apiextensions.CustomResource(
      `${spec.key}-cert`,
      {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: meta(listenerName, EDGE.namespace, spec.facts),
        spec: {
          secretName: `${listenerName}-tls`,
          dnsNames: [spec.host],
          issuerRef: { group: "cert-manager.io", kind: "ClusterIssuer", name: this.a.platformStack.issuer },
        },
      },
      this.a.opts(parent, { dependsOn: edge.resources }),
    );
    this.listeners.push({
      gateway,
      cert,
      spec: {
        name: listenerName,
        protocol: "HTTPS",
        port: 443,
        hostname: spec.host,
        tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: `${listenerName}-tls` }] },
        allowedRoutes: {
          namespaces: {
            from: "Selector",
            selector: { matchLabels: { "kubernetes.io/metadata.name": spec.tenant.name } },
          },
        },
      },
    });
    const route = new k8s.apiextensions.CustomResource(
      `${spec.key}-route`,
      {
        apiVersion: `${GW_API}/v1`,
        kind: "HTTPRoute",
        metadata: meta(spec.name, spec.tenant.name, spec.facts),
        spec: {
          parentRefs: [
            {
              group: GW_API,
              kind: "Gateway",
              namespace: EDGE.namespace,
              name: gateway,
              sectionName: listenerName,
            },
          ],
          hostnames: [spec.host],
          rules: [
            {
              matches: [{ path: { type: "PathPrefix", value: "/" } }],
              backendRefs: [{ kind: "Service", name: spec.service.name, port: spec.port }],
            },
          ],
        },
      },
      this.a.opts(parent, { dependsOn: [...spec.service.resources, ...spec.tenant.resources] }),
    );
    return { name: spec.name, resources: [cert, route] };
  }

  /** The GatewayClass and the Gateways of every host published on the site; nothing when there is none. */
  finish(parent: pulumi.Resource): Made {
    this.finished = true;
    if (!this.tenant || !this.facts) return { name: EDGE.namespace, resources: [] };
    const facts = { ...this.facts, labels: { ...this.facts.labels, [LABEL.exposure]: "internet" } };
    const site = this.a.site.id;
    // The GatewayClass is cluster-scoped and the controller's: the platform stack creates it.
    const resources: pulumi.Resource[] = [];
    const names = [...new Set(this.listeners.map((l) => l.gateway))];
    for (const name of names) {
      const mine = this.listeners.filter((l) => l.gateway === name);
      resources.push(
        new k8s.apiextensions.CustomResource(
          `${site}-${name}`,
          {
            apiVersion: `${GW_API}/v1`,
            kind: "Gateway",
            metadata: meta(name, EDGE.namespace, facts),
            spec: { gatewayClassName: this.a.platformStack.gatewayClass, listeners: mine.map((l) => l.spec) },
          },
          this.a.opts(parent, { dependsOn: [...this.tenant.resources, ...mine.map((l) => l.cert)] }),
        ),
      );
    }
    return { name: EDGE.namespace, resources };
  }
}
