/** A small, valid inventory for the address-plan tests, built through the real schema. */
import { inventorySchema, type Inventory, type InventoryInput } from "../../inventory/schema";
import { IpamError } from "../../plan/ipam";
import type { Lock } from "../../plan/types";

export interface FixtureOptions {
  agencies?: { id: string; hosts: number }[];
  supernet?: string;
  linkPrefix?: 30 | 31;
  colocation?: string[];
  vlanBase?: number;
}

export function inventory(opts: FixtureOptions = {}): Inventory {
  return inventorySchema.parse(inventoryInput(opts));
}

/** The fixture as a user would write it (before schema defaults), e.g. to save as YAML. */
export function inventoryInput(opts: FixtureOptions = {}): InventoryInput {
  const agencies = opts.agencies ?? [
    { id: "bappeda", hosts: 60 },
    { id: "dinkes", hosts: 200 },
    { id: "bkpsdm", hosts: 10 },
  ];
  const input: InventoryInput = {
    region: {
      key: "contoh",
      name: "Kabupaten Contoh",
      kind: "kabupaten",
      regulation: "tabanan",
      portalDomain: "contohkab.go.id",
    },
    dinas: { id: "diskominfo", name: "Dinas Komunikasi dan Informatika" },
    agencies: agencies.map((a) => ({
      id: a.id,
      name: `Perangkat Daerah ${a.id}`,
      lan: { site: "pd-utama", hosts: a.hosts },
    })),
    sites: [
      {
        id: "pd-utama",
        kind: "pusat-data",
        operator: "diskominfo",
        location: { city: "Contoh", failureDomain: "contoh-kota" },
        racks: [{ id: "r01", units: 42, powerKw: 8 }],
        devices: [
          { id: "core-1", kind: "router", model: "CR-1" },
          { id: "fw-1", kind: "firewall", model: "FW-1" },
        ],
      },
      {
        id: "drc-1",
        kind: "drc",
        operator: "pdn",
        location: { city: "Batam", failureDomain: "kepri-batam" },
        devices: [{ id: "drc-sw-1", kind: "switch", model: "SW-1" }],
      },
    ],
    network: {
      supernet: opts.supernet ?? "10.20.0.0/16",
      wan: { linkPrefix: opts.linkPrefix ?? 31 },
      ...(opts.vlanBase === undefined ? {} : { vlanBase: opts.vlanBase }),
    },
    colocation: (opts.colocation ?? ["srv-dukcapil-01"]).map((id, i) => ({
      id,
      owner: agencies[0]?.id ?? "bappeda",
      site: "pd-utama",
      rack: "r01",
      unit: 1 + i * 2,
      heightU: 2,
      powerW: 300,
    })),
  };
  return input;
}

/** `base` with its agencies and colocation servers replaced (no re-parse: fast enough for property runs). */
export function withMembers(
  base: Inventory,
  agencies: { id: string; hosts: number }[],
  colocation: string[],
): Inventory {
  return {
    ...base,
    agencies: agencies.map((a) => ({
      id: a.id,
      name: `Perangkat Daerah ${a.id}`,
      mandiriTik: false,
      lan: { site: "pd-utama", hosts: a.hosts },
    })),
    colocation: colocation.map((id, i) => ({
      id,
      owner: base.agencies[0].id,
      site: "pd-utama",
      rack: "r01",
      unit: 1 + i,
      heightU: 1,
      powerW: 100,
    })),
  };
}

/** The allocation of one kind and owner in a lock. */
export const find = (lock: Lock, kind: string, owner: string) =>
  lock.allocations.find((a) => a.kind === kind && a.owner === owner);

/** The errors an IpamError carries; fails when `fn` does not throw one. */
export function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof IpamError) return err.errors;
    throw err;
  }
  throw new Error("expected an IpamError");
}
