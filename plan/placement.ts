/**
 * Where everything runs: each site's facts (kind, operator, failure domain, platform) and each
 * application's site, namespace and inventory path. Pure; the components and the catalogs read it.
 */
import type { Application, Inventory, Site } from "../inventory/schema";

export type PlatformType = "kubernetes" | "docker";

export interface SitePlacement {
  id: string;
  kind: Site["kind"];
  operator: string;
  /** The operator as a label value: `provider:PT Foo` → `provider-PT-Foo`. */
  operatorLabel: string;
  failureDomain: string;
  platform: PlatformType | null;
  /** Inventory path, e.g. `sites[0]`. */
  source: string;
  site: Site;
}

export interface AppPlacement {
  app: Application;
  /** Inventory path, e.g. `applications[3]`. */
  source: string;
  site: SitePlacement;
  /** Namespace (Kubernetes) or tenant network (Docker) of the owner agency. */
  namespace: string;
}

/** A Kubernetes label value (≤63 chars, alphanumeric at both ends, `-_.` inside). */
export function labelValue(value: string): string {
  const safe = value
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "")
    .slice(0, 63)
    .replace(/[^A-Za-z0-9]+$/, "");
  return safe;
}

/** The namespace holding an agency's (or the dinas') workloads: its inventory id. */
export function namespaceOf(ownerId: string): string {
  return ownerId;
}

export function placeSites(inventory: Inventory): Map<string, SitePlacement> {
  const sites = new Map<string, SitePlacement>();
  inventory.sites.forEach((site, i) => {
    sites.set(site.id, {
      id: site.id,
      kind: site.kind,
      operator: site.operator,
      operatorLabel: labelValue(site.operator),
      failureDomain: site.location.failureDomain,
      platform: site.platform?.type ?? null,
      source: `sites[${i}]`,
      site,
    });
  });
  return sites;
}

/** Looks a site up, failing with the inventory path that referenced it. */
export function siteAt(sites: Map<string, SitePlacement>, id: string, from: string): SitePlacement {
  const site = sites.get(id);
  if (!site) throw new Error(`${from}: site '${id}' is not declared in sites`);
  return site;
}

export function placeApplications(inventory: Inventory): AppPlacement[] {
  const sites = placeSites(inventory);
  return inventory.applications.map((app, i) => ({
    app,
    source: `applications[${i}]`,
    site: siteAt(sites, app.placement.site, `applications[${i}].placement.site`),
    namespace: namespaceOf(app.owner),
  }));
}

/**
 * The sites that run the Pusat Data's workloads: kind `pusat-data` with a platform. Agencies get
 * their tenant boundary on each of them.
 */
export function pusatDataSites(inventory: Inventory): SitePlacement[] {
  return [...placeSites(inventory).values()].filter((s) => s.kind === "pusat-data" && s.platform !== null);
}

/**
 * The site carrying the dinas' shared objects (evidence, security daemons' namespace): the
 * gateway's site when it runs a platform, else the first Pusat Data site with one.
 */
export function primarySite(inventory: Inventory): SitePlacement | null {
  const sites = placeSites(inventory);
  const gw = inventory.gateway ? sites.get(inventory.gateway.site) : undefined;
  if (gw && gw.platform) return gw;
  return pusatDataSites(inventory)[0] ?? null;
}
