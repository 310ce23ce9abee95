/**
 * Prefixes pinned by the inventory (`agencies[].lan.prefix`, an existing LAN an agency keeps) fit
 * the region's network: each lies inside `network.supernet`, no two agencies' pins overlap, and a
 * pin holds the agency's `lan.hosts`. The address plan allocates a pinned prefix as it is, so a
 * pin that fails here could never be planned.
 *
 * The capacity rule is the plan's (plan/ipam-resolve.ts `lanCapacity`): a LAN holds its size less
 * the network, broadcast and gateway addresses. It is repeated here because `inventory/` imports
 * nothing else of the project.
 */
import { Netmask, ip2long } from "netmask";
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import { isValidCidr } from "./primitives";
import type { Inventory } from "./schema";
import { CHECK, KIND } from "./messages-check";

/** Network, broadcast and gateway: the addresses of a LAN no host can have. */
const LAN_RESERVED = 3;

interface Pin {
  index: number;
  agency: string;
  prefix: string;
  start: number;
  end: number;
  path: PathSegment[];
}

function block(cidr: string): { start: number; end: number } {
  const nm = new Netmask(cidr);
  const start = ip2long(nm.base);
  return { start, end: start + nm.size };
}

export function checkPrefixes(inv: Inventory): Problem[] {
  const problems: Problem[] = [];
  // A salvaged inventory (see salvage.ts) lacks the sections the schema rejected: an invalid
  // supernet is the schema's to report, and containment is then not checked.
  const supernetText = (inv.network as Inventory["network"] | undefined)?.supernet;
  const supernet = supernetText !== undefined && isValidCidr(supernetText) ? block(supernetText) : null;
  const pins: Pin[] = [];
  inv.agencies.forEach((agency, index) => {
    const prefix = agency.lan.prefix;
    // A malformed prefix is reported by the schema.
    if (prefix === undefined || !isValidCidr(prefix)) return;
    const path: PathSegment[] = ["agencies", index, "lan", "prefix"];
    const pin: Pin = { index, agency: agency.id, prefix, ...block(prefix), path };
    if (supernet && (pin.start < supernet.start || pin.end > supernet.end)) {
      problems.push({
        path,
        message: CHECK.prefixOutside({ prefix, agency: agency.id, supernet: supernetText as string }),
      });
    }
    const capacity = Math.max(0, pin.end - pin.start - LAN_RESERVED);
    if (agency.lan.hosts > capacity) {
      problems.push({
        path,
        message: CHECK.prefixTooSmall({ prefix, agency: agency.id, capacity, hosts: agency.lan.hosts }),
      });
    }
    pins.push(pin);
  });

  // Sweep by start: a pin overlaps the furthest-reaching pin that starts before it. The later of
  // the two in the file carries the error and names the other.
  pins.sort((a, b) => a.start - b.start || a.index - b.index);
  let reach: Pin | undefined;
  for (const pin of pins) {
    if (reach && pin.start < reach.end) {
      const [later, earlier] = pin.index > reach.index ? [pin, reach] : [reach, pin];
      problems.push({
        path: later.path,
        message: CHECK.prefixOverlap({
          prefix: later.prefix,
          agency: later.agency,
          other: earlier.prefix,
          otherAgency: earlier.agency,
        }),
        related: { label: KIND.declaredAt(), path: earlier.path },
      });
    }
    if (!reach || pin.end > reach.end) reach = pin;
  }
  return problems;
}
