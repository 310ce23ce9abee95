/**
 * Consistency of a lock's content, beyond its shape: every prefix and address parses and lies in
 * the supernet, no two networks overlap, no owner or VLAN is taken twice. A lock written by
 * `spbe ipam` always passes; these checks catch a hand edit or a bad merge.
 */
import type { Lock } from "./types";
import { containsAddress, containsBlock, parseAddress, parseCidr, type Block } from "./ipam-space";

export interface LockProblem {
  /** Path inside the lock document, e.g. ["allocations", 3, "prefix"]. */
  path: (string | number)[];
  message: string;
}

export function checkLock(lock: Lock): LockProblem[] {
  const problems: LockProblem[] = [];
  let supernet: Block;
  try {
    supernet = parseCidr(lock.supernet);
  } catch (err) {
    return [{ path: ["supernet"], message: (err as Error).message }];
  }
  const networks: { block: Block; index: number }[] = [];
  const addresses = new Map<number, number>();
  const owners = new Map<string, number>();
  const vlans = new Map<number, number>();
  lock.allocations.forEach((a, index) => {
    const at = (field: string, message: string) =>
      problems.push({ path: ["allocations", index, field], message });
    const key = `${a.kind} ${a.owner}`;
    const sameOwner = owners.get(key);
    if (sameOwner !== undefined)
      at("owner", `${a.kind} of '${a.owner}' is already allocated at allocations[${sameOwner}]`);
    else owners.set(key, index);
    if (a.vlan !== undefined) {
      const sameVlan = vlans.get(a.vlan);
      if (sameVlan !== undefined) at("vlan", `VLAN ${a.vlan} is already taken by allocations[${sameVlan}]`);
      else vlans.set(a.vlan, index);
    }
    if (a.prefix !== undefined) {
      try {
        const block = parseCidr(a.prefix);
        if (!containsBlock(supernet, block))
          at("prefix", `${a.prefix} is outside the supernet ${lock.supernet}`);
        else networks.push({ block, index });
      } catch (err) {
        at("prefix", (err as Error).message);
      }
    }
    if (a.address !== undefined) {
      try {
        const n = parseAddress(a.address);
        const same = addresses.get(n);
        if (!containsAddress(supernet, n))
          at("address", `${a.address} is outside the supernet ${lock.supernet}`);
        else if (same !== undefined) at("address", `${a.address} is already taken by allocations[${same}]`);
        else addresses.set(n, index);
      } catch (err) {
        at("address", (err as Error).message);
      }
    }
  });
  networks.sort((x, y) => x.block.start - y.block.start || x.index - y.index);
  let widest: { block: Block; index: number } | undefined;
  for (const n of networks) {
    if (widest && n.block.start < widest.block.start + widest.block.size) {
      const other = lock.allocations[widest.index];
      problems.push({
        path: ["allocations", n.index, "prefix"],
        message: `${lock.allocations[n.index].prefix} overlaps ${other.prefix} (allocations[${widest.index}], ${other.kind} of '${other.owner}')`,
      });
    }
    if (!widest || n.block.start + n.block.size > widest.block.start + widest.block.size) widest = n;
  }
  return problems;
}

/** One line per problem: `allocations[3].prefix: …`. */
export function formatLockPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
