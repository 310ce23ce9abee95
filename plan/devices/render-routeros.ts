/**
 * MikroTik RouterOS v7 script (.rsc) of a router: the same interfaces, OSPF area 0 and filter
 * policy as the Linux rendering, in RouterOS terms. RouterOS cannot run in this toolkit's lab or
 * CI (it is a proprietary system image, not a Linux package): the script is golden-tested for its
 * content, never executed here, and says so in its header.
 */
import type { Router } from "./types";

const q = (s: string) => `"${s.replace(/(["\\$])/g, "\\$1")}"`;

export function renderRouterOs(router: Router, region: string): string {
  const f = router.filter;
  const out: string[] = [
    `# RouterOS v7 configuration of ${router.id}: ${router.description}`,
    `# Rendered by spbe-infra from the inventory and the lock of region ${region}; do not edit by hand.`,
    "# NOT EMULATED: RouterOS cannot run in the spbe netlab or in CI; this script is checked against",
    "# its golden file only. The Linux rendering (frr.conf + nftables) of the same router is what the lab proves.",
    "# Interface names are the model's: rename the ports first, e.g. /interface ethernet set [find default-name=ether1] name=wan0",
  ];
  const vlans = router.interfaces.filter((i) => i.vlan);
  if (vlans.length > 0) {
    out.push("/interface vlan");
    for (const i of vlans)
      out.push(
        `add name=${i.name} interface=${i.vlan?.parent} vlan-id=${i.vlan?.id} comment=${q(i.description)}`,
      );
  }
  out.push("/ip address");
  for (const i of router.interfaces)
    for (const a of [i.address, ...i.secondary])
      out.push(`add address=${a} interface=${i.name} comment=${q(i.description)}`);
  out.push(
    "/routing ospf instance",
    `add name=spbe version=2 router-id=${router.ospf.routerId}`,
    "/routing ospf area",
    "add name=backbone area-id=0.0.0.0 instance=spbe",
    "/routing ospf interface-template",
  );
  for (const i of router.interfaces)
    out.push(
      i.kind === "wan"
        ? `add area=backbone interfaces=${i.name} type=ptp`
        : `add area=backbone interfaces=${i.name} passive`,
    );
  const lists: string[] = ["/ip firewall address-list"];
  const list = (name: string, prefixes: string[]) => {
    for (const p of prefixes) lists.push(`add list=${name} address=${p}`);
    return name;
  };
  const rules: string[] = ["/ip firewall raw"];
  for (const a of f.antiSpoof)
    rules.push(
      `add chain=prerouting in-interface=${a.iface} src-address-list=!${list(`own-${a.iface}`, a.prefixes)} action=drop comment=${q(`anti-spoofing ${a.iface}`)}`,
    );
  rules.push(
    "/ip firewall filter",
    "add chain=input connection-state=established,related action=accept",
    "add chain=input connection-state=invalid action=drop",
  );
  for (const i of f.routingOn)
    rules.push(`add chain=input in-interface=${i} protocol=ospf action=accept comment="ospf"`);
  if (f.managementFrom.length > 0)
    rules.push(
      `add chain=input src-address-list=${list("management", f.managementFrom)} protocol=tcp dst-port=22 action=accept comment="ssh from management"`,
    );
  rules.push(
    `add chain=input src-address-list=${list("intra", f.pingFrom)} protocol=icmp icmp-options=8:0 action=accept comment="ping"`,
    "add chain=input action=drop",
    "add chain=forward connection-state=established,related action=accept",
    "add chain=forward connection-state=invalid action=drop",
  );
  f.forward.forEach((r, n) => {
    const m: string[] = ["chain=forward"];
    if (r.iif) m.push(`in-interface=${r.iif}`);
    if (r.oif) m.push(`out-interface=${r.oif}`);
    if (r.saddr?.length) m.push(`src-address-list=${list(`src-${n}`, r.saddr)}`);
    if (r.daddr?.length) m.push(`dst-address-list=${list(`dst-${n}`, r.daddr)}`);
    rules.push(`add ${m.join(" ")} action=accept comment=${q(r.tag)}`);
  });
  rules.push("add chain=forward action=drop");
  return [...out, ...lists, ...rules, ""].join("\n");
}
