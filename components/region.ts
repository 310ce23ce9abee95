/**
 * SpbeRegion: the root component. One provider per site that runs a platform (never the ambient
 * default), then the Pusat Data of each site, the Jaringan Intra, the DRC, the Sistem Penghubung
 * Layanan and Keamanan SPBE, and the evidence ConfigMap the paper-trail policies read. Its
 * outputs are the auditors' stack outputs, computed by `plan/outputs.ts` without Pulumi.
 */
import * as pulumi from "@pulumi/pulumi";
import { EVIDENCE_CONFIGMAP, EVIDENCE_KEY, ROLE, type Evidence } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import { buildGatewayPlan } from "../plan/gateway-routes";
import { buildStackOutputs, type StackOutputs } from "../plan/outputs";
import { placeApplications, placeSites, primarySite } from "../plan/placement";
import { buildSecurityPlan, logStoreSite } from "../plan/security";
import type { DeviceModel } from "../plan/devices/types";
import type { AddressPlan } from "../plan/types";
import { Drc } from "./drc";
import { ownedFacts } from "./facts";
import { JaringanIntra } from "./jaringan-intra";
import { KeamananSpbe } from "./keamanan-spbe";
import { createAdapter, type SiteAdapter } from "./platform";
import type { Made } from "./platform/adapter";
import { PusatData } from "./pusat-data";
import { plainBackendNote, SistemPenghubungLayanan } from "./sistem-penghubung-layanan";

/** What a ConfigMap's data may hold (1 MiB), less room for its metadata. */
export const EVIDENCE_LIMIT_BYTES = 1_000_000;

export interface SpbeRegionArgs {
  /** The validated region inventory. */
  readonly inventory: Inventory;
  /** Its address plan, read from the lock file. */
  readonly addressPlan: AddressPlan;
  /** Its routers (plan/devices); without it the Jaringan Intra registers no router. */
  readonly deviceModel?: DeviceModel;
}

export class SpbeRegion extends pulumi.ComponentResource {
  readonly outputs: { [K in keyof StackOutputs]: pulumi.Output<StackOutputs[K]> };

  constructor(name: string, args: SpbeRegionArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:SpbeRegion", name, {}, opts);
    const inv = args.inventory;
    const plain = buildStackOutputs(inv, args.addressPlan);

    const adapters = new Map<string, SiteAdapter>();
    for (const site of placeSites(inv).values()) {
      const adapter = createAdapter(site, this);
      if (adapter) adapters.set(site.id, adapter);
    }

    const placements = placeApplications(inv);
    for (const p of placements) {
      if (p.site.platform === null && p.app.placement.mode !== "colocation") {
        throw new Error(
          `${p.source}.placement.site: site '${p.site.id}' declares no platform to run '${p.app.id}' on`,
        );
      }
    }
    const pusatData: PusatData[] = [];
    for (const adapter of adapters.values()) {
      if (adapter.site.kind !== "pusat-data") continue;
      pusatData.push(
        new PusatData(
          adapter.site.id,
          {
            inventory: inv,
            adapter,
            apps: placements.filter((p) => p.site.id === adapter.site.id),
            backups: plain.backupPlan.entries.filter((b) => b.site === adapter.site.id),
            addressPlan: args.addressPlan,
          },
          { parent: this },
        ),
      );
    }

    const gatewayPlan = buildGatewayPlan(inv);
    let spl: SistemPenghubungLayanan | undefined;
    if (gatewayPlan) {
      const adapter = adapters.get(gatewayPlan.site);
      if (!adapter)
        throw new Error(
          `gateway.site: site '${gatewayPlan.site}' declares no platform to run the gateway on`,
        );
      spl = new SistemPenghubungLayanan(
        "spl",
        { inventory: inv, plan: gatewayPlan, adapter, addressPlan: args.addressPlan },
        { parent: this },
      );
    }

    const intra = new JaringanIntra(
      "jaringan-intra",
      {
        inventory: inv,
        addressPlan: args.addressPlan,
        devices: args.deviceModel,
        sites: pusatData.map((pd) => ({ adapter: pd.adapter, tenants: agencyTenants(inv, pd) })),
        gatewayNamespace: spl?.namespace ?? null,
      },
      { parent: this, dependsOn: pusatData },
    );

    const volumes = new Map<string, Made>();
    for (const pd of pusatData) for (const [app, v] of pd.volumes) volumes.set(app, v);
    const drc = new Drc(
      "drc",
      { inventory: inv, backupPlan: plain.backupPlan, adapters, volumes },
      { parent: this, dependsOn: pusatData },
    );

    const securityPlan = buildSecurityPlan(inv);
    if (spl && spl.plainBackends.length > 0) securityPlan.notes.push(plainBackendNote(spl.plainBackends));
    const logSite = logStoreSite(inv);
    const securitySites = [...adapters.values()].filter(
      (a) => a.site.kind === "pusat-data" || a.site.kind === "drc",
    );
    const keamanan = new KeamananSpbe(
      "keamanan",
      {
        inventory: inv,
        plan: securityPlan,
        adapters: securitySites,
        logStore: logSite ? (drc.stores.get(logSite.site) ?? null) : null,
      },
      { parent: this },
    );

    // Last, what needs every component's requests: each site's edge Gateways.
    for (const adapter of adapters.values()) adapter.finish(this);

    // The evidence, in the dinas' namespace of the primary site, for the paper-trail rules. It
    // also records what each site's platform stack installs (read through its
    // StackReference), so the pack sees where the agents of the declared controls come from.
    // The API server refuses a ConfigMap over 1 MiB; say so here rather than at `pulumi up`.
    const tooLarge = (record: Evidence) => {
      const bytes = Buffer.byteLength(JSON.stringify(record));
      if (bytes > EVIDENCE_LIMIT_BYTES)
        throw new Error(
          `the evidence record is ${bytes} bytes, over the ${EVIDENCE_LIMIT_BYTES} a ConfigMap '${EVIDENCE_CONFIGMAP}' can hold`,
        );
    };
    tooLarge(plain.evidence);
    const evidence = keamanan.platforms.apply((platforms) => {
      const record: Evidence = { ...plain.evidence, platforms };
      tooLarge(record);
      return record;
    });
    const primary = primarySite(inv);
    const home = primary ? pusatData.find((pd) => pd.siteId === primary.id) : undefined;
    if (home && primary) {
      const facts = ownedFacts(inv.region.key, inv.dinas.id, primary, ROLE.evidence, "region");
      (adapters.get(primary.id) as SiteAdapter).config(
        {
          key: `${primary.id}-evidence`,
          name: EVIDENCE_CONFIGMAP,
          tenant: home.tenant(inv.dinas.id),
          data: { [EVIDENCE_KEY]: evidence.apply((e) => JSON.stringify(e)) },
          facts,
        },
        home,
      );
    }

    this.outputs = {
      deviceCatalog: pulumi.output(plain.deviceCatalog),
      userCatalog: pulumi.output(plain.userCatalog),
      activityRecords: pulumi.output(plain.activityRecords),
      addressPlan: intra.addressPlan,
      backupPlan: drc.backupPlan,
      serviceCatalog: pulumi.output(plain.serviceCatalog),
      evidence,
      securityNotes: keamanan.securityNotes,
      auditPolicy: keamanan.auditPolicy,
    };
    this.registerOutputs(this.outputs);
  }
}

/** The tenants of the agencies and of the dinas on a Pusat Data, by id. */
function agencyTenants(inv: Inventory, pd: PusatData): Map<string, Made> {
  return new Map([...inv.agencies.map((a) => a.id), inv.dinas.id].map((id) => [id, pd.tenant(id)]));
}
