/**
 * SistemPenghubungLayanan: the region's service-exchange gateway (SPL-01/02/05/06), on the
 * gateway site, reachable over the Jaringan Intra only. A route per gateway service to its
 * provider, admitting only the service's consumers, each agency holding one random credential
 * (a Pulumi secret, never an output); a route per upstream (SPLP, other regions' gateways).
 */
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { LABEL, ROLE } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import type { GatewayPlan } from "../plan/gateway-routes";
import type { SecurityNote } from "../plan/security";
import type { AddressPlan } from "../plan/types";
import { ownedFacts } from "./facts";
import type { GatewayRouteSpec, SiteAdapter } from "./platform/adapter";

export interface SistemPenghubungLayananArgs {
  readonly inventory: Inventory;
  readonly plan: GatewayPlan;
  readonly adapter: SiteAdapter;
  readonly addressPlan: AddressPlan;
}

export class SistemPenghubungLayanan extends pulumi.ComponentResource {
  /** The gateway's namespace, to which agencies' egress is allowed. */
  readonly namespace: string;
  readonly host: string;
  /** Routes whose backend the gateway reaches without TLS, with why (for the security notes). */
  readonly plainBackends: PlainBackend[] = [];

  constructor(name: string, args: SistemPenghubungLayananArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:SistemPenghubungLayanan", name, {}, opts);
    const { inventory: inv, plan, adapter } = args;
    const region = inv.region.key;
    const site = adapter.site;
    this.namespace = plan.namespace;
    this.host = `spl.${inv.region.portalDomain}`;
    const gwFacts = ownedFacts(region, plan.builtBy, site, ROLE.gateway, "gateway");
    gwFacts.labels[LABEL.exposure] = "intra";
    const tenant = adapter.tenant(
      {
        key: `${site.id}-${plan.namespace}`,
        name: plan.namespace,
        facts: gwFacts,
        podSecurity: "restricted",
        protect: false,
      },
      this,
    );
    // The namespace holds the Gateway, its routes and Secrets; the proxies run in Envoy
    // Gateway's namespace. No pod runs here: closed both ways.
    adapter.networkBoundary(
      { key: `${site.id}-${plan.namespace}`, tenant, facts: gwFacts, sameNamespace: false, allow: [] },
      this,
    );

    // One credential per agency; a service's Secret holds only its own consumers' entries.
    const keys: Record<string, pulumi.Output<string>> = {};
    // The dinas holds one too when it consumes a service itself (it may: it is a party).
    const dinasConsumes = plan.routes.some((r) => r.consumers.includes(inv.dinas.id));
    const parties = [...inv.agencies.map((a) => a.id), ...(dinasConsumes ? [inv.dinas.id] : [])];
    for (const party of parties) {
      const key = new random.RandomPassword(
        `${party}-spl-key`,
        { length: 40, special: false },
        { parent: this },
      );
      keys[party] = pulumi.secret(key.result);
    }
    const hosts = new Map(args.addressPlan.hosts.map((h) => [h.id, h.address]));
    const apps = new Map(inv.applications.map((a) => [a.id, a]));
    const routes: GatewayRouteSpec[] = plan.routes.map((r) => {
      const facts = ownedFacts(region, r.providerOwner, site, ROLE.gatewayRoute, r.source);
      if (!r.upstream) facts.labels[LABEL.app] = r.provider;
      facts.labels[LABEL.exposure] = "intra";
      let backend: GatewayRouteSpec["backend"];
      if (r.upstream) {
        backend = { kind: "fqdn", host: r.upstream.host, port: r.upstream.port, tls: r.upstream.tls };
        if (!r.upstream.tls) {
          this.plainBackends.push({ route: r.name, backend: r.upstream.host, why: "http-upstream" });
        }
      } else if (r.providerPlacement === "colocation") {
        const server = apps.get(r.provider)?.placement.server;
        const address = server ? hosts.get(server) : undefined;
        if (!address) {
          throw new Error(
            `${r.source}: provider '${r.provider}' runs on colocation server '${server}', which has no address`,
          );
        }
        backend = { kind: "address", address, port: apps.get(r.provider)?.port ?? 8080 };
        this.plainBackends.push({ route: r.name, backend: `${server} (${address})`, why: "colocation" });
      } else if (r.backend) {
        backend = { kind: "service", ...r.backend };
      } else {
        throw new Error(`${r.source}: provider '${r.provider}' has no backend`);
      }
      return {
        key: `spl-${r.name}`,
        name: r.name,
        path: r.path,
        backend,
        consumers: { names: r.consumers, keys },
        facts,
      };
    });
    plan.upstreams.forEach((u, i) => {
      const facts = ownedFacts(region, plan.builtBy, site, ROLE.gatewayRoute, `gateway.upstreams[${i}]`);
      facts.labels[LABEL.exposure] = "intra";
      if (!u.tls)
        this.plainBackends.push({ route: `upstream-${u.id}`, backend: u.url, why: "http-upstream" });
      routes.push({
        key: `spl-upstream-${u.id}`,
        name: `upstream-${u.id}`,
        path: `/upstream/${u.id}`,
        backend: { kind: "fqdn", host: u.host, port: u.port, tls: u.tls },
        consumers: { names: inv.agencies.map((a) => a.id), keys },
        facts,
      });
    });
    adapter.serviceGateway(
      {
        key: `${site.id}-spl`,
        name: "spl",
        tenant,
        host: this.host,
        issuer: inv.security.certificateIssuer.name,
        routes,
        facts: gwFacts,
      },
      this,
    );
    this.registerOutputs({
      namespace: this.namespace,
      host: this.host,
    });
  }
}

export interface PlainBackend {
  route: string;
  backend: string;
  why: "colocation" | "http-upstream";
}

/**
 * The security note naming every gateway backend reached without TLS, and why: a colocation
 * server is reached at its address, for which the inventory names no certificate to verify; an
 * upstream declared with an http URL offers none.
 */
export function plainBackendNote(plain: readonly PlainBackend[]): SecurityNote {
  const list = (why: PlainBackend["why"]) =>
    plain
      .filter((p) => p.why === why)
      .map((p) => `${p.route} → ${p.backend}`)
      .join(", ");
  const coloc = list("colocation");
  const http = list("http-upstream");
  const id = [
    coloc &&
      `Rute gateway ke server kolokasi memakai HTTP tanpa TLS di Jaringan Intra (${coloc}): inventaris tidak menyebut sertifikat server untuk diverifikasi; pasang TLS di server dan catat CA-nya.`,
    http && `Rute gateway ke upstream http tanpa TLS (${http}): upstream tidak menawarkan TLS.`,
  ].filter(Boolean);
  const en = [
    coloc &&
      `Gateway routes to colocation servers use plain HTTP over the Jaringan Intra (${coloc}): the inventory names no server certificate to verify; put TLS on the server and record its CA.`,
    http && `Gateway routes to http upstreams have no TLS (${http}): the upstream offers none.`,
  ].filter(Boolean);
  return { control: "backend-tls", id: id.join(" "), en: en.join(" ") };
}
