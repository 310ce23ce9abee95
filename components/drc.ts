/**
 * Drc: where the backups go and when they are taken (DRC-01/02, BK-01..03). On a backup target the
 * dinas runs itself, its S3 store (the Versity S3 Gateway, platform/object-store.ts) on that site's
 * platform with a random root key; for PDN or a
 * provider, their S3 endpoint from the inventory. On each Pusat Data cluster holding data, a Velero
 * BackupStorageLocation per target (protected, retained on destroy) and a Velero Schedule per data
 * set; on a Docker site, a scheduled backup container per data set.
 */
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { ANNOTATION, LABEL, ROLE } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import type { BackupEntry, BackupLocation, BackupPlan } from "../plan/backup";
import { placeSites, type SitePlacement } from "../plan/placement";
import { backupAnnotations, ownedFacts, type Facts } from "./facts";
import { objectStorageAllowances } from "./network";
import type { Made, SiteAdapter } from "./platform/adapter";
import { publishedHost, S3_PORT, S3_STORE_NAME } from "./platform/object-store";

/** Namespace (or network) of the dinas' S3 store on a DRC site. */
export const BACKUP_TENANT = "spbe-backup";

type Credentials = { accessKey: pulumi.Output<string>; secretKey: pulumi.Output<string> };

export interface StoreAccess {
  site: string;
  endpoint: string;
  bucket: string;
  region: string;
  credentials: Credentials | null;
}

export interface DrcArgs {
  readonly inventory: Inventory;
  readonly backupPlan: BackupPlan;
  /** Adapters of every site with a platform, by site id. */
  readonly adapters: ReadonlyMap<string, SiteAdapter>;
  /** Data volumes of the apps, by app id (from the Pusat Data components). */
  readonly volumes: ReadonlyMap<string, Made>;
}

interface Target {
  location: BackupLocation;
  endpoint: string;
  credentials: Credentials | null;
  credentialSecret: string;
}

export class Drc extends pulumi.ComponentResource {
  readonly backupPlan: pulumi.Output<BackupPlan>;
  /** RPO in hours of each data set, by app id. */
  readonly rpoHours: pulumi.Output<Record<string, number>>;
  /** Each backup target's store: endpoint, bucket and the credentials the program holds (null: the operator's). */
  readonly stores = new Map<string, StoreAccess>();

  constructor(name: string, args: DrcArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:Drc", name, {}, opts);
    const inv = args.inventory;
    const sites = placeSites(inv);
    const targets = new Map<string, Target>();
    for (const loc of args.backupPlan.locations) {
      const t = this.target(inv, loc, args.adapters);
      targets.set(loc.site, t);
      this.stores.set(loc.site, {
        site: loc.site,
        endpoint: t.endpoint,
        bucket: loc.bucket,
        region: loc.region,
        credentials: t.credentials,
      });
    }

    const locationsMade = new Set<string>();
    for (const entry of args.backupPlan.entries) {
      if (entry.mechanism === "server-agent") continue; // on the agency's own server: outside Pulumi
      // An app whose data has no volume was not placed in a Pusat Data (e.g. on a server in an
      // agency office): the toolkit deploys nothing there, so there is nothing to back up, and the
      // policy pack reports the placement (DC-02) instead of the program refusing the region.
      if (!args.volumes.has(entry.app)) continue;
      const adapter = args.adapters.get(entry.site);
      if (!adapter)
        throw new Error(`${entry.source}: site '${entry.site}' has no platform to run backups on`);
      const t = targets.get(entry.target);
      if (!t) throw new Error(`${entry.source}.target: no backup location for '${entry.target}'`);
      const targetSite = sites.get(entry.target) as SitePlacement;
      if (entry.mechanism === "velero" && !locationsMade.has(`${entry.site}/${entry.target}`)) {
        locationsMade.add(`${entry.site}/${entry.target}`);
        const facts = this.facts(
          inv,
          targetSite,
          ROLE.backupLocation,
          `${targetSite.source}`,
          entry.site,
          sites,
        );
        adapter.backupLocation(
          {
            key: `${entry.site}-${entry.target}`,
            name: entry.target,
            bucket: t.location.bucket,
            region: t.location.region,
            endpoint: t.endpoint,
            credentials: t.credentials,
            credentialSecret: t.credentialSecret,
            facts,
          },
          this,
        );
      }
      const facts = this.facts(inv, targetSite, ROLE.backupSchedule, entry.source, entry.site, sites);
      facts.labels[LABEL.app] = entry.app;
      facts.labels[LABEL.agency] = entry.owner;
      facts.labels[LABEL.classification] = entry.classification;
      Object.assign(facts.annotations, backupAnnotations(entry));
      adapter.backupSchedule(
        {
          key: `${entry.site}-${entry.app}`,
          name: entry.app,
          schedule: entry.schedule,
          ttl: entry.ttl,
          retentionDays: entry.retentionDays,
          tenant: entry.owner,
          app: entry.app,
          volume: args.volumes.get(entry.app) ?? null,
          location: {
            name: entry.target,
            endpoint: t.endpoint,
            bucket: t.location.bucket,
            region: t.location.region,
          },
          credentials: t.credentials,
          facts,
        },
        this,
      );
    }
    this.backupPlan = pulumi.output(args.backupPlan);
    this.rpoHours = pulumi.output(rpoByApp(args.backupPlan.entries));
    this.registerOutputs({ backupPlan: this.backupPlan, rpoHours: this.rpoHours });
  }

  /**
   * Facts of a backup object, as on the data it protects: the site labels are the data's site
   * (where the object lives), the backup-* annotations name the target and its failure domain.
   */
  private facts(
    inv: Inventory,
    target: SitePlacement,
    role: (typeof ROLE)[keyof typeof ROLE],
    source: string,
    dataSite: string,
    sites: Map<string, SitePlacement>,
  ): Facts {
    const data = sites.get(dataSite) as SitePlacement;
    const f = ownedFacts(inv.region.key, inv.dinas.id, data, role, source);
    f.annotations[ANNOTATION.backupTarget] = target.id;
    f.annotations[ANNOTATION.backupFailureDomain] = target.failureDomain;
    return f;
  }

  private target(inv: Inventory, loc: BackupLocation, adapters: ReadonlyMap<string, SiteAdapter>): Target {
    if (loc.storage === "external") {
      // PDN's or a provider's credentials are theirs to issue: the operator stores them in this
      // secret (see the securityNotes output); the program never sees them.
      return {
        location: loc,
        endpoint: loc.endpoint as string,
        credentials: null,
        credentialSecret: `${loc.site}-s3-credentials`,
      };
    }
    const adapter = adapters.get(loc.site);
    if (!adapter) throw new Error(`backup target '${loc.site}' is run by the dinas but has no platform`);
    const site = adapter.site;
    // The aliases keep the key of a store first deployed under its former names (ADR 0006's
    // migration): Velero's and the log shipper's credentials stay valid across the switch.
    const user = new random.RandomPassword(
      `${loc.site}-s3-user`,
      { length: 20, special: false },
      { parent: this, aliases: [{ name: `${loc.site}-minio-user` }] },
    );
    const password = new random.RandomPassword(
      `${loc.site}-s3-password`,
      { length: 40, special: false },
      { parent: this, aliases: [{ name: `${loc.site}-minio-password` }] },
    );
    const credentials = { accessKey: pulumi.secret(user.result), secretKey: pulumi.secret(password.result) };
    const tenantFacts = ownedFacts(inv.region.key, inv.dinas.id, site, ROLE.objectStorage, site.source);
    tenantFacts.labels[LABEL.classification] = "rahasia";
    const tenant = adapter.tenant(
      {
        key: `${loc.site}-${BACKUP_TENANT}`,
        name: BACKUP_TENANT,
        facts: tenantFacts,
        podSecurity: "restricted",
        protect: true,
      },
      this,
    );
    adapter.networkBoundary(
      {
        key: `${loc.site}-${BACKUP_TENANT}`,
        tenant,
        facts: tenantFacts,
        sameNamespace: false,
        allow: objectStorageAllowances(S3_PORT),
      },
      this,
    );
    const store = adapter.objectStorage(
      {
        key: `${loc.site}-store`,
        name: S3_STORE_NAME,
        tenant,
        bucket: loc.bucket,
        region: loc.region,
        sizeGi: backupSizeGi(inv, loc.site),
        host: publishedHost(inv, loc.site),
        issuer: inv.security.certificateIssuer.name,
        accessKey: credentials.accessKey,
        secretKey: credentials.secretKey,
        facts: tenantFacts,
      },
      this,
    );
    return {
      location: loc,
      endpoint: store.endpoint,
      credentials,
      credentialSecret: `${loc.site}-credentials`,
    };
  }
}

export function rpoByApp(entries: readonly BackupEntry[]): Record<string, number> {
  return Object.fromEntries(entries.map((e) => [e.app, e.rpoHours]));
}

/**
 * Room for the data sets backed up to `site`, each kept for its retention with one full copy per
 * day at most (deduplicating backups use far less; this is the ceiling), capped at 100 TiB.
 */
export function backupSizeGi(inv: Inventory, site: string): number {
  let gi = 0;
  for (const a of inv.applications) {
    const b = a.data?.backup;
    if (a.data && b && b.target === site) gi += a.data.storageGi * Math.min(b.retentionDays, 30);
  }
  return Math.min(102_400, Math.max(100, gi));
}
