/**
 * The Sistem Penghubung Layanan on Kubernetes: Envoy Gateway through the Gateway API
 * (docs/adr/0002-gateway.md). A GatewayClass and a Gateway with one TLS listener (certificate from
 * cert-manager), one HTTPRoute per gateway service, and per service an Envoy Gateway
 * SecurityPolicy that admits only its consumers' credentials (basic auth: the agency id and a
 * random key, hashed into a Secret built from Pulumi secrets). Routes to a provider in another
 * namespace are allowed by a ReferenceGrant there; a colocation server or an upstream gateway is
 * reached through a selector-less Service and its EndpointSlice; an upstream over https gets a
 * BackendTLSPolicy (its certificate verified for its host name). SecurityPolicy uses only APIs of
 * Envoy Gateway v1.0 and later (single `targetRef`, `basicAuth`); BackendTLSPolicy v1 needs
 * Envoy Gateway v1.6 or later (Gateway API v1.4).
 */
import * as k8s from "@pulumi/kubernetes";
import { createHash } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import { LABEL, ROLE } from "../../inventory/facts";
import type { GatewayRouteSpec, GatewaySpec, Made } from "./adapter";
import type { KubernetesAdapter } from "./kubernetes";
import { htpasswdLine } from "../formats/htpasswd";
import { meta } from "./kubernetes-pod";

const GW_API = "gateway.networking.k8s.io";
const EG_API = "gateway.envoyproxy.io";

export function serviceGateway(a: KubernetesAdapter, spec: GatewaySpec, parent: pulumi.Resource): Made {
  const ns = spec.tenant.name;
  const dep = { dependsOn: spec.tenant.resources };
  const cr = (name: string, apiVersion: string, kind: string, metadata: object, body: object, extra = {}) =>
    new k8s.apiextensions.CustomResource(
      name,
      { apiVersion, kind, metadata, ...body },
      a.opts(parent, { ...dep, ...extra }),
    );

  // The GatewayClass is cluster-scoped and the controller's: the platform stack creates it.
  const className = a.platformStack.gatewayClass;
  const tlsSecret = `${spec.name}-tls`;
  const cert = cr(`${spec.key}-cert`, "cert-manager.io/v1", "Certificate", meta(spec.name, ns, spec.facts), {
    spec: {
      secretName: tlsSecret,
      dnsNames: [spec.host],
      issuerRef: { group: "cert-manager.io", kind: "ClusterIssuer", name: a.platformStack.issuer },
    },
  });
  const gateway = cr(
    `${spec.key}-gateway`,
    `${GW_API}/v1`,
    "Gateway",
    meta(spec.name, ns, spec.facts),
    {
      spec: {
        gatewayClassName: className,
        listeners: [
          {
            name: "https",
            protocol: "HTTPS",
            port: 443,
            hostname: spec.host,
            tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", name: tlsSecret }] },
            allowedRoutes: { namespaces: { from: "Same" } },
          },
        ],
      },
    },
    { dependsOn: [...spec.tenant.resources, cert] },
  );
  const resources: pulumi.Resource[] = [cert, gateway];
  for (const r of spec.routes) resources.push(...route(a, spec, r, parent, gateway));
  return { name: spec.name, resources };
}

function route(
  a: KubernetesAdapter,
  gw: GatewaySpec,
  r: GatewayRouteSpec,
  parent: pulumi.Resource,
  gateway: pulumi.Resource,
): pulumi.Resource[] {
  const ns = gw.tenant.name;
  const out: pulumi.Resource[] = [];
  const opts = (deps: pulumi.Resource[]) => a.opts(parent, { dependsOn: [...gw.tenant.resources, ...deps] });
  let backendRef: Record<string, unknown>;
  const b = r.backend;
  if (b.kind === "service") {
    backendRef = { kind: "Service", name: b.service, namespace: b.namespace, port: b.port };
    if (b.namespace !== ns) {
      out.push(
        new k8s.apiextensions.CustomResource(
          `${r.key}-grant`,
          {
            apiVersion: `${GW_API}/v1beta1`,
            kind: "ReferenceGrant",
            metadata: meta(`${gw.name}-${r.name}`, b.namespace, r.facts),
            spec: {
              from: [{ group: GW_API, kind: "HTTPRoute", namespace: ns }],
              to: [{ group: "", kind: "Service", name: b.service }],
            },
          },
          opts([]),
        ),
      );
    }
  } else {
    // Outside the cluster (a colocation server, an upstream gateway): a selector-less Service
    // with its EndpointSlice, which every Gateway API implementation routes to.
    const port = b.port;
    const service = new k8s.core.v1.Service(
      `${r.key}-external`,
      {
        metadata: meta(r.name, ns, r.facts),
        spec: {
          type: "ClusterIP",
          ports: [{ name: b.kind === "fqdn" && b.tls ? "https" : "http", port, protocol: "TCP" }],
        },
      },
      opts([]),
    );
    const slice = new k8s.discovery.v1.EndpointSlice(
      `${r.key}-external`,
      {
        metadata: {
          ...meta(r.name, ns, r.facts),
          labels: { ...r.facts.labels, "kubernetes.io/service-name": r.name },
        },
        addressType: b.kind === "address" ? "IPv4" : "FQDN",
        endpoints: [{ addresses: [b.kind === "address" ? b.address : b.host] }],
        ports: [{ name: b.kind === "fqdn" && b.tls ? "https" : "http", port, protocol: "TCP" }],
      },
      opts([service]),
    );
    out.push(service, slice);
    if (b.kind === "fqdn" && b.tls) {
      // The upstream speaks TLS: the proxy verifies its certificate for its host name against
      // the system's trusted authorities (Gateway API BackendTLSPolicy, Envoy Gateway v1.6+).
      out.push(
        new k8s.apiextensions.CustomResource(
          `${r.key}-backend-tls`,
          {
            apiVersion: `${GW_API}/v1`,
            kind: "BackendTLSPolicy",
            metadata: meta(r.name, ns, r.facts),
            spec: {
              targetRefs: [{ group: "", kind: "Service", name: r.name }],
              validation: { hostname: b.host, wellKnownCACertificates: "System" },
            },
          },
          opts([service]),
        ),
      );
    }
    backendRef = { kind: "Service", name: r.name, port };
  }
  const httpRoute = new k8s.apiextensions.CustomResource(
    `${r.key}-route`,
    {
      apiVersion: `${GW_API}/v1`,
      kind: "HTTPRoute",
      metadata: meta(r.name, ns, r.facts),
      spec: {
        parentRefs: [{ name: gw.name, sectionName: "https" }],
        hostnames: [gw.host],
        rules: [{ matches: [{ path: { type: "PathPrefix", value: r.path } }], backendRefs: [backendRef] }],
      },
    },
    opts([gateway, ...out]),
  );
  out.push(httpRoute);
  if (r.consumers) {
    const secret = new k8s.core.v1.Secret(
      `${r.key}-consumers`,
      {
        metadata: meta(`${r.name}-consumers`, ns, {
          labels: { ...r.facts.labels, [LABEL.role]: ROLE.gatewayConsumer },
          annotations: r.facts.annotations,
        }),
        type: "Opaque",
        stringData: { ".htpasswd": htpasswd(r.name, r.consumers.names, r.consumers.keys) },
      },
      opts([]),
    );
    const policy = new k8s.apiextensions.CustomResource(
      `${r.key}-policy`,
      {
        apiVersion: `${EG_API}/v1alpha1`,
        kind: "SecurityPolicy",
        metadata: meta(r.name, ns, r.facts),
        spec: {
          targetRef: { group: GW_API, kind: "HTTPRoute", name: r.name },
          basicAuth: { users: { group: "", kind: "Secret", name: `${r.name}-consumers` } },
        },
      },
      opts([httpRoute, secret]),
    );
    out.push(secret, policy);
  }
  return out;
}

/**
 * The consumers' credentials as an htpasswd file (`{SHA}` entries, the form Envoy's basic auth
 * reads): one line per consumer agency, the user being the agency id. Stays a Pulumi secret.
 */
export function htpasswd(
  route: string,
  names: string[],
  keys: Record<string, pulumi.Output<string>>,
): pulumi.Output<string> {
  const entries = names.map((c) => {
    const key = keys[c];
    if (!key) throw new Error(`gateway route '${route}': consumer '${c}' has no credential`);
    return key.apply((k) =>
      htpasswdLine(
        `gateway route '${route}' consumer`,
        c,
        `{SHA}${createHash("sha1").update(k).digest("base64")}`,
      ),
    );
  });
  return pulumi.secret(pulumi.all(entries).apply((lines) => `${lines.join("\n")}\n`));
}
