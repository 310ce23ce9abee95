/**
 * The Sistem Penghubung Layanan's routing plan (SPL-01/02): one route per gateway service to the
 * providing app's Service, the agencies allowed to consume it, and the consumers' credentials to
 * create. Pure.
 */
import type { Inventory } from "../inventory/schema";
import { namespaceOf } from "./placement";

export interface GatewayRoute {
  service: string;
  /** Kubernetes-safe name of the route: the service id with dots as dashes. */
  name: string;
  path: string;
  provider: string;
  providerOwner: string;
  /** Namespace and Service name the route forwards to, and its port; null for an upstream provider. */
  backend: { namespace: string; service: string; port: number } | null;
  /**
   * How the provider runs: a colocation server is reached by address, not by a Service; an
   * `upstream` provider is another gateway (SPLP, another region) reached by its URL.
   */
  providerPlacement: "hosting" | "colocation" | "vps" | "upstream";
  /** The upstream gateway providing the service (placement `upstream`). */
  upstream: { id: string; host: string; port: number; tls: boolean } | null;
  consumers: string[];
  auth: "key-auth" | "jwt" | "mtls";
  source: string;
}

export interface GatewayPlan {
  site: string;
  kind: "spl" | "gsb";
  builtBy: string;
  /** Namespace of the gateway's own objects. */
  namespace: string;
  routes: GatewayRoute[];
  /** Agencies holding a consumer credential: every agency consuming at least one service. */
  consumers: string[];
  upstreams: Array<{ id: string; kind: string; url: string; host: string; port: number; tls: boolean }>;
}

export const GATEWAY_NAMESPACE = "spbe-gateway";

export function routeName(serviceId: string): string {
  return serviceId.replace(/\./g, "-");
}

export function buildGatewayPlan(inventory: Inventory): GatewayPlan | null {
  const gw = inventory.gateway;
  if (!gw) return null;
  const apps = new Map(inventory.applications.map((a) => [a.id, a]));
  const upstreams = gw.upstreams.map((u) => {
    const url = new URL(u.url);
    const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
    return { id: u.id, kind: u.kind, url: u.url, host: url.hostname, port, tls: url.protocol === "https:" };
  });
  const builtBy = gw.builtBy ?? inventory.dinas.id;
  const routes = gw.services.map((s, i): GatewayRoute => {
    const app = apps.get(s.provider);
    const upstream = upstreams.find((u) => u.id === s.provider);
    if (!app && upstream) {
      return {
        service: s.id,
        name: routeName(s.id),
        path: s.path,
        provider: upstream.id,
        providerOwner: builtBy,
        backend: null,
        providerPlacement: "upstream",
        upstream: { id: upstream.id, host: upstream.host, port: upstream.port, tls: upstream.tls },
        consumers: [...s.consumers],
        auth: s.auth,
        source: `gateway.services[${i}]`,
      };
    }
    if (!app) {
      throw new Error(
        `gateway.services[${i}].provider: '${s.provider}' is neither an application nor a gateway upstream`,
      );
    }
    return {
      service: s.id,
      name: routeName(s.id),
      path: s.path,
      provider: app.id,
      providerOwner: app.owner,
      backend: { namespace: namespaceOf(app.owner), service: app.id, port: app.port },
      providerPlacement: app.placement.mode,
      upstream: null,
      consumers: [...s.consumers],
      auth: s.auth,
      source: `gateway.services[${i}]`,
    };
  });
  const consumers = [...new Set(routes.flatMap((r) => r.consumers))].sort();
  return {
    site: gw.site,
    kind: gw.kind,
    builtBy,
    namespace: GATEWAY_NAMESPACE,
    routes,
    consumers,
    upstreams,
  };
}
