/**
 * JaringanIntra: the closed network as the clusters see it, and the address plan. Every agency's
 * tenant, and the dinas' own, is closed in both directions by default; it may be reached only
 * from the edge (its internet apps) and the gateway, and may reach only DNS, its own workloads
 * and the gateway: an agency reaches another only through the Sistem Penghubung Layanan (NET-01,
 * SPL-01, DC-10).
 */
import * as pulumi from "@pulumi/pulumi";
import { ROLE } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import type { AddressPlan } from "../plan/types";
import { ownedFacts } from "./facts";
import type { Made, SiteAdapter } from "./platform/adapter";
import { tenantAllowances } from "./network";

export interface JaringanIntraArgs {
  readonly inventory: Inventory;
  readonly addressPlan: AddressPlan;
  /** Each Pusat Data site's adapter with the agency tenants on it. */
  readonly sites: ReadonlyArray<{ adapter: SiteAdapter; tenants: ReadonlyMap<string, Made> }>;
  /** Namespace of the gateway's Gateway (its proxies carry it), or null when the region declares none. */
  readonly gatewayNamespace: string | null;
}

export class JaringanIntra extends pulumi.ComponentResource {
  readonly addressPlan: pulumi.Output<AddressPlan>;

  constructor(name: string, args: JaringanIntraArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:JaringanIntra", name, {}, opts);
    const inv = args.inventory;
    const allow = tenantAllowances(args.gatewayNamespace);
    const parties = [
      ...inv.agencies.map((a, i) => ({ id: a.id, source: `agencies[${i}]` })),
      { id: inv.dinas.id, source: "dinas" },
    ];
    for (const { adapter, tenants } of args.sites) {
      for (const party of parties) {
        const tenant = tenants.get(party.id);
        if (!tenant) continue;
        adapter.networkBoundary(
          {
            key: `${adapter.site.id}-${party.id}`,
            tenant,
            facts: ownedFacts(inv.region.key, party.id, adapter.site, ROLE.networkBoundary, party.source),
            sameNamespace: true,
            allow,
          },
          this,
        );
      }
    }
    this.addressPlan = pulumi.output(args.addressPlan);
    this.registerOutputs({ addressPlan: this.addressPlan });
  }
}
