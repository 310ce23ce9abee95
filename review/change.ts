/**
 * `--base <ref>`: what a change does. The base revision of the inventory (with its lock and
 * includes, read from git) and the head are each run under the mocks and checked; the result is
 * the resources added, changed and removed by URN, the address allocations that moved, the
 * findings new, fixed and unchanged (by fingerprint), and loud alerts for what a reviewer must
 * not miss: a protected resource deleted or replaced, an allocation moved or dropped.
 *
 * Both revisions run under the head's program: this compares the inventories, as the engine
 * would see the same program deploy them.
 */
import { existsSync } from "node:fs";
import type { CheckOptions } from "../offline/check-region";
import type { Finding } from "../offline/findings";
import { lockPathFor, readLock } from "../plan/lock";
import { checkoutBase } from "./git-base";
import type { InputError } from "./outcome";
import { diffResources, type ResourceDiff } from "./resource-diff";
import { runRegion, type RegionRun } from "./run";

export interface AllocationMove {
  kind: string;
  owner: string;
  before: string | null;
  after: string | null;
}

export interface ChangeReport {
  base: { ref: string; commit: string };
  /** The inventory did not exist in the base: everything is added. */
  newRegion: boolean;
  /** The base could not be checked (its own input errors): findings are not compared. */
  baseErrors: InputError[];
  resources: ResourceDiff;
  allocations: AllocationMove[];
  findings: { new: Finding[]; fixed: Finding[]; unchanged: Finding[] };
  alerts: Array<{ id: string; en: string }>;
}

type Allocation = { kind: string; owner: string; prefix?: string; address?: string };

function allocationsOf(inventory: string | null): Allocation[] {
  if (!inventory) return [];
  const file = lockPathFor(inventory);
  if (!existsSync(file)) return [];
  const read = readLock(file);
  return read.ok && read.lock ? (read.lock.allocations as Allocation[]) : [];
}

export function movedAllocations(base: Allocation[], head: Allocation[]): AllocationMove[] {
  const key = (a: Allocation) => `${a.kind}\u0000${a.owner}`;
  const value = (a: Allocation | undefined) => (a ? (a.prefix ?? a.address ?? "") : null);
  const after = new Map(head.map((a) => [key(a), a]));
  const out: AllocationMove[] = [];
  for (const b of base) {
    const h = after.get(key(b));
    if (value(h) !== value(b)) out.push({ kind: b.kind, owner: b.owner, before: value(b), after: value(h) });
  }
  return out;
}

/** Marks each head finding new or unchanged against the base's, and lists the fixed ones. */
export function compareFindings(base: Finding[], head: Finding[]): ChangeReport["findings"] {
  const before = new Set(base.map((f) => f.fingerprint));
  const after = new Set(head.map((f) => f.fingerprint));
  for (const f of head) f.baselineState = before.has(f.fingerprint) ? "unchanged" : "new";
  return {
    new: head.filter((f) => f.baselineState === "new"),
    unchanged: head.filter((f) => f.baselineState === "unchanged"),
    fixed: base.filter((f) => !after.has(f.fingerprint)),
  };
}

function alertsOf(resources: ResourceDiff, allocations: AllocationMove[]): ChangeReport["alerts"] {
  const out: ChangeReport["alerts"] = [];
  for (const r of resources.removed.filter((x) => x.protected))
    out.push({
      id: `Sumber daya terlindungi DIHAPUS: ${r.urn} (mesin Pulumi menolak; data dapat hilang)`,
      en: `Protected resource DELETED: ${r.urn} (the Pulumi engine refuses; data may be lost)`,
    });
  for (const r of resources.changed.filter((x) => x.replaced && x.protected))
    out.push({
      id: `Sumber daya terlindungi DIGANTI (hapus lalu buat ulang): ${r.urn}`,
      en: `Protected resource REPLACED (deleted and created again): ${r.urn}`,
    });
  for (const a of allocations)
    out.push(
      a.after === null
        ? {
            id: `Alokasi alamat ${a.kind} ${a.owner} (${a.before}) DIHAPUS dari lock`,
            en: `Address allocation ${a.kind} ${a.owner} (${a.before}) REMOVED from the lock`,
          }
        : {
            id: `Alokasi alamat ${a.kind} ${a.owner} PINDAH: ${a.before} → ${a.after}`,
            en: `Address allocation ${a.kind} ${a.owner} MOVED: ${a.before} → ${a.after}`,
          },
    );
  return out;
}

/** Runs the base revision of `head.inventory` and compares; `head` gets its baselineStates. */
export async function compareWithBase(
  head: RegionRun,
  ref: string,
  opts: CheckOptions,
): Promise<ChangeReport> {
  const checkout = checkoutBase(head.inventory, ref);
  try {
    const base: RegionRun | null = checkout.inventory ? await runRegion(checkout.inventory, opts) : null;
    const resources = diffResources(base?.resources ?? [], head.resources);
    const allocations = movedAllocations(allocationsOf(checkout.inventory), allocationsOf(head.inventory));
    const headFindings = head.report?.findings ?? [];
    const findings =
      base && !base.report
        ? { new: [], fixed: [], unchanged: [] }
        : compareFindings(base?.report?.findings ?? [], headFindings);
    return {
      base: { ref, commit: checkout.commit },
      newRegion: checkout.inventory === null,
      baseErrors: base?.errors ?? [],
      resources,
      allocations,
      findings,
      alerts: alertsOf(resources, allocations),
    };
  } finally {
    checkout.remove();
  }
}
