/**
 * Property: adding, removing or reordering agencies changes no other router's rendered
 * interfaces and WAN addresses. Starting from ppu and its lock, random sequences of operations
 * are applied, the lock extended with `allocate` after each (as `spbe ipam` does), and every
 * router present before and after is compared: an agency router's whole FRR and nftables
 * rendering is unchanged, and every other router keeps each interface toward a surviving peer.
 * 100 sequences by default; SPBE_PROPERTY_RUNS raises it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../../inventory/schema";
import { buildDeviceModel } from "../../plan/devices/model";
import { renderFrr } from "../../plan/devices/render-frr";
import { renderNft } from "../../plan/devices/render-nft";
import type { DeviceModel } from "../../plan/devices/types";
import { allocate } from "../../plan/ipam";
import type { Lock } from "../../plan/types";
import { exampleInputs } from "./fixture";

const RUNS = Number(process.env.SPBE_PROPERTY_RUNS ?? 100);

type Op =
  { op: "add"; id: number; hosts: number } | { op: "remove"; at: number } | { op: "reorder"; seed: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("add" as const), id: fc.nat(40), hosts: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("reorder" as const), seed: fc.nat() }),
);

function apply(inv: Inventory, o: Op): Inventory {
  const agencies = [...inv.agencies];
  if (o.op === "add") {
    const id = `pd-baru-${o.id}`;
    if (agencies.some((a) => a.id === id)) return inv;
    const like = inv.agencies[0];
    agencies.push({
      ...structuredClone(like),
      id,
      name: `Perangkat Daerah ${id}`,
      lan: { ...like.lan, hosts: o.hosts },
    });
  } else if (o.op === "remove") {
    if (agencies.length <= 1) return inv;
    agencies.splice(o.at % agencies.length, 1);
  } else {
    for (let i = agencies.length - 1; i > 0; i--) {
      const j = (o.seed * (i + 7)) % (i + 1);
      [agencies[i], agencies[j]] = [agencies[j], agencies[i]];
    }
  }
  return { ...inv, agencies };
}

function model(inv: Inventory, lock: Lock): DeviceModel {
  const r = buildDeviceModel(inv, lock);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
}

function compare(before: DeviceModel, after: DeviceModel): void {
  const alive = new Set(after.routers.map((r) => r.id));
  for (const old of before.routers) {
    const now = after.routers.find((r) => r.id === old.id);
    if (!now) continue;
    if (old.role === "agency") {
      expect(renderFrr(now, after.region), old.id).toBe(renderFrr(old, before.region));
      expect(renderNft(now, after.region), old.id).toBe(renderNft(old, before.region));
      continue;
    }
    for (const i of old.interfaces) {
      if (i.kind === "wan" && !alive.has(i.peer) && i.name !== "wan0") continue;
      const kept = now.interfaces.find((x) => x.name === i.name);
      expect(
        kept && { name: kept.name, address: kept.address, peer: kept.peer },
        `${old.id} ${i.name}`,
      ).toEqual({
        name: i.name,
        address: i.address,
        peer: i.peer,
      });
    }
  }
}

describe("the device model under agency changes", () => {
  it("keeps every other router's interfaces and WAN addresses", () => {
    const base = exampleInputs("ppu");
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        let inv = base.inventory;
        let lock = base.lock;
        let before = model(inv, lock);
        for (const o of ops) {
          inv = apply(inv, o);
          lock = allocate(inv, lock);
          const after = model(inv, lock);
          compare(before, after);
          before = after;
        }
      }),
      { numRuns: RUNS },
    );
  });
});
