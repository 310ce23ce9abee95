/** Pinned agency LANs (`agencies[].lan.prefix`): allocated as written, reserved, never moved. */
import { describe, expect, it } from "vitest";
import { ip2long, Netmask } from "netmask";
import { allocate, planAddresses, release } from "../../plan/ipam";
import type { Inventory } from "../../inventory/schema";
import type { Lock } from "../../plan/types";
import { errorsOf, find, inventory, withMembers } from "./fixture";

/** `inv` with `lan.prefix` set for the agencies named in `pins`. */
function pinned(inv: Inventory, pins: Record<string, string>): Inventory {
  return {
    ...inv,
    agencies: inv.agencies.map((a) => (pins[a.id] ? { ...a, lan: { ...a.lan, prefix: pins[a.id] } } : a)),
  };
}

function overlap(a: string, b: string): boolean {
  const [x, y] = [new Netmask(a), new Netmask(b)];
  const [xs, ys] = [ip2long(x.base), ip2long(y.base)];
  return xs < ys + y.size && ys < xs + x.size;
}

/** Every pair of networks of the lock is disjoint. */
function expectDisjoint(lock: Lock): void {
  const nets = lock.allocations.filter((a) => a.prefix).map((a) => a.prefix as string);
  for (let i = 0; i < nets.length; i++)
    for (let j = i + 1; j < nets.length; j++)
      expect(overlap(nets[i], nets[j]), `${nets[i]} ${nets[j]}`).toBe(false);
}

describe("allocate with pinned LAN prefixes", () => {
  it("gives a pinned agency exactly its lan.prefix and carves the unpinned ones around it", () => {
    // dinkes pins the bottom /24, where first-fit would otherwise put bappeda.
    const inv = pinned(inventory(), { dinkes: "10.20.0.0/24" });
    const lock = allocate(inv, null);
    expect(find(lock, "agency-lan", "dinkes")?.prefix).toBe("10.20.0.0/24");
    for (const id of ["bappeda", "bkpsdm"])
      expect(overlap(find(lock, "agency-lan", id)?.prefix as string, "10.20.0.0/24"), id).toBe(false);
    expectDisjoint(lock);
    expect(planAddresses(inv, lock).ok).toBe(true);
  });

  it("keeps site ranges and WAN links off a pin at the top of the supernet", () => {
    const unpinnedLock = allocate(inventory(), null);
    const top = "10.20.252.0/22";
    // Without the pin the hosting range takes the very top: the pin must push it down.
    expect(find(unpinnedLock, "site-range", "pd-utama/hosting")?.prefix).toBe(top);
    const lock = allocate(pinned(inventory(), { bkpsdm: top }), null);
    expect(find(lock, "agency-lan", "bkpsdm")?.prefix).toBe(top);
    for (const a of lock.allocations)
      if (a.prefix && a.owner !== "bkpsdm")
        expect(overlap(a.prefix, top), `${a.kind} ${a.owner}`).toBe(false);
    expectDisjoint(lock);
  });

  it("allocates the same lock for the same pinned inventory, and keeps it on the next run", () => {
    const inv = pinned(inventory(), { bappeda: "10.20.64.0/25", bkpsdm: "10.20.0.16/28" });
    const lock = allocate(inv, null);
    expect(allocate(inv, null)).toEqual(lock);
    expect(allocate(inv, lock)).toEqual(lock);
  });

  it("accepts a pin equal to the LAN the lock already holds", () => {
    const lock = allocate(inventory(), null);
    const same = pinned(inventory(), { bappeda: find(lock, "agency-lan", "bappeda")?.prefix as string });
    expect(allocate(same, lock)).toEqual(lock);
  });

  it("refuses a pin that disagrees with the lock, naming both prefixes, in allocate and in the plan", () => {
    const lock = allocate(inventory(), null);
    const held = find(lock, "agency-lan", "bappeda")?.prefix as string;
    const moved = pinned(inventory(), { bappeda: "10.20.64.0/25" });
    const expected = `Perangkat Daerah 'bappeda' pins lan.prefix 10.20.64.0/25, but the lock holds its LAN at ${held}`;
    const errors = errorsOf(() => allocate(moved, lock));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
    expect(errors[0]).toContain("--release bappeda");
    const plan = planAddresses(moved, lock);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors.some((e) => e.includes(expected))).toBe(true);
  });

  it("refuses a new pin overlapping an allocation of the lock and names that allocation", () => {
    const base = inventory();
    const lock = allocate(base, null);
    const dinkes = find(lock, "agency-lan", "dinkes")?.prefix as string;
    const inside = `${new Netmask(dinkes).base}/25`;
    const grown = pinned(
      withMembers(
        base,
        [...base.agencies.map((a) => ({ id: a.id, hosts: a.lan.hosts })), { id: "baru", hosts: 50 }],
        ["srv-dukcapil-01"],
      ),
      { baru: inside },
    );
    expect(errorsOf(() => allocate(grown, lock))).toEqual([
      expect.stringContaining(
        `Perangkat Daerah 'baru' pins lan.prefix ${inside}, which overlaps the LAN of Perangkat Daerah 'dinkes' (${dinkes}) in the lock`,
      ),
    ]);
  });

  it("refuses a pin outside the supernet, one overlapping an earlier pin and one too small for its hosts", () => {
    const inv = pinned(inventory(), {
      bappeda: "10.21.0.0/25",
      dinkes: "10.20.8.0/24",
      bkpsdm: "10.20.8.128/28",
    });
    expect(errorsOf(() => allocate(inv, null))).toEqual([
      "Perangkat Daerah 'bappeda' pins lan.prefix 10.21.0.0/25, outside the supernet 10.20.0.0/16",
      "Perangkat Daerah 'bkpsdm' pins lan.prefix 10.20.8.128/28, which overlaps the lan.prefix 10.20.8.0/24 pinned by Perangkat Daerah 'dinkes'",
    ]);
    const small = pinned(inventory(), { dinkes: "10.20.8.0/25" });
    expect(errorsOf(() => allocate(small, null))).toEqual([
      "Perangkat Daerah 'dinkes' pins lan.prefix 10.20.8.0/25, which holds at most 125 hosts, but lan.hosts is 200",
    ]);
  });

  it("gives a released pinned agency its pin again", () => {
    const inv = pinned(inventory(), { bkpsdm: "10.20.32.0/28" });
    const lock = allocate(inv, null);
    const again = allocate(inv, release(lock, "bkpsdm"));
    expect(find(again, "agency-lan", "bkpsdm")?.prefix).toBe("10.20.32.0/28");
  });

  it("tells to run spbe ipam for a pinned agency the lock lacks, instead of planning the pin", () => {
    const lock = allocate(inventory(), null);
    const base = inventory();
    const added = pinned(
      withMembers(
        base,
        [...base.agencies.map((a) => ({ id: a.id, hosts: a.lan.hosts })), { id: "baru", hosts: 5 }],
        ["srv-dukcapil-01"],
      ),
      { baru: "10.20.40.0/28" },
    );
    const plan = planAddresses(added, lock, "contoh.yaml");
    expect(plan).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        "the lock has no allocation for the LAN of Perangkat Daerah 'baru': run `spbe ipam contoh.yaml`",
      ]) as unknown,
      texts: expect.arrayContaining([
        {
          id: "lock tidak memiliki alokasi untuk LAN Perangkat Daerah 'baru': jalankan `spbe ipam contoh.yaml`",
          en: "the lock has no allocation for the LAN of Perangkat Daerah 'baru': run `spbe ipam contoh.yaml`",
          key: "lock-plan.noAllocation",
        },
      ]) as unknown,
    });
  });
});
