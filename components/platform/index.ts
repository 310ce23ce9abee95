/** The adapter of a site: by its platform in the inventory, with the site's own provider. */
import type * as pulumi from "@pulumi/pulumi";
import type { SitePlacement } from "../../plan/placement";
import type { SiteAdapter } from "./adapter";
import { DockerAdapter } from "./docker";
import { KubernetesAdapter } from "./kubernetes";

export type { SiteAdapter } from "./adapter";

/** null for a site without a platform (an office, or a DRC run by PDN or a provider). */
export function createAdapter(site: SitePlacement, parent: pulumi.Resource): SiteAdapter | null {
  const platform = site.site.platform;
  if (!platform) return null;
  if (platform.type === "docker") return new DockerAdapter(site, platform.host, parent);
  return new KubernetesAdapter(site, platform.context, parent);
}
