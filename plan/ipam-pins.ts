/**
 * Pinned agency LANs (`agencies[].lan.prefix`): an existing LAN the agency keeps. A pin is
 * allocated exactly as written, never carved, and it is reserved before anything new is carved, so
 * no other agency's LAN, WAN link or site range ever lands on it.
 *
 * A pin never moves what the lock holds: a pin that disagrees with the agency's LAN in the lock,
 * or overlaps another allocation of the lock, is an error naming both, never a silent renumbering.
 */
import type { Inventory } from "../inventory/schema";
import type { Allocation } from "./types";
import {
  containsBlock,
  formatBlock,
  lanCapacity,
  overlaps,
  parseCidr,
  type Block,
  type Space,
} from "./ipam-space";

/** What an allocation of the lock is, for messages: "the hosting range of site 'pd-utama'". */
export function describeAllocation(a: Allocation): string {
  if (a.kind === "agency-lan") return `the LAN of Perangkat Daerah '${a.owner}'`;
  if (a.kind === "wan-link") return `the WAN link of Perangkat Daerah '${a.owner}'`;
  if (a.kind === "site-range") {
    const [site, purpose] = a.owner.split("/");
    return `the ${purpose} range of site '${site}'`;
  }
  return `the address of host '${a.owner}'`;
}

export interface Pins {
  /** Agency id → its pinned block, reserved in the space: allocate exactly it. */
  reserved: Map<string, Block>;
  /** Agencies whose pin cannot be allocated (reported in `errors`): allocate nothing for them. */
  refused: Set<string>;
  errors: string[];
  /** The inventory path each error is about (`agencies[i].lan.prefix`), by message. */
  paths: Map<string, Array<string | number>>;
}

/**
 * Checks every pin against the supernet, the agency's hosts, the lock and the other pins, and
 * takes the pins of agencies the lock has no LAN for from `space`, in inventory order.
 */
export function reservePins(
  inventory: Inventory,
  supernet: Block,
  allocations: readonly Allocation[],
  space: Space,
): Pins {
  const pins: Pins = { reserved: new Map(), refused: new Set(), errors: [], paths: new Map() };
  const lans = new Map(allocations.filter((a) => a.kind === "agency-lan").map((a) => [a.owner, a]));
  const taken = allocations.filter((a) => a.prefix !== undefined);
  const pinnedBy: { agency: string; block: Block }[] = [];
  for (const [index, agency] of inventory.agencies.entries()) {
    const pin = agency.lan.prefix;
    if (pin === undefined) continue;
    const who = `Perangkat Daerah '${agency.id}'`;
    const refuse = (message: string) => {
      pins.errors.push(message);
      pins.paths.set(message, ["agencies", index, "lan", "prefix"]);
      pins.refused.add(agency.id);
    };
    let block: Block;
    try {
      block = parseCidr(pin);
    } catch (err) {
      refuse(`${who} has lan.prefix ${pin}: ${(err as Error).message}`);
      continue;
    }
    const inLock = lans.get(agency.id);
    if (inLock) {
      if (inLock.prefix !== formatBlock(block)) {
        refuse(
          `${who} pins lan.prefix ${pin}, but the lock holds its LAN at ${inLock.prefix as string}; ` +
            `allocations never move: set lan.prefix to ${inLock.prefix as string}, or renumber the agency explicitly ` +
            `with \`spbe ipam <inventory> --release ${agency.id}\``,
        );
      }
      continue;
    }
    if (!containsBlock(supernet, block)) {
      refuse(`${who} pins lan.prefix ${pin}, outside the supernet ${formatBlock(supernet)}`);
      continue;
    }
    const capacity = lanCapacity(block.size);
    if (agency.lan.hosts > capacity) {
      refuse(
        `${who} pins lan.prefix ${pin}, which holds at most ${capacity} hosts, but lan.hosts is ${agency.lan.hosts}`,
      );
      continue;
    }
    const clash = taken.find((a) => overlaps(parseCidr(a.prefix as string), block));
    if (clash) {
      refuse(
        `${who} pins lan.prefix ${pin}, which overlaps ${describeAllocation(clash)} (${clash.prefix as string}) in the lock; ` +
          `allocations never move: choose another prefix, or release that allocation explicitly with \`spbe ipam <inventory> --release ${clash.owner.split("/")[0]}\``,
      );
      continue;
    }
    const other = pinnedBy.find((p) => overlaps(p.block, block));
    if (other) {
      refuse(
        `${who} pins lan.prefix ${pin}, which overlaps the lan.prefix ${formatBlock(other.block)} pinned by Perangkat Daerah '${other.agency}'`,
      );
      continue;
    }
    pinnedBy.push({ agency: agency.id, block });
    space.take(block);
    pins.reserved.set(agency.id, block);
  }
  return pins;
}
