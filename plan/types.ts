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

/** What an entry of the lock file (`inventory/regions/<key>.lock.yaml`) reserves. */
export type AllocationKind = "agency-lan" | "wan-link" | "site-range" | "host";

/**
 * One allocation of the append-only lock. `owner` is the agency id (agency-lan, wan-link),
 * `<site>/<purpose>` (site-range, purpose one of `SiteRange["purpose"]`), or the colocation
 * server / device id (host). Networks carry `prefix`, hosts carry `address`.
 */
export interface Allocation {
  kind: AllocationKind;
  owner: string;
  prefix?: string;
  address?: string;
  vlan?: number;
  /** ISO date the allocation was made; informational, never read by the plan. */
  allocatedOn?: string;
}

/** A released allocation, kept as history; its space is free again. */
export interface ReleasedAllocation extends Allocation {
  releasedOn?: string;
}

/** The lock file's content: every allocation ever made and not released, in the order made. */
export interface Lock {
  version: 1;
  supernet: string;
  allocations: Allocation[];
  released: ReleasedAllocation[];
}
