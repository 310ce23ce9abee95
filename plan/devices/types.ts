/**
 * The device model of the Jaringan Intra: every router of the region, its interfaces, its
 * routing and its filter policy, as `plan/devices/model.ts` computes them from the inventory and
 * the lock. Platform-neutral: the renderers (`render-frr.ts`, `render-nft.ts`,
 * `render-routeros.ts`) turn one router into the configuration of its software.
 */
import type { RouterPlatform } from "../../inventory/schema-router";

export type RouterRole = "core" | "agency" | "drc" | "interconnect";

export interface RouterInterface {
  /** Interface name on the device (Linux: at most 15 characters). */
  name: string;
  /** Address with prefix length, e.g. 10.30.247.254/31. */
  address: string;
  /** Further addresses (the router's own management address from the lock). */
  secondary: string[];
  /** wan: a point-to-point link of the lock; lan: an agency LAN; range: a site range on a VLAN. */
  kind: "wan" | "lan" | "range";
  /** Network prefix of the interface. */
  prefix: string;
  /** What is on the other side: a router id (wan) or the owner of the LAN / range. */
  peer: string;
  description: string;
  /** VLAN sub-interfaces: the VLAN id and the parent (trunk) interface. */
  vlan?: { id: number; parent: string };
}

/** One accept rule of the forward chain; everything not accepted is dropped. */
export interface ForwardRule {
  /** Stable tag naming the rule, e.g. `agency:setda->hosting:pd-penajam`. */
  tag: string;
  iif?: string;
  oif?: string;
  saddr?: string[];
  daddr?: string[];
}

export interface FilterPolicy {
  /** On each of these interfaces a packet whose source is outside `prefixes` is dropped. */
  antiSpoof: { iface: string; prefixes: string[] }[];
  forward: ForwardRule[];
  /** Sources allowed to open SSH to the router itself. */
  managementFrom: string[];
  /** Interfaces OSPF runs on (their packets are accepted by the input chain). */
  routingOn: string[];
  /** Sources the router answers ICMP echo from. */
  pingFrom: string[];
}

export interface RouterAccess {
  platform: RouterPlatform;
  /** Address the SSH connection goes to. */
  host: string;
  user: string;
  port: number;
  /** Name of the Pulumi config secret holding the SSH private key. */
  credentials: string;
}

export interface Router {
  id: string;
  role: RouterRole;
  /** Site of a core or DRC edge; agency of an agency router; interconnect owner of an edge. */
  of: string;
  description: string;
  access: RouterAccess;
  interfaces: RouterInterface[];
  ospf: { routerId: string; area: "0.0.0.0"; passive: string[] };
  filter: FilterPolicy;
}

/** What an agency LAN may reach, by target: the policy the filters and the lab both follow. */
export interface ReachTarget {
  /** `agency:<id>`, `<site>/<purpose>` or `interconnect/<kind>`. */
  id: string;
  kind: "agency" | "range" | "interconnect";
  prefix: string;
  /** The router behind which the target lives. */
  router: string;
}

export interface DeviceModel {
  region: string;
  supernet: string;
  routers: Router[];
  targets: ReachTarget[];
  /** agency id → ids of the targets it may reach. */
  reach: Record<string, string[]>;
}
