/**
 * Consistency of a lock's content, beyond its shape: every prefix and address parses and lies in
 * the supernet, no two networks overlap, no owner or VLAN is taken twice. A lock written by
 * `spbe ipam` always passes; these checks catch a hand edit or a bad merge.
 */
import type { Lock } from "./types";
import type { Text } from "../inventory/messages";
import { LOCK } from "./lock-messages";
import { containsAddress, containsBlock, parseAddress, parseCidr, type Block } from "./ipam-space";

export interface LockProblem {
  /** Path inside the lock document, e.g. ["allocations", 3, "prefix"]. */
  path: (string | number)[];
  /** In English (what callers match); `text` holds it in both languages. */
  message: string;
  text: Text;
}

function problem(path: (string | number)[], text: Text): LockProblem {
  return { path, message: text.en, text };
}

export function checkLock(lock: Lock): LockProblem[] {
  const problems: LockProblem[] = [];
  let supernet: Block;
  try {
    supernet = parseCidr(lock.supernet);
  } catch (err) {
    return [problem(["supernet"], LOCK.badNetwork({ value: lock.supernet, detail: (err as Error).message }))];
  }
  const networks: { block: Block; index: number }[] = [];
  const addresses = new Map<number, number>();
  const owners = new Map<string, number>();
  const vlans = new Map<number, number>();
  lock.allocations.forEach((a, index) => {
    const at = (field: string, text: Text) => problems.push(problem(["allocations", index, field], text));
    const key = `${a.kind} ${a.owner}`;
    const sameOwner = owners.get(key);
    if (sameOwner !== undefined)
      at("owner", LOCK.ownerTaken({ kind: a.kind, owner: a.owner, at: sameOwner }));
    else owners.set(key, index);
    if (a.vlan !== undefined) {
      const sameVlan = vlans.get(a.vlan);
      if (sameVlan !== undefined) at("vlan", LOCK.vlanTaken({ vlan: a.vlan, at: sameVlan }));
      else vlans.set(a.vlan, index);
    }
    if (a.prefix !== undefined) {
      try {
        const block = parseCidr(a.prefix);
        if (!containsBlock(supernet, block))
          at("prefix", LOCK.outsideSupernet({ value: a.prefix, supernet: lock.supernet }));
        else networks.push({ block, index });
      } catch (err) {
        at("prefix", LOCK.badNetwork({ value: a.prefix, detail: (err as Error).message }));
      }
    }
    if (a.address !== undefined) {
      try {
        const n = parseAddress(a.address);
        const same = addresses.get(n);
        if (!containsAddress(supernet, n))
          at("address", LOCK.outsideSupernet({ value: a.address, supernet: lock.supernet }));
        else if (same !== undefined) at("address", LOCK.addressTaken({ value: a.address, at: same }));
        else addresses.set(n, index);
      } catch (err) {
        at("address", LOCK.badAddress({ value: a.address, detail: (err as Error).message }));
      }
    }
  });
  networks.sort((x, y) => x.block.start - y.block.start || x.index - y.index);
  let widest: { block: Block; index: number } | undefined;
  for (const n of networks) {
    if (widest && n.block.start < widest.block.start + widest.block.size) {
      const other = lock.allocations[widest.index];
      const text = LOCK.overlaps({
        prefix: lock.allocations[n.index].prefix as string,
        other: other.prefix as string,
        at: widest.index,
        kind: other.kind,
        owner: other.owner,
      });
      problems.push(problem(["allocations", n.index, "prefix"], text));
    }
    if (!widest || n.block.start + n.block.size > widest.block.start + widest.block.size) widest = n;
  }
  return problems;
}

/** One line per problem: `allocations[3].prefix: …`. */
export function formatLockPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
