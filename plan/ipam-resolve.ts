/**
 * How the address plan is resolved against its lock (IPAM). Pure: no Pulumi, no filesystem. It extends the lock with
 * allocations for whatever the inventory needs and the lock lacks, and never moves or resizes an
 * allocation already in the lock: adding, removing or reordering agencies, or changing another
 * agency's host count, leaves every existing prefix, link, VLAN and address where it was.
 *
 * Layout of the supernet: two stacks growing toward each other.
 * - Agency LANs are carved first-fit from the bottom. They are the bulk of the space and come in
 *   many sizes; keeping them together at the bottom keeps the holes between them small.
 * - Site ranges (hosting, colocation, management, drc) and the WAN point-to-point links are
 *   carved last-fit from the top: the site ranges first (on the first run they take the very top),
 *   then the links below them. A /31 never lands between two LANs, so a later LAN of /24 does not
 *   find its aligned slot broken by a two-address link.
 * - Host addresses (colocation servers, site devices) are taken first-fit inside their site's
 *   range, after the range's network address and gateway (its first usable address).
 * - A pinned LAN (`agencies[].lan.prefix`) is taken as written, reserved before any of the above
 *   is carved (see `ipam-pins.ts`).
 * VLAN ids are the lowest free ids from `network.vlanBase` (LANs and site ranges; links have none).
 */
import type { Inventory } from "../inventory/schema";
import type { Allocation, AllocationKind, Lock, SiteRange } from "./types";
import { checkLock, formatLockPath } from "./lock-check";
import { reservePins } from "./ipam-pins";
import { transitNeeds } from "./devices/transit";
import { same, type Text } from "../inventory/messages";
import { IPAM, WHAT } from "./ipam-messages";
import { hostNeeds } from "./ipam-hosts";
import {
  blockSizeFor,
  containsAddress,
  formatAddress,
  formatBlock,
  LAN_RESERVED,
  lanCapacity,
  parseAddress,
  parseCidr,
  Space,
  type Block,
} from "./ipam-space";

/**
 * A LAN is sized for `hosts` plus 25% headroom plus the network, broadcast and gateway addresses.
 * Why headroom: an allocation never moves, so a LAN that outgrows its prefix needs an explicit
 * release and a renumbering of the agency; 25% absorbs ordinary growth at the cost of at most one
 * doubling of the block (which power-of-two sizing often costs anyway).
 */
export const LAN_HEADROOM = 0.25;
export function lanBlockSize(hosts: number): number {
  return blockSizeFor(Math.ceil(hosts * (1 + LAN_HEADROOM)) + LAN_RESERVED);
}
export { lanCapacity };

type Purpose = SiteRange["purpose"];
type Site = Inventory["sites"][number];
/** The ranges a site gets: a Pusat Data hosts, co-locates and is managed; a DRC gets one range. */
export function siteRangePurposes(site: Site): Purpose[] {
  if (site.kind === "pusat-data") return ["hosting", "colocation", "management"];
  if (site.kind === "drc") return ["drc"];
  return [];
}

/** The two ends of a WAN link: both addresses of a /31 (RFC 3021), the usable pair of a /30. */
export function linkEnds(block: Block): { core: string; agency: string } {
  const first = block.size === 2 ? block.start : block.start + 1;
  return { core: formatAddress(first), agency: formatAddress(first + 1) };
}

export { hostNeeds, type HostNeed } from "./ipam-hosts";

export interface Resolution {
  lock: Lock;
  /** What cannot be planned at all (outgrown LAN, exhausted supernet, moved host, bad lock). */
  errors: string[];
  /** The inventory path an error is about (`network.supernet`, `agencies[2].lan.hosts`), by message. */
  paths: ReadonlyMap<string, Array<string | number>>;
  /** Each error, and each item of `missing`, in Bahasa Indonesia and English, by its English text. */
  texts: ReadonlyMap<string, Text>;
  /** What the inventory needs and the lock lacks (only in "plan" mode; "allocate" fills it in). */
  missing: string[];
  /** Transit links (plan/devices/transit.ts) the lock lacks: only the device model needs them. */
  missingTransit: string[];
}

/**
 * Walks everything the inventory needs. In "allocate" mode a missing allocation is made and
 * appended; in "plan" mode it is reported in `missing` and the lock is returned unchanged.
 */
export function resolve(
  inventory: Inventory,
  lock: Lock | null,
  mode: "allocate" | "plan",
  today?: string,
): Resolution {
  const supernetText = inventory.network.supernet;
  const errors: string[] = [];
  const paths = new Map<string, Array<string | number>>();
  const texts = new Map<string, Text>();
  const say = (message: Text) => {
    errors.push(message.en);
    texts.set(message.en, message);
  };
  const fail = (path: Array<string | number>, message: Text) => {
    say(message);
    paths.set(message.en, path);
  };
  const lack = (list: string[], what: Text) => {
    list.push(what.en);
    texts.set(what.en, what);
  };
  const done = (lock: Lock) => ({ lock, errors, paths, texts, missing: [], missingTransit: [] });
  let supernet: Block;
  try {
    supernet = parseCidr(supernetText);
  } catch (err) {
    fail(["network", "supernet"], IPAM.badSupernet({ detail: (err as Error).message }));
    return done(lock ?? emptyLock(supernetText));
  }
  const base = lock ?? emptyLock(supernetText);
  if (base.supernet !== supernetText) {
    fail(["network", "supernet"], IPAM.supernetChanged({ lock: base.supernet, inventory: supernetText }));
    return done(base);
  }
  const lockErrors = checkLock(base);
  if (lockErrors.length > 0) {
    for (const p of lockErrors) say(IPAM.lockProblem({ path: formatLockPath(p.path), detail: p.message }));
    return done(base);
  }

  const missing: string[] = [];
  const missingTransit: string[] = [];
  const allocations = [...base.allocations];
  const byKey = new Map(allocations.map((a) => [`${a.kind} ${a.owner}`, a]));
  const space = new Space(supernet);
  const vlans = new Set<number>();
  const addresses = new Set<number>();
  for (const a of allocations) {
    if (a.prefix) space.take(parseCidr(a.prefix));
    if (a.address) addresses.add(parseAddress(a.address));
    if (a.vlan !== undefined) vlans.add(a.vlan);
  }
  // Pinned LANs are taken before anything new is carved, so no carved block lands on a pin.
  const pins = reservePins(inventory, supernet, allocations, space);
  for (const e of pins.errors) fail(pins.paths.get(e) ?? ["agencies"], pins.texts.get(e) ?? same(e));
  const add = (a: Allocation): Allocation => {
    const made = today ? { ...a, allocatedOn: today } : a;
    allocations.push(made);
    byKey.set(`${a.kind} ${a.owner}`, made);
    return made;
  };
  const nextVlan = (what: Text): number | undefined => {
    for (let v = inventory.network.vlanBase; v <= 4094; v++) if (!vlans.has(v)) return (vlans.add(v), v);
    fail(["network", "vlanBase"], IPAM.noVlan({ base: inventory.network.vlanBase, what }));
    return undefined;
  };
  const network = (
    kind: AllocationKind,
    owner: string,
    size: number,
    fit: "first" | "last",
    what: Text,
    sizedBy?: Array<string | number>,
    missed = missing,
  ) => {
    const existing = byKey.get(`${kind} ${owner}`);
    if (existing) {
      // A range or link size changed in the inventory: the lock keeps the old size (never resized).
      const held = existing.prefix ? parseCidr(existing.prefix).size : size;
      if (sizedBy && held !== size) {
        const field = sizedBy.join(".");
        const [release] = owner.split("/");
        const held_ = existing.prefix as string;
        fail(
          sizedBy,
          IPAM.resized({
            field,
            asks: 32 - Math.log2(size),
            what,
            held: held_,
            back: 32 - Math.log2(held),
            release,
          }),
        );
      }
      return existing;
    }
    if (mode === "plan") return void lack(missed, what);
    const block = fit === "first" ? space.firstFit(size) : space.lastFit(size);
    if (!block)
      return void fail(
        ["network", "supernet"],
        IPAM.supernetFull({ supernet: supernetText, size: 32 - Math.log2(size), what }),
      );
    space.take(block);
    const vlan = kind === "wan-link" ? undefined : nextVlan(what);
    return add({ kind, owner, prefix: formatBlock(block), ...(vlan === undefined ? {} : { vlan }) });
  };

  const { ranges, wan } = inventory.network;
  for (const site of inventory.sites) {
    for (const purpose of siteRangePurposes(site)) {
      network(
        "site-range",
        `${site.id}/${purpose}`,
        2 ** (32 - ranges[purpose]),
        "last",
        WHAT.range({ purpose, site: site.id }),
        ["network", "ranges", purpose],
      );
    }
  }
  for (const agency of inventory.agencies) {
    network("wan-link", agency.id, 2 ** (32 - wan.linkPrefix), "last", WHAT.wanLink({ agency: agency.id }), [
      "network",
      "wan",
      "linkPrefix",
    ]);
  }
  for (const t of transitNeeds(inventory))
    network(
      "wan-link",
      t.owner,
      2 ** (32 - wan.linkPrefix),
      "last",
      // Transit links are named in English only (devices/transit.ts).
      same(t.what),
      ["network", "wan", "linkPrefix"],
      missingTransit,
    );
  for (const [index, agency] of inventory.agencies.entries()) {
    const what = WHAT.lan({ agency: agency.id });
    const existing = byKey.get(`agency-lan ${agency.id}`);
    if (existing?.prefix) {
      const capacity = lanCapacity(parseCidr(existing.prefix).size);
      if (agency.lan.hosts > capacity) {
        fail(
          ["agencies", index, "lan", "hosts"],
          IPAM.lanOutgrown({
            agency: agency.id,
            hosts: agency.lan.hosts,
            prefix: existing.prefix,
            capacity,
            release: agency.id,
          }),
        );
      }
    } else if (pins.refused.has(agency.id)) {
      continue; // the pin's error says why
    } else {
      const pin = pins.reserved.get(agency.id);
      if (!pin) network("agency-lan", agency.id, lanBlockSize(agency.lan.hosts), "first", what);
      else if (mode === "plan") lack(missing, what);
      else {
        const vlan = nextVlan(what);
        add({
          kind: "agency-lan",
          owner: agency.id,
          prefix: formatBlock(pin),
          ...(vlan === undefined ? {} : { vlan }),
        });
      }
    }
  }

  const needs = hostNeeds(inventory);
  for (const t of needs.texts) say(t);
  for (const h of needs.hosts) {
    const range = byKey.get(`site-range ${h.range}`);
    if (!range?.prefix) continue; // the range itself is missing or failed: reported above
    const block = parseCidr(range.prefix);
    const existing = byKey.get(`host ${h.id}`);
    if (existing?.address) {
      if (!containsAddress(block, parseAddress(existing.address))) {
        fail(
          h.path ?? [],
          IPAM.hostMoved({
            what: h.label,
            address: existing.address,
            prefix: range.prefix,
            range: h.range,
            release: h.id,
          }),
        );
      }
      continue;
    }
    if (mode === "plan") {
      lack(missing, WHAT.addressOf({ what: h.label }));
      continue;
    }
    // Skip the network address and the gateway; stop before the broadcast address.
    let n = block.start + 2;
    while (n < block.start + block.size - 1 && addresses.has(n)) n++;
    if (n >= block.start + block.size - 1) {
      fail(h.path ?? [], IPAM.rangeFull({ range: h.range, prefix: range.prefix, what: h.label }));
      continue;
    }
    addresses.add(n);
    add({ kind: "host", owner: h.id, address: formatAddress(n) });
  }
  return { lock: { ...base, allocations }, errors, paths, texts, missing, missingTransit };
}

function emptyLock(supernet: string): Lock {
  return { version: 1, supernet, allocations: [], released: [] };
}
