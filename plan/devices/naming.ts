/** Names and addresses the device model derives from the lock: the same lock gives the same names. */
import { formatAddress, parseAddress, parseCidr } from "../ipam-space";
import { linkEnds } from "../ipam-resolve";

/**
 * The core's interface for a point-to-point link, named after the link's network address
 * (`wan` + 8 hex digits, 11 characters): never after a position, so adding or removing another
 * link renames nothing.
 */
export function linkInterfaceName(prefix: string): string {
  return `wan${parseCidr(prefix).start.toString(16).padStart(8, "0")}`;
}

/** Sub-interface of the trunk for a site range's VLAN. */
export function vlanInterfaceName(vlan: number): string {
  return `trunk0.${vlan}`;
}

export const TRUNK = "trunk0";
export const UPLINK = "wan0";
export const AGENCY_LAN = "lan0";

/** The link's two addresses with its prefix length: the core's side and the far side. */
export function linkAddresses(prefix: string): { core: string; far: string; bits: number } {
  const block = parseCidr(prefix);
  const ends = linkEnds(block);
  return { core: ends.core, far: ends.agency, bits: 32 - Math.log2(block.size) };
}

/** The first usable address of a prefix (the gateway), with the prefix length. */
export function gatewayOf(prefix: string): string {
  const block = parseCidr(prefix);
  return `${formatAddress(block.start + 1)}/${32 - Math.log2(block.size)}`;
}

/** The last usable address of a prefix: where the lab puts the host standing for it. */
export function lastUsable(prefix: string): string {
  const block = parseCidr(prefix);
  return formatAddress(block.start + block.size - 2);
}

export function withBits(address: string, prefix: string): string {
  return `${formatAddress(parseAddress(address))}/${prefix.split("/")[1]}`;
}

export function hostPrefix(address: string): string {
  return `${address.split("/")[0]}/32`;
}
