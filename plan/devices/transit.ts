/**
 * The transit links of the Jaringan Intra: point-to-point links from the primary Pusat Data's
 * core router to every other router that is not an agency's (another Pusat Data's core, each DRC
 * edge, each interconnect edge). They are WAN links of the lock like the agencies' (kind
 * `wan-link`), owned by the site id or by `interconnect/<kind>` (`interconnect/<kind>-2`, … when a
 * kind repeats), carved below the agencies' links by `spbe ipam` and never moved after.
 */
import type { Inventory } from "../../inventory/schema";
import { primarySite } from "../placement";

export interface TransitNeed {
  /** Owner of the `wan-link` allocation. */
  owner: string;
  kind: "pusat-data" | "drc" | "interconnect";
  /** The site id, or the interconnect's index in `network.interconnects`. */
  site?: string;
  interconnect?: number;
  what: string;
}

export function interconnectOwners(inventory: Inventory): string[] {
  const seen = new Map<string, number>();
  return inventory.network.interconnects.map((ic) => {
    const n = (seen.get(ic.kind) ?? 0) + 1;
    seen.set(ic.kind, n);
    return n === 1 ? `interconnect/${ic.kind}` : `interconnect/${ic.kind}-${n}`;
  });
}

/** Every transit link the inventory needs, in inventory order (sites, then interconnects). */
export function transitNeeds(inventory: Inventory): TransitNeed[] {
  const primary = primarySite(inventory)?.id;
  const needs: TransitNeed[] = [];
  for (const site of inventory.sites) {
    if (site.kind === "pusat-data" && site.id !== primary)
      needs.push({
        owner: site.id,
        kind: "pusat-data",
        site: site.id,
        what: `the transit link to Pusat Data '${site.id}'`,
      });
    if (site.kind === "drc")
      needs.push({
        owner: site.id,
        kind: "drc",
        site: site.id,
        what: `the transit link to DRC '${site.id}'`,
      });
  }
  interconnectOwners(inventory).forEach((owner, i) =>
    needs.push({
      owner,
      kind: "interconnect",
      interconnect: i,
      what: `the transit link to interconnect '${owner}'`,
    }),
  );
  return needs;
}
