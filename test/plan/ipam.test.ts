import { describe, expect, it } from "vitest";
import { Netmask } from "netmask";
import { allocate, lanBlockSize, lanCapacity, planAddresses, release } from "../../plan/ipam";
import { errorsOf, find, inventory, withMembers } from "./fixture";

const TODAY = "2026-11-23";
describe("allocate", () => {
  it("sizes an agency LAN from its hosts plus a quarter of headroom", () => {
    const lock = allocate(
      inventory({
        agencies: [
          { id: "bappeda", hosts: 60 },
          { id: "dinkes", hosts: 200 },
          { id: "kecil", hosts: 1 },
        ],
      }),
      null,
    );
    // 60 hosts: 75 with headroom + network, broadcast, gateway = 78 → 128 addresses.
    expect(find(lock, "agency-lan", "bappeda")?.prefix).toMatch(/\/25$/);
    // 200 hosts: 250 + 3 = 253 → 256 addresses.
    expect(find(lock, "agency-lan", "dinkes")?.prefix).toMatch(/\/24$/);
    // 1 host: 2 + 3 = 5 → 8 addresses.
    expect(find(lock, "agency-lan", "kecil")?.prefix).toMatch(/\/29$/);
  });

  it("never gives a LAN fewer addresses than its hosts with headroom, nor twice what it needs", () => {
    for (let hosts = 1; hosts <= 5000; hosts++) {
      const size = lanBlockSize(hosts);
      expect(lanCapacity(size)).toBeGreaterThanOrEqual(Math.ceil(hosts * 1.25));
      expect(lanCapacity(size / 2)).toBeLessThan(Math.ceil(hosts * 1.25));
    }
  });

  it("aligns every prefix on its own size and keeps all of them inside the supernet", () => {
    const lock = allocate(inventory(), null);
    const supernet = new Netmask("10.20.0.0/16");
    for (const a of lock.allocations.filter((x) => x.prefix)) {
      const block = new Netmask(a.prefix as string);
      expect(block.toString()).toBe(a.prefix);
      expect(supernet.contains(block)).toBe(true);
    }
  });

  it("puts agency LANs at the bottom and site ranges and WAN links at the top of the supernet", () => {
    const lock = allocate(inventory(), null);
    expect(find(lock, "agency-lan", "bappeda")?.prefix).toBe("10.20.0.0/25");
    expect(find(lock, "site-range", "pd-utama/hosting")?.prefix).toBe("10.20.252.0/22");
    const link = new Netmask(find(lock, "wan-link", "bappeda")?.prefix as string);
    expect(link.base.startsWith("10.20.247.")).toBe(true);
  });

  it("numbers VLANs from network.vlanBase without repeats and gives WAN links none", () => {
    const lock = allocate(inventory({ vlanBase: 300 }), null);
    const vlans = lock.allocations.filter((a) => a.vlan !== undefined).map((a) => a.vlan as number);
    expect(Math.min(...vlans)).toBe(300);
    expect(new Set(vlans).size).toBe(vlans.length);
    expect(lock.allocations.filter((a) => a.kind === "wan-link").every((a) => a.vlan === undefined)).toBe(
      true,
    );
    expect(
      lock.allocations
        .filter((a) => a.kind !== "wan-link" && a.kind !== "host")
        .every((a) => a.vlan !== undefined),
    ).toBe(true);
  });

  it("uses both addresses of a /31 link and the two usable ones of a /30", () => {
    for (const [linkPrefix, core, agency] of [
      [31, 0, 1],
      [30, 1, 2],
    ] as const) {
      const inv = inventory({ linkPrefix });
      const plan = planAddresses(inv, allocate(inv, null));
      if (!plan.ok) throw new Error(plan.errors.join("\n"));
      for (const a of plan.plan.agencies) {
        const block = new Netmask(a.wan.prefix);
        expect(block.bitmask).toBe(linkPrefix);
        const base = block.base.split(".").map(Number);
        expect(a.wan.core).toBe([...base.slice(0, 3), base[3] + core].join("."));
        expect(a.wan.agency).toBe([...base.slice(0, 3), base[3] + agency].join("."));
      }
    }
  });

  it("addresses colocation servers in the colocation range and devices in the management range, after the gateway", () => {
    const inv = inventory();
    const lock = allocate(inv, null);
    expect(find(lock, "host", "srv-dukcapil-01")?.address).toBe("10.20.251.2");
    expect(find(lock, "host", "core-1")?.address).toBe("10.20.250.2");
    expect(find(lock, "host", "fw-1")?.address).toBe("10.20.250.3");
    expect(find(lock, "host", "drc-sw-1")?.address).toBe("10.20.248.2");
  });

  it("names what did not fit when the supernet is too small", () => {
    const errors = errorsOf(() => allocate(inventory({ supernet: "10.20.0.0/24" }), null));
    expect(errors).toContain(
      "the supernet 10.20.0.0/24 has no free /22 left for the hosting range of site 'pd-utama'",
    );
  });

  it("refuses to move an agency whose host count outgrew its LAN and names it", () => {
    const lock = allocate(inventory(), null);
    const grown = inventory({
      agencies: [
        { id: "bappeda", hosts: 200 },
        { id: "dinkes", hosts: 200 },
        { id: "bkpsdm", hosts: 10 },
      ],
    });
    const errors = errorsOf(() => allocate(grown, lock));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      "Perangkat Daerah 'bappeda' has lan.hosts 200, but its LAN 10.20.0.0/25 holds at most 125",
    );
    expect(errors[0]).toContain("--release bappeda");
  });

  it("keeps every allocation when agencies are reordered, removed, added or another one resized", () => {
    const base = inventory();
    const lock = allocate(base, null, TODAY);
    const changed = withMembers(
      base,
      [
        { id: "bkpsdm", hosts: 12 },
        { id: "baru", hosts: 500 },
        { id: "dinkes", hosts: 40 },
      ],
      ["srv-dukcapil-01"],
    );
    const next = allocate(changed, lock, "2026-11-24");
    expect(next.allocations.slice(0, lock.allocations.length)).toEqual(lock.allocations);
    expect(find(next, "agency-lan", "baru")).toMatchObject({ allocatedOn: "2026-11-24" });
  });

  it("keeps a removed agency's LAN reserved until it is released", () => {
    const base = inventory();
    const lock = allocate(base, null);
    const without = withMembers(
      base,
      [
        { id: "dinkes", hosts: 200 },
        { id: "baru", hosts: 60 },
      ],
      ["srv-dukcapil-01"],
    );
    const kept = allocate(without, lock);
    expect(find(kept, "agency-lan", "bappeda")).toEqual(find(lock, "agency-lan", "bappeda"));
    expect(find(kept, "agency-lan", "baru")?.prefix).not.toBe(find(lock, "agency-lan", "bappeda")?.prefix);

    const released = release(lock, "bappeda", TODAY);
    expect(find(released, "agency-lan", "bappeda")).toBeUndefined();
    expect(find(released, "wan-link", "bappeda")).toBeUndefined();
    expect(released.released.map((a) => [a.kind, a.owner, a.releasedOn])).toEqual([
      ["wan-link", "bappeda", TODAY],
      ["agency-lan", "bappeda", TODAY],
    ]);
    // The freed /25 at the bottom is the first fit for a new agency of the same size.
    expect(find(allocate(without, released), "agency-lan", "baru")?.prefix).toBe("10.20.0.0/25");
  });

  it("refuses to release an id the lock does not hold", () => {
    expect(errorsOf(() => release(allocate(inventory(), null), "tidak-ada"))).toEqual([
      "the lock has no allocation owned by 'tidak-ada'",
    ]);
  });

  it("refuses a lock whose supernet differs from the inventory's", () => {
    const lock = allocate(inventory(), null);
    const errors = errorsOf(() => allocate(inventory({ supernet: "10.30.0.0/16" }), lock));
    expect(errors[0]).toContain(
      "the lock's supernet 10.20.0.0/16 differs from the inventory's network.supernet 10.30.0.0/16",
    );
  });

  it("reports a colocation server at a site without a colocation range", () => {
    const base = inventory();
    const inv = { ...base, colocation: [{ ...base.colocation[0], site: "drc-1" }] };
    expect(errorsOf(() => allocate(inv, null))).toEqual([
      "colocation server 'srv-dukcapil-01' is at site 'drc-1', which has no colocation range (only a pusat-data site has one)",
    ]);
  });
});

describe("planAddresses", () => {
  it("tells to run spbe ipam for an allocation the lock lacks", () => {
    const base = inventory();
    const lock = allocate(base, null);
    const more = withMembers(
      base,
      [
        { id: "bappeda", hosts: 60 },
        { id: "baru", hosts: 5 },
      ],
      ["srv-dukcapil-01"],
    );
    const result = planAddresses(more, lock, "regions/contoh.yaml");
    expect(result).toEqual({
      ok: false,
      errors: [
        "the lock has no allocation for the WAN link of Perangkat Daerah 'baru': run `spbe ipam regions/contoh.yaml`",
        "the lock has no allocation for the LAN of Perangkat Daerah 'baru': run `spbe ipam regions/contoh.yaml`",
      ],
      texts: [
        {
          id: "lock tidak memiliki alokasi untuk link WAN Perangkat Daerah 'baru': jalankan `spbe ipam regions/contoh.yaml`",
          en: "the lock has no allocation for the WAN link of Perangkat Daerah 'baru': run `spbe ipam regions/contoh.yaml`",
          key: "lock-plan.noAllocation",
        },
        {
          id: "lock tidak memiliki alokasi untuk LAN Perangkat Daerah 'baru': jalankan `spbe ipam regions/contoh.yaml`",
          en: "the lock has no allocation for the LAN of Perangkat Daerah 'baru': run `spbe ipam regions/contoh.yaml`",
          key: "lock-plan.noAllocation",
        },
      ],
    });
  });

  it("tells to run spbe ipam when there is no lock at all", () => {
    expect(planAddresses(inventory(), null, "x.yaml")).toEqual({
      ok: false,
      errors: ["there is no lock file for this inventory: run `spbe ipam x.yaml`"],
      texts: [
        {
          id: "inventaris ini tidak memiliki berkas lock: jalankan `spbe ipam x.yaml`",
          en: "there is no lock file for this inventory: run `spbe ipam x.yaml`",
          key: "lock-plan.noLockFile",
        },
      ],
    });
  });

  it("gives the same plan, byte for byte, for the same inventory and lock", () => {
    const inv = inventory();
    const lock = allocate(inv, null);
    expect(JSON.stringify(planAddresses(inv, structuredClone(lock)))).toBe(
      JSON.stringify(planAddresses(structuredClone(inv), lock)),
    );
  });

  it("puts the gateway on the first usable address of each LAN", () => {
    const inv = inventory();
    const plan = planAddresses(inv, allocate(inv, null));
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    for (const a of plan.plan.agencies) expect(a.gateway).toBe(new Netmask(a.lan).first);
  });
});
