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
import type { Text } from "../inventory/messages";
import { PIN, WHAT } from "./ipam-messages";

/** What an allocation of the lock is, for messages: "the hosting range of site 'pd-utama'". */
export function describeAllocation(a: Allocation): string {
  return allocationText(a).en;
}

/** `describeAllocation` in both languages. */
export function allocationText(a: Allocation): Text {
  if (a.kind === "agency-lan") return WHAT.lan({ agency: a.owner });
  if (a.kind === "wan-link") return WHAT.wanLink({ agency: a.owner });
  if (a.kind === "site-range") {
    const [site = "", purpose = ""] = a.owner.split("/");
    return WHAT.range({ site, purpose });
  }
  return WHAT.hostAddress({ host: a.owner });
}

export interface Pins {
  /** Agency id → its pinned block, reserved in the space: allocate exactly it. */
  reserved: Map<string, Block>;
  /** Agencies whose pin cannot be allocated (reported in `errors`): allocate nothing for them. */
  refused: Set<string>;
  errors: string[];
  /** The inventory path each error is about (`agencies[i].lan.prefix`), by message. */
  paths: Map<string, Array<string | number>>;
  /** Each error in Bahasa Indonesia and English, by (English) message. */
  texts: Map<string, Text>;
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
  const pins: Pins = {
    reserved: new Map(),
    refused: new Set(),
    errors: [],
    paths: new Map(),
    texts: new Map(),
  };
  const lans = new Map(allocations.filter((a) => a.kind === "agency-lan").map((a) => [a.owner, a]));
  const taken = allocations.filter((a) => a.prefix !== undefined);
  const pinnedBy: { agency: string; block: Block }[] = [];
  for (const [index, agency] of inventory.agencies.entries()) {
    const pin = agency.lan.prefix;
    if (pin === undefined) continue;
    const at = { agency: agency.id, pin };
    const refuse = (message: Text) => {
      pins.errors.push(message.en);
      pins.paths.set(message.en, ["agencies", index, "lan", "prefix"]);
      pins.texts.set(message.en, message);
      pins.refused.add(agency.id);
    };
    let block: Block;
    try {
      block = parseCidr(pin);
    } catch (err) {
      refuse(PIN.malformed({ ...at, detail: (err as Error).message }));
      continue;
    }
    const inLock = lans.get(agency.id);
    if (inLock) {
      if (inLock.prefix !== formatBlock(block)) {
        refuse(PIN.moved({ ...at, held: inLock.prefix as string }));
      }
      continue;
    }
    if (!containsBlock(supernet, block)) {
      refuse(PIN.outside({ ...at, supernet: formatBlock(supernet) }));
      continue;
    }
    const capacity = lanCapacity(block.size);
    if (agency.lan.hosts > capacity) {
      refuse(PIN.tooSmall({ ...at, capacity, hosts: agency.lan.hosts }));
      continue;
    }
    const clash = taken.find((a) => overlaps(parseCidr(a.prefix as string), block));
    if (clash) {
      const [release = ""] = clash.owner.split("/");
      refuse(
        PIN.overlapsLock({ ...at, what: allocationText(clash), prefix: clash.prefix as string, release }),
      );
      continue;
    }
    const other = pinnedBy.find((p) => overlaps(p.block, block));
    if (other) {
      refuse(PIN.overlapsPin({ ...at, other: formatBlock(other.block), otherAgency: other.agency }));
      continue;
    }
    pinnedBy.push({ agency: agency.id, block });
    space.take(block);
    pins.reserved.set(agency.id, block);
  }
  return pins;
}
