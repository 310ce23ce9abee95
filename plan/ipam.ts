/**
 * The address plan (IPAM): the public functions. Pure: no Pulumi, no filesystem. The layout and
 * the append-only rule are explained in `ipam-resolve.ts`.
 */
import type { Inventory } from "../inventory/schema";
import type { AddressPlan, Allocation, Lock } from "./types";
import { formatAddress, parseAddress, parseCidr } from "./ipam-space";
import { hostNeeds, linkEnds, resolve, siteRangePurposes } from "./ipam-resolve";
import { same, type Text } from "../inventory/messages";
import { LOCK_PLAN } from "./lock-messages";

export { LAN_HEADROOM, lanBlockSize, lanCapacity, linkEnds, siteRangePurposes } from "./ipam-resolve";

/**
 * The inventory cannot be allocated: each entry names what and why. `errors` are the English
 * sentences (the message, what callers match); `texts` the same, index for index, in Bahasa
 * Indonesia (`id`) and English (`en`).
 */
export class IpamError extends Error {
  readonly errors: string[];
  constructor(readonly texts: Text[]) {
    super(texts.map((t) => t.en).join("\n"));
    this.errors = texts.map((t) => t.en);
    this.name = "IpamError";
  }
}

/**
 * The lock extended with allocations for everything new in the inventory (appended, stamped
 * `allocatedOn: today` when given). Throws `IpamError` listing every problem.
 */
export function allocate(inventory: Inventory, lock: Lock | null, today?: string): Lock {
  const r = resolve(inventory, lock, "allocate", today);
  if (r.errors.length > 0) throw new IpamError(r.errors.map((e) => r.texts.get(e) ?? same(e)));
  return r.lock;
}

/**
 * The lock without `owner`'s allocations: an agency id releases its LAN and WAN link, a site id
 * its ranges, a host id its address. They move to `released` (history); their space is free.
 * Throws `IpamError` when nothing is owned by that id.
 */
export function release(lock: Lock, owner: string, today?: string): Lock {
  const mine = (a: Allocation) =>
    a.owner === owner || (a.kind === "site-range" && a.owner.startsWith(`${owner}/`));
  const gone = lock.allocations.filter(mine);
  if (gone.length === 0) throw new IpamError([LOCK_PLAN.notOwned({ owner })]);
  return {
    ...lock,
    allocations: lock.allocations.filter((a) => !mine(a)),
    released: [...lock.released, ...gone.map((a) => (today ? { ...a, releasedOn: today } : a))],
  };
}

/** On failure `errors` are English (what callers match), `texts` the same in both languages. */
export type PlanResult = { ok: true; plan: AddressPlan } | { ok: false; errors: string[]; texts: Text[] };

function noPlan(texts: Text[]): PlanResult {
  return { ok: false, errors: texts.map((t) => t.en), texts };
}

/**
 * The address plan of the inventory, read from its lock. Never allocates: an allocation the lock
 * lacks is an error telling to run `spbe ipam <file>` (`file`: the inventory path for the message).
 * Deterministic: the same inventory and lock give the same plan, in inventory order.
 */
export function planAddresses(inventory: Inventory, lock: Lock | null, file = "<inventory>"): PlanResult {
  if (!lock) return noPlan([LOCK_PLAN.noLockFile({ file })]);
  const r = resolve(inventory, lock, "plan");
  const texts = [
    ...r.errors.map((e) => r.texts.get(e) ?? same(e)),
    ...r.missing.map((m) => LOCK_PLAN.noAllocation({ what: r.texts.get(m) ?? same(m), file })),
  ];
  if (texts.length > 0) return noPlan(texts);
  const byKey = new Map(lock.allocations.map((a) => [`${a.kind} ${a.owner}`, a]));
  const get = (kind: Allocation["kind"], owner: string): Allocation =>
    byKey.get(`${kind} ${owner}`) as Allocation;
  const plan: AddressPlan = {
    region: inventory.region.key,
    supernet: lock.supernet,
    agencies: inventory.agencies.map((agency) => {
      const lan = get("agency-lan", agency.id);
      const link = get("wan-link", agency.id);
      const lanStart = parseCidr(lan.prefix as string).start;
      return {
        agency: agency.id,
        lan: lan.prefix as string,
        gateway: formatAddress(lanStart + 1),
        vlan: lan.vlan as number,
        wan: { prefix: link.prefix as string, ...linkEnds(parseCidr(link.prefix as string)) },
      };
    }),
    sites: inventory.sites.flatMap((site) =>
      siteRangePurposes(site).map((purpose) => {
        const range = get("site-range", `${site.id}/${purpose}`);
        return { site: site.id, purpose, prefix: range.prefix as string, vlan: range.vlan as number };
      }),
    ),
    hosts: hostNeeds(inventory).hosts.map((h) => ({
      id: h.id,
      site: h.site,
      address: formatAddress(parseAddress(get("host", h.id).address as string)),
    })),
  };
  return { ok: true, plan };
}
