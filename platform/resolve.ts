/**
 * The platform each Kubernetes site of a region has, as the region's StackReferences will read
 * it: the platform program's computed outputs for the site's stack file in platform/stacks; for a
 * site with no stack file, what the inventory implies (so the rest of the check still runs) with
 * `file: null`, which the preflight reports. Used by the offline run (offline/mock-run.ts).
 */
import type { Inventory } from "../inventory/schema";
import { platformOutputsOf } from "./program";
import type { SitePlatform } from "./preflight";
import { platformStacksOf } from "./stack-config";

/** Platform stack name of a site, as components/platform/platform-ref.ts builds it. */
export function platformStackFullName(organization: string, regionStack: string, site: string): string {
  return `${organization}/spbe-platform/${regionStack}-${site}`;
}

export function sitePlatforms(
  inventoryPath: string,
  inv: Inventory,
  regionStack: string,
  opts: {
    organization?: string;
    locate?: (path: string) => SitePlatform["location"];
    stackDir?: string;
  } = {},
): Map<string, SitePlatform> {
  const files = platformStacksOf(inventoryPath, opts.stackDir);
  const out = new Map<string, SitePlatform>();
  inv.sites.forEach((site, i) => {
    if (site.platform?.type !== "kubernetes") return;
    const found = files.get(site.id);
    const config = found?.config ?? {
      inventory: inventoryPath,
      site: site.id,
      acmeServer: "",
      acmeEmail: "",
    };
    out.set(site.id, {
      stack: platformStackFullName(opts.organization ?? "organization", regionStack, site.id),
      file: found?.file ?? null,
      outputs: platformOutputsOf(inv, config),
      location: opts.locate?.(`sites[${i}]`) ?? null,
    });
  });
  return out;
}

/** The answer of the mocks' StackReference reads. */
export function stackReferenceResolver(platforms: ReadonlyMap<string, SitePlatform>) {
  const byName = new Map([...platforms.values()].map((p) => [p.stack, p.outputs]));
  return (name: string) => byName.get(name) as Record<string, unknown> | undefined;
}
