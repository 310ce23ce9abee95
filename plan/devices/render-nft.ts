/**
 * The nftables ruleset of a Linux router: one table `inet spbe` replaced atomically (the file
 * declares, deletes and re-creates it, so loading it twice is safe and other tables are kept).
 * prerouting drops spoofed sources per interface; input accepts OSPF on the links, SSH from the
 * management sources and ICMP echo from the Jaringan Intra; forward accepts established traffic
 * and the router's rules, and drops everything else.
 */
import type { Router } from "./types";

export const NFT_TABLE = "spbe";

const set = (items: string[]) => (items.length === 1 ? items[0] : `{ ${items.join(", ")} }`);
const names = (items: string[]) => set(items.map((i) => `"${i}"`));

export function renderNft(router: Router, region: string): string {
  const f = router.filter;
  const out: string[] = [
    "#!/usr/sbin/nft -f",
    `# nftables ruleset of ${router.id}: ${router.description}`,
    `# Rendered by spbe-infra from the inventory and the lock of region ${region}; do not edit by hand.`,
    `table inet ${NFT_TABLE}`,
    `delete table inet ${NFT_TABLE}`,
    `table inet ${NFT_TABLE} {`,
    "\tchain prerouting {",
    "\t\ttype filter hook prerouting priority raw; policy accept;",
  ];
  for (const a of f.antiSpoof)
    out.push(
      `\t\tiifname "${a.iface}" ip saddr != ${set(a.prefixes)} counter drop comment "anti-spoofing ${a.iface}"`,
    );
  out.push(
    "\t}",
    "",
    "\tchain input {",
    "\t\ttype filter hook input priority filter; policy drop;",
    '\t\tiifname "lo" accept',
    "\t\tct state established,related accept",
    "\t\tct state invalid drop",
  );
  if (f.routingOn.length > 0)
    out.push(`\t\tiifname ${names(f.routingOn)} meta l4proto 89 accept comment "ospf"`);
  if (f.managementFrom.length > 0)
    out.push(`\t\tip saddr ${set(f.managementFrom)} tcp dport 22 accept comment "ssh from management"`);
  out.push(
    `\t\tip saddr ${set(f.pingFrom)} icmp type echo-request accept comment "ping"`,
    "\t}",
    "",
    "\tchain forward {",
    "\t\ttype filter hook forward priority filter; policy drop;",
    "\t\tct state established,related accept",
    "\t\tct state invalid drop",
  );
  for (const r of f.forward) {
    const m: string[] = [];
    if (r.iif) m.push(`iifname "${r.iif}"`);
    if (r.oif) m.push(`oifname "${r.oif}"`);
    if (r.saddr?.length) m.push(`ip saddr ${set(r.saddr)}`);
    if (r.daddr?.length) m.push(`ip daddr ${set(r.daddr)}`);
    out.push(`\t\t${m.join(" ")} accept comment "${r.tag}"`);
  }
  out.push(
    "\t}",
    "",
    "\tchain output {",
    "\t\ttype filter hook output priority filter; policy accept;",
    "\t}",
    "}",
    "",
  );
  return out.join("\n");
}
