/**
 * PusatData: one Pusat Data site. The dinas' namespace, a tenant per agency (namespace, quota,
 * limits, RBAC from the user catalog), hosted apps (hardened workload, data on a protected
 * volume, an HTTPS route on the site's edge for internet apps), VPS as virtual machines, and a monitoring target per
 * colocation server. It asks the site's adapter for each; it never looks at the platform.
 */
import * as pulumi from "@pulumi/pulumi";
import { ANNOTATION, LABEL, ROLE } from "../inventory/facts";
import type { ColocationServer, Inventory } from "../inventory/schema";
import type { BackupEntry } from "../plan/backup";
import { buildUserCatalog, defaultGroup } from "../plan/catalogs";
import { namespaceOf, type AppPlacement, type SitePlacement } from "../plan/placement";
import { tenantClassification, tenantQuota } from "../plan/tenancy";
import type { AddressPlan } from "../plan/types";
import { appFacts, dataFacts, ownedFacts, type Facts } from "./facts";
import type { Made, SiteAdapter } from "./platform/adapter";

/**
 * Facts of a colocation server's monitoring target. Policies see no other object for the apps
 * running on it, so it carries what they integrate with (consumes/calls of every app on the
 * server) and, when it runs exactly one app, that app's labels.
 */
export function serverFacts(
  region: string,
  site: SitePlacement,
  server: ColocationServer,
  index: number,
  apps: readonly AppPlacement[],
): Facts {
  const facts = ownedFacts(region, server.owner, site, ROLE.colocationServer, `colocation[${index}]`);
  facts.labels[LABEL.placement] = "colocation";
  const onServer = apps.filter((p) => p.app.placement.server === server.id);
  if (onServer.length === 1) {
    const app = appFacts(region, onServer[0], ROLE.colocationServer);
    Object.assign(facts.labels, app.labels, { [LABEL.agency]: server.owner });
  }
  const list = (key: "consumes" | "calls") => [
    ...new Set(
      onServer.flatMap((p) =>
        p.app.integrations.flatMap((x) => (key in x ? [(x as Record<string, string>)[key]] : [])),
      ),
    ),
  ];
  facts.annotations[ANNOTATION.consumes] = JSON.stringify(list("consumes"));
  facts.annotations[ANNOTATION.calls] = JSON.stringify(list("calls"));
  return facts;
}

/** Boot image of a VPS when the inventory names none: a maintained cloud image as a container disk. */
export const DEFAULT_VM_IMAGE = "quay.io/containerdisks/ubuntu:24.04";

export interface PusatDataArgs {
  readonly inventory: Inventory;
  readonly adapter: SiteAdapter;
  /** Applications placed on this site. */
  readonly apps: readonly AppPlacement[];
  readonly backups: readonly BackupEntry[];
  readonly addressPlan: AddressPlan;
}

export class PusatData extends pulumi.ComponentResource {
  /** Tenant of each agency (and of the dinas) on this site, by id. */
  readonly tenants = new Map<string, Made>();
  /** Data volume of each app hosted here, by app id. */
  readonly volumes = new Map<string, Made>();
  readonly siteId: string;
  readonly adapter: SiteAdapter;
  /** Addresses of the colocation servers monitored here. */
  readonly colocation: pulumi.Output<Array<{ id: string; owner: string; address: string }>>;

  constructor(name: string, args: PusatDataArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:PusatData", name, {}, opts);
    const inv = args.inventory;
    const a = args.adapter;
    const site = a.site;
    this.siteId = site.id;
    this.adapter = a;
    const region = inv.region.key;
    const users = buildUserCatalog(inv);

    const dinasFacts = ownedFacts(region, inv.dinas.id, site, ROLE.dinasNamespace, "dinas");
    dinasFacts.labels[LABEL.classification] = "internal";
    this.tenants.set(
      inv.dinas.id,
      a.tenant(
        {
          key: `${site.id}-${inv.dinas.id}`,
          name: namespaceOf(inv.dinas.id),
          facts: dinasFacts,
          podSecurity: "restricted",
          // The dinas' own apps are bounded like any agency's.
          quota: tenantQuota(inv, site.id, inv.dinas.id),
          access: [{ subject: defaultGroup(inv.dinas.id), kind: "Group", role: "admin" }],
          protect: true,
        },
        this,
      ),
    );

    inv.agencies.forEach((agency, i) => {
      const facts = ownedFacts(region, agency.id, site, ROLE.agencyNamespace, `agencies[${i}]`);
      facts.labels[LABEL.classification] = tenantClassification(inv, agency.id);
      const holdsData = args.apps.some((p) => p.app.owner === agency.id && p.app.data);
      this.tenants.set(
        agency.id,
        a.tenant(
          {
            key: `${site.id}-${agency.id}`,
            name: namespaceOf(agency.id),
            facts,
            podSecurity: "restricted",
            quota: tenantQuota(inv, site.id, agency.id),
            access: users.filter((u) => u.agency === agency.id),
            // A namespace holding data takes its claims with it when deleted.
            protect: holdsData,
          },
          this,
        ),
      );
    });

    const backups = new Map(args.backups.map((b) => [b.app, b]));
    for (const p of args.apps) this.placeApp(inv, a, p, backups.get(p.app.id));

    const hosts = new Map(args.addressPlan.hosts.map((h) => [h.id, h.address]));
    const monitored: Array<{ id: string; owner: string; address: string }> = [];
    inv.colocation.forEach((server, i) => {
      if (server.site !== site.id) return;
      const address = hosts.get(server.id);
      if (!address)
        throw new Error(`colocation[${i}]: server '${server.id}' has no address in the address plan`);
      const facts = serverFacts(region, site, server, i, args.apps);
      a.monitoringTarget(
        {
          key: `${site.id}-${server.id}`,
          name: server.id,
          tenant: this.tenant(server.owner),
          targets: [address],
          module: "icmp",
          facts,
        },
        this,
      );
      monitored.push({ id: server.id, owner: server.owner, address });
    });
    this.colocation = pulumi.output(monitored);
    this.registerOutputs({ colocation: this.colocation });
  }

  tenant(id: string): Made {
    const t = this.tenants.get(id);
    if (!t) throw new Error(`no tenant for '${id}' on this Pusat Data`);
    return t;
  }

  private placeApp(inv: Inventory, a: SiteAdapter, p: AppPlacement, backup: BackupEntry | undefined): void {
    const app = p.app;
    const mode = app.placement.mode;
    if (mode === "colocation") return; // runs on the agency's own server: monitored, not deployed
    const tenant = this.tenant(app.owner);
    const key = `${p.site.id}-${app.id}`;
    const region = inv.region.key;
    let volume: Made | undefined;
    if (app.data) {
      volume = a.volume(
        {
          key,
          name: `${app.id}-data`,
          tenant,
          sizeGi: app.data.storageGi,
          shared: mode === "hosting" && app.replicas > 1,
          facts: dataFacts(region, p, backup),
        },
        this,
      );
      this.volumes.set(app.id, volume);
    }
    if (mode === "vps") {
      a.virtualMachine(
        {
          key,
          name: app.id,
          tenant,
          cpu: app.vm?.cpu ?? 2,
          memoryGi: app.vm?.memoryGi ?? 4,
          image: app.image ?? DEFAULT_VM_IMAGE,
          port: app.port,
          dataVolume: volume,
          facts: appFacts(region, p, ROLE.vps),
        },
        this,
      );
      return;
    }
    if (!app.image) throw new Error(`${p.source}.image: a hosted application needs a container image`);
    const facts = appFacts(region, p, ROLE.app);
    const service = a.workload(
      {
        key,
        name: app.id,
        tenant,
        image: app.image,
        port: app.port,
        replicas: app.replicas,
        cpu: app.resources.cpu,
        memory: app.resources.memory,
        volume: volume ? { made: volume, mountPath: "/data" } : undefined,
        facts,
      },
      this,
    );
    if (app.exposure === "internet") {
      if (!app.domain) throw new Error(`${p.source}.domain: an internet-facing application needs a domain`);
      a.expose(
        {
          key,
          name: app.id,
          tenant,
          host: app.domain,
          service,
          port: app.port,
          issuer: inv.security.certificateIssuer.name,
          facts: { labels: { ...facts.labels, [LABEL.role]: ROLE.edge }, annotations: facts.annotations },
          edge: ownedFacts(region, inv.dinas.id, p.site, ROLE.edge, "edge"),
        },
        this,
      );
    }
  }
}
