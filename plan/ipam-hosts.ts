/** The hosts the address plan gives an address: colocation servers and the devices of sites with a range. */
import type { Inventory } from "../inventory/schema";
import type { Text } from "../inventory/messages";
import { IPAM, WHAT } from "./ipam-messages";
import { siteRangePurposes } from "./ipam-resolve";

export interface HostNeed {
  id: string;
  site: string;
  /** The site range the address is taken from. */
  range: string;
  what: string;
  /** `what` in both languages. */
  label: Text;
  /** Where the inventory declares it: `colocation[2]`, `sites[0].devices[1]`. */
  path?: Array<string | number>;
}

/** Every host the inventory addresses, in inventory order: colocation servers, then site devices. */
export function hostNeeds(inventory: Inventory): { hosts: HostNeed[]; errors: string[]; texts: Text[] } {
  const texts: Text[] = [];
  const hosts: HostNeed[] = [];
  const purposes = new Map(inventory.sites.map((s) => [s.id, siteRangePurposes(s)]));
  for (const [index, server] of inventory.colocation.entries()) {
    const label = WHAT.server({ id: server.id });
    if (!purposes.get(server.site)?.includes("colocation")) {
      texts.push(IPAM.noColocationRange({ what: label, site: server.site }));
    } else
      hosts.push({
        id: server.id,
        site: server.site,
        range: `${server.site}/colocation`,
        what: label.en,
        label,
        path: ["colocation", index],
      });
  }
  for (const [siteIndex, site] of inventory.sites.entries()) {
    const p = purposes.get(site.id) ?? [];
    // Devices are addressed in the management range; a DRC's in its one range; noc and office
    // sites get no range from this plan, so their devices are not addressed here.
    const purpose = p.includes("management") ? "management" : p.includes("drc") ? "drc" : undefined;
    if (!purpose) continue;
    for (const [deviceIndex, d] of site.devices.entries()) {
      const label = WHAT.device({ id: d.id, site: site.id });
      hosts.push({
        path: ["sites", siteIndex, "devices", deviceIndex],
        id: d.id,
        site: site.id,
        range: `${site.id}/${purpose}`,
        what: label.en,
        label,
      });
    }
  }
  const seen = new Map<string, Text>();
  for (const h of hosts) {
    const other = seen.get(h.id);
    if (other) texts.push(IPAM.sharedHostId({ what: h.label, other, id: h.id }));
    else seen.set(h.id, h.label);
  }
  return { hosts, errors: texts.map((t) => t.en), texts };
}
