/** The address plan: what `plan/ipam.ts` computes from the inventory and its lock file. */

export interface AgencyAddressing {
  agency: string;
  /** LAN prefix sized from `lan.hosts`, e.g. 10.20.4.0/26. */
  lan: string;
  /** First usable address of the LAN: the agency router's LAN side. */
  gateway: string;
  vlan: number;
  /** WAN point-to-point link between the Pusat Data core and the agency router. */
  wan: { prefix: string; core: string; agency: string };
}

export interface SiteRange {
  site: string;
  purpose: "hosting" | "colocation" | "management" | "drc";
  prefix: string;
  vlan: number;
}

export interface HostAddress {
  /** A colocation server id or a site device id. */
  id: string;
  site: string;
  address: string;
}

export interface AddressPlan {
  region: string;
  supernet: string;
  agencies: AgencyAddressing[];
  sites: SiteRange[];
  hosts: HostAddress[];
}
