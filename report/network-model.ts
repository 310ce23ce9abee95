/**
 * The Jaringan Intra's routers and the lab's reachability matrix as the report shows them: what
 * `network.ts` and `lab.ts` derive from the device model (plan/devices) and a `spbe netlab`
 * result. Only the name of a credential is ever held here, never its value.
 */
import type { RenderedFile } from "../plan/devices/render";
import type { RouterRole } from "../plan/devices/types";

export interface InterfaceView {
  name: string;
  kind: "wan" | "lan" | "range";
  /** Address with prefix length, then any secondary addresses. */
  addresses: string[];
  prefix: string;
  /** The VLAN: tagged on a trunk sub-interface, or the agency LAN's own (untagged on the port). */
  vlan: { id: number; tagged: boolean } | null;
  /** The router at the other end of a WAN link, or the owner of the LAN / range. */
  peer: string;
  description: string;
}

export interface RouterView {
  id: string;
  role: RouterRole;
  description: string;
  /** The Pusat Data / DRC site, the agency's LAN site; null for an interconnect edge. */
  site: string | null;
  /** The agency whose router it is, null for the others. */
  agency: string | null;
  /** What the device model says the router serves: site, agency or interconnect. */
  of: string;
  platform: string;
  management: {
    host: string;
    user: string;
    port: number;
    /** Name of the Pulumi config secret holding the SSH key (a reference, never the key). */
    credentials: string;
  };
  interfaces: InterfaceView[];
  routing: { protocol: "OSPF"; area: string; routerId: string; active: string[]; passive: string[] };
  filter: {
    /** Tags of the forward chain's accept rules; everything else is dropped. */
    forward: string[];
    antiSpoof: Array<{ iface: string; prefixes: string[] }>;
    managementFrom: string[];
    pingFrom: string[];
  };
  /** The configuration files of its platform, exactly as `pulumi up` pushes them. */
  files: RenderedFile[];
  /** sha256 of the files: what re-runs the push when it changes. */
  hash: string;
}

export interface LabPair {
  source: string;
  target: string;
  expected: boolean;
  icmp: boolean;
  /** null where no host answers TCP for the target. */
  tcp: boolean | null;
  /** Observed as the policy says: ICMP, and TCP where probed, equal to `expected`. */
  pass: boolean;
}

export interface LabView {
  /** The file given to --lab, as given, and the sha256 of its bytes. */
  file: string;
  sha256: string;
  region: string;
  modelHash: string;
  /** ISO time the run started. */
  startedAt: string;
  converged: boolean;
  convergeMs: number;
  totalMs: number;
  routers: number;
  namespaces: number;
  /** Faults put in on purpose, as `--remove-link a`, `--drop-rule r:tag`, `--leak a,b`. */
  mutations: string[];
  /** Targets that are not agency LANs, in the lab's order: the columns of the overview. */
  columns: string[];
  sources: string[];
  pairs: LabPair[];
}
