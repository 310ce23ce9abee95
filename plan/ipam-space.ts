/**
 * IPv4 block arithmetic for the address plan. `netmask` parses and formats CIDRs; the search for
 * a free aligned block works on integer intervals so that it stays linear in the number of
 * allocations (a /16 holds 32,768 /31 links; stepping through them one by one would not scale).
 */
import { Netmask, ip2long, long2ip } from "netmask";

/** An aligned block of `size` (a power of two) addresses starting at the integer `start`. */
export interface Block {
  start: number;
  size: number;
}

/** Parses `a.b.c.d/n`; throws with the reason when it is not a network address in CIDR form. */
export function parseCidr(cidr: string): Block {
  if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr))
    throw new Error(`'${cidr}' is not an IPv4 CIDR such as 10.20.0.0/16`);
  let nm: Netmask;
  try {
    nm = new Netmask(cidr);
  } catch (err) {
    throw new Error(`'${cidr}' is not an IPv4 CIDR: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (nm.toString() !== cidr)
    throw new Error(`'${cidr}' is not a network address (the network is ${nm.toString()})`);
  return { start: ip2long(nm.base), size: nm.size };
}

export function formatBlock(b: Block): string {
  return `${long2ip(b.start)}/${32 - Math.log2(b.size)}`;
}

export function formatAddress(n: number): string {
  return long2ip(n);
}

/** Parses a dotted IPv4 address to its integer; throws when it is not one. */
export function parseAddress(address: string): number {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address) || address.split(".").some((o) => Number(o) > 255)) {
    throw new Error(`'${address}' is not an IPv4 address`);
  }
  return ip2long(address);
}

export function overlaps(a: Block, b: Block): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

export function containsBlock(outer: Block, inner: Block): boolean {
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

export function containsAddress(outer: Block, address: number): boolean {
  return address >= outer.start && address < outer.start + outer.size;
}

/** The block size (a power of two) holding at least `addresses` addresses. */
export function blockSizeFor(addresses: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(addresses)));
}

/** Addresses of a LAN no host can have: network, broadcast and gateway. */
export const LAN_RESERVED = 3;
/** Hosts a LAN block can hold: everything but network, broadcast and gateway. */
export function lanCapacity(blockSize: number): number {
  return Math.max(0, blockSize - LAN_RESERVED);
}

const alignUp = (n: number, size: number): number => Math.ceil(n / size) * size;
const alignDown = (n: number, size: number): number => Math.floor(n / size) * size;

/** The free space of a supernet: the blocks already taken, kept sorted by start. */
export class Space {
  private readonly used: Block[] = [];

  constructor(readonly supernet: Block) {}

  take(b: Block): void {
    const i = this.used.findIndex((u) => u.start > b.start);
    this.used.splice(i < 0 ? this.used.length : i, 0, b);
  }

  /** The lowest free aligned block of `size`, or null when none is left. */
  firstFit(size: number): Block | null {
    const end = this.supernet.start + this.supernet.size;
    let candidate = alignUp(this.supernet.start, size);
    for (const u of this.used) {
      if (u.start + u.size <= candidate) continue;
      if (candidate + size <= u.start) break;
      candidate = alignUp(u.start + u.size, size);
    }
    return candidate + size <= end ? { start: candidate, size } : null;
  }

  /** The highest free aligned block of `size`, or null when none is left. */
  lastFit(size: number): Block | null {
    let candidate = alignDown(this.supernet.start + this.supernet.size - size, size);
    for (let i = this.used.length - 1; i >= 0; i--) {
      const u = this.used[i];
      if (u.start >= candidate + size) continue;
      if (u.start + u.size <= candidate) break;
      candidate = alignDown(u.start - size, size);
    }
    return candidate >= this.supernet.start ? { start: candidate, size } : null;
  }
}
