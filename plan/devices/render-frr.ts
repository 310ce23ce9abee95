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
    out.push("exit", "!");
  }
  out.push("router ospf", ` ospf router-id ${router.ospf.routerId}`);
  for (const p of router.ospf.passive) out.push(` passive-interface ${p}`);
  out.push("exit", "!", "end", "");
  return out.join("\n");
}
