/**
 * FRRouting configuration (frr.conf, integrated vtysh format) of a Linux router: interface
 * addresses (zebra) and OSPF area 0 on every interface (ospfd), point-to-point on the WAN links,
 * passive on LANs and ranges. Deterministic: the same router gives the same bytes.
 */
import type { Router } from "./types";

export const FRR_VERSION = "8.4";

export function renderFrr(router: Router, region: string): string {
  const out: string[] = [
    `! frr.conf of ${router.id}: ${router.description}`,
    `! Rendered by spbe-infra from the inventory and the lock of region ${region}; do not edit by hand.`,
    `frr version ${FRR_VERSION}`,
    "frr defaults traditional",
    `hostname ${router.id}`,
    "log syslog informational",
    "service integrated-vtysh-config",
    "ip forwarding",
    "!",
  ];
  for (const i of router.interfaces) {
    out.push(`interface ${i.name}`, ` description ${i.description}`, ` ip address ${i.address}`);
    for (const s of i.secondary) out.push(` ip address ${s}`);
    out.push(" ip ospf area 0.0.0.0");
    if (i.kind === "wan") out.push(" ip ospf network point-to-point");
    if (router.ospf.passive.includes(i.name)) out.push(" ip ospf passive");
    out.push("exit", "!");
  }
  // Fast SPF and LSA throttling: a region's area is small, and a change should route in seconds.
  out.push(
    "router ospf",
    ` ospf router-id ${router.ospf.routerId}`,
    " timers throttle spf 0 50 1000",
    " timers throttle lsa all 100",
    " timers lsa min-arrival 100",
  );
  out.push("exit", "!", "end", "");
  return out.join("\n");
}
