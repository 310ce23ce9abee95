/**
 * Placement that would leave nothing to deploy: a hosted app with no image, a colocation app
 * with no server, a Pusat Data or DRC that runs workloads but names no platform to run them on.
 */
import type { Problem } from "./issues";
import type { Inventory } from "./schema";

const PLATFORM_SITES = new Set(["pusat-data", "drc"]);

export function checkPlacement(inv: Inventory): Problem[] {
  const problems: Problem[] = [];
  // Workloads per site: hosting and vps apps and the gateway run on the site's platform;
  // colocation apps run on the agency's own server and need none.
  const workloads = new Map<string, string[]>();
  const hosts = (site: string, what: string) => {
    const list = workloads.get(site) ?? [];
    list.push(what);
    workloads.set(site, list);
  };
  inv.applications.forEach((a, i) => {
    const mode = a.placement.mode;
    if (mode === "hosting" && a.image === undefined) {
      problems.push({
        path: ["applications", i, "image"],
        message: `missing key "image": a hosting application runs a container image pinned by tag or digest`,
      });
    }
    if (mode === "colocation" && a.placement.server === undefined) {
      problems.push({
        path: ["applications", i, "placement", "server"],
        message: `missing key "server": a colocation application names the colocation server it runs on`,
      });
    }
    if (mode !== "colocation") hosts(a.placement.site, `application "${a.id}"`);
  });
  if (inv.gateway) hosts(inv.gateway.site, "the gateway");

  inv.sites.forEach((s, i) => {
    const what = workloads.get(s.id);
    if (!what || s.platform || !PLATFORM_SITES.has(s.kind)) return;
    const shown = what.length > 3 ? [...what.slice(0, 3), `${what.length - 3} more`] : what;
    const listed =
      shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
    problems.push({
      path: ["sites", i, "platform"],
      message: `missing key "platform": ${s.kind} site "${s.id}" runs ${listed}, so it needs a platform: { type: kubernetes, … } or { type: docker, … }`,
    });
  });
  return problems;
}
