/**
 * Placement that would leave nothing to deploy: a hosted app with no image, a colocation app
 * with no server, a Pusat Data or DRC that runs workloads but names no platform to run them on.
 */
import type { Problem } from "./issues";
import type { Inventory } from "./schema";
import { joinText, type Text } from "./messages";
import { CHECK, KIND } from "./messages-check";

const PLATFORM_SITES = new Set(["pusat-data", "drc"]);

export function checkPlacement(inv: Inventory): Problem[] {
  const problems: Problem[] = [];
  // Workloads per site: hosting and vps apps and the gateway run on the site's platform;
  // colocation apps run on the agency's own server and need none.
  const workloads = new Map<string, Text[]>();
  const hosts = (site: string, what: Text) => {
    const list = workloads.get(site) ?? [];
    list.push(what);
    workloads.set(site, list);
  };
  inv.applications.forEach((a, i) => {
    const mode = a.placement.mode;
    if (mode === "hosting" && a.image === undefined) {
      problems.push({
        path: ["applications", i, "image"],
        message: CHECK.noImage(),
      });
    }
    if (mode === "colocation" && a.placement.server === undefined) {
      problems.push({
        path: ["applications", i, "placement", "server"],
        message: CHECK.noServer(),
      });
    }
    if (mode !== "colocation") hosts(a.placement.site, CHECK.appWorkload({ id: a.id }));
  });
  if (inv.gateway) hosts(inv.gateway.site, KIND.gateway());

  inv.sites.forEach((s, i) => {
    const what = workloads.get(s.id);
    if (!what || s.platform || !PLATFORM_SITES.has(s.kind)) return;
    const shown = what.length > 3 ? [...what.slice(0, 3), KIND.more({ n: what.length - 3 })] : what;
    const and = KIND.and();
    const last = shown[shown.length - 1];
    const runs =
      shown.length === 1
        ? last
        : {
            id: `${joinText(shown.slice(0, -1), ", ").id} ${and.id} ${last.id}`,
            en: `${joinText(shown.slice(0, -1), ", ").en} ${and.en} ${last.en}`,
          };
    problems.push({
      path: ["sites", i, "platform"],
      message: CHECK.noPlatform({ kind: s.kind, site: s.id, runs }),
    });
  });
  return problems;
}
