/**
 * JaringanIntra: the closed network as the clusters see it, and the address plan. Every agency's
 * tenant is closed by default; it may be reached only from the edge (its internet apps) and the
 * gateway, and may reach only DNS, its own workloads and the gateway: an agency reaches another
 * agency only through the Sistem Penghubung Layanan (NET-01, SPL-01, DC-10).
 */
import * as pulumi from "@pulumi/pulumi";
import { ROLE } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import type { DeviceModel } from "../plan/devices/types";
import type { AddressPlan } from "../plan/types";
import { ownedFacts } from "./facts";
import type { Made, SiteAdapter } from "./platform/adapter";
import { EDGE } from "./platform/kubernetes-pod";
import { routerResources } from "./routers";

export interface JaringanIntraArgs {
  readonly inventory: Inventory;
  readonly addressPlan: AddressPlan;
  /** Each Pusat Data site's adapter with the agency tenants on it. */
  readonly sites: ReadonlyArray<{ adapter: SiteAdapter; tenants: ReadonlyMap<string, Made> }>;
  /** Namespace the gateway's traffic comes from (its proxies), or null when the region declares none. */
  readonly gatewayNamespace: string | null;
  /** The routers to configure (components/routers.ts). */
  readonly devices?: DeviceModel;
}

export class JaringanIntra extends pulumi.ComponentResource {
  readonly addressPlan: pulumi.Output<AddressPlan>;

  constructor(name: string, args: JaringanIntraArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:JaringanIntra", name, {}, opts);
    const inv = args.inventory;
    const gw = args.gatewayNamespace ? [args.gatewayNamespace] : [];
    for (const { adapter, tenants } of args.sites) {
      inv.agencies.forEach((agency, i) => {
        const tenant = tenants.get(agency.id);
        if (!tenant) return;
        adapter.networkBoundary(
          {
            key: `${adapter.site.id}-${agency.id}`,
            tenant,
            facts: ownedFacts(
              inv.region.key,
              agency.id,
              adapter.site,
              ROLE.networkBoundary,
              `agencies[${i}]`,
            ),
            ingressFrom: [EDGE.namespace, ...gw],
            egressTo: gw,
          },
          this,
        );
      });
    }
    if (args.devices) {
      const operators = new Map(inv.sites.map((s) => [s.id, s.operator]));
      routerResources(
        args.devices,
        (r) => (r.role === "core" ? (operators.get(r.of) ?? inv.dinas.id) : inv.dinas.id),
        this,
      );
    }
    this.addressPlan = pulumi.output(args.addressPlan);
    this.registerOutputs({ addressPlan: this.addressPlan });
  }
}
