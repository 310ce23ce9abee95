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
  /** Namespace and Service name the route forwards to, and its port. */
  backend: { namespace: string; service: string; port: number };
  /** How the provider runs: a colocation server is reached by address, not by a Service. */
  providerPlacement: "hosting" | "colocation" | "vps";
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
  upstreams: Array<{ id: string; kind: string; url: string; host: string; port: number }>;
}

export const GATEWAY_NAMESPACE = "spbe-gateway";

export function routeName(serviceId: string): string {
  return serviceId.replace(/\./g, "-");
}

export function buildGatewayPlan(inventory: Inventory): GatewayPlan | null {
  const gw = inventory.gateway;
  if (!gw) return null;
  const apps = new Map(inventory.applications.map((a) => [a.id, a]));
  const routes = gw.services.map((s, i): GatewayRoute => {
    const app = apps.get(s.provider);
    if (!app) throw new Error(`gateway.services[${i}].provider: application '${s.provider}' is not declared`);
    return {
      service: s.id,
      name: routeName(s.id),
      path: s.path,
      provider: app.id,
      providerOwner: app.owner,
      backend: { namespace: namespaceOf(app.owner), service: app.id, port: app.port },
      providerPlacement: app.placement.mode,
      consumers: [...s.consumers],
      auth: s.auth,
      source: `gateway.services[${i}]`,
    };
  });
  const consumers = [...new Set(routes.flatMap((r) => r.consumers))].sort();
  return {
    site: gw.site,
    kind: gw.kind,
    builtBy: gw.builtBy ?? inventory.dinas.id,
    namespace: GATEWAY_NAMESPACE,
    routes,
    consumers,
    upstreams: gw.upstreams.map((u) => {
      const url = new URL(u.url);
      const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
      return { id: u.id, kind: u.kind, url: u.url, host: url.hostname, port };
    }),
  };
}
