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
      } else if (r.providerPlacement === "colocation") {
        const server = apps.get(r.provider)?.placement.server;
        const address = server ? hosts.get(server) : undefined;
        if (!address) {
          throw new Error(
            `${r.source}: provider '${r.provider}' runs on colocation server '${server}', which has no address`,
          );
        }
        backend = { kind: "address", address, port: apps.get(r.provider)?.port ?? 8080 };
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
