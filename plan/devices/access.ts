/** How each router is reached for configuration: the `routers` section of the inventory with its defaults. */
import type { Inventory } from "../../inventory/schema";
import type { Router, RouterAccess } from "./types";

type Draft = Omit<Router, "access"> & { defaultHost: string };

/** Fills in each router's access; an entry naming no router of the model is an error with its path. */
export function applyAccess(inventory: Inventory, drafts: Draft[]): { routers: Router[]; errors: string[] } {
  const section = inventory.routers;
  const defaults = section?.defaults ?? {
    platform: "frr",
    user: "spbe",
    port: 22,
    credentials: "routerSshKey",
  };
  const entries = section?.devices ?? [];
  const ids = new Set(drafts.map((d) => d.id));
  const errors: string[] = [];
  const byId = new Map<string, (typeof entries)[number]>();
  entries.forEach((e, i) => {
    if (!ids.has(e.id))
      errors.push(
        `routers.devices[${i}].id: no router '${e.id}' in the Jaringan Intra (its routers: ${[...ids].join(", ")})`,
      );
    else if (byId.has(e.id)) errors.push(`routers.devices[${i}].id: router '${e.id}' is listed twice`);
    else byId.set(e.id, e);
  });
  const routers = drafts.map(({ defaultHost, ...r }) => {
    const e = byId.get(r.id);
    const access: RouterAccess = {
      platform: e?.platform ?? defaults.platform,
      host: e?.management ?? defaultHost,
      user: e?.user ?? defaults.user,
      port: e?.port ?? defaults.port,
      credentials: e?.credentials ?? defaults.credentials,
    };
    return { ...r, access };
  });
  return { routers, errors };
}

export type { Draft as RouterDraft };
