/** Violating cases for the router rules (policies/rules/devices.ts): hand-written router resources. */
import type { AnalyzableResource } from "../../offline/analyze";
import { res } from "./fixture";
import { add, type Case } from "./cases-helpers";

const FILTERED = [
  "table inet spbe {",
  "\tchain prerouting {",
  '\t\tiifname "lan0" ip saddr != 10.20.0.0/24 counter drop comment "anti-spoofing lan0"',
  "\t}",
  "\tchain forward {",
  "\t\ttype filter hook forward priority filter; policy drop;",
  "\t}",
  "}",
].join("\n");

function router(
  id: string,
  role: string,
  of: string,
  opts: { operator?: string; script?: string; interfaces?: unknown[]; forward?: unknown[] } = {},
): AnalyzableResource {
  return res("command:remote:Command", `router-${id}`, {
    connection: { host: "10.20.250.2", port: 22, user: "spbe" },
    create: opts.script ?? FILTERED,
    triggers: [
      "hash",
      {
        spbe: "router",
        region: "tabanan",
        router: id,
        role,
        of,
        operator: opts.operator ?? "diskominfo",
        platform: "frr",
        interfaces: opts.interfaces ?? [{ name: "lan0", kind: "lan", prefix: "10.20.0.0/24", peer: of }],
        filter: {
          antiSpoof: [],
          forward: opts.forward ?? [],
          managementFrom: [],
          routingOn: [],
          pingFrom: [],
        },
        files: ["frr.conf", "spbe.nft"],
      },
    ],
  });
}

export const DEVICE_CASES: Case[] = [
  {
    rule: "spbe-net-01-agency-on-wan",
    it: "flags an agency with no router once the stack configures routers",
    stack: () => add(router("core-pd", "core", "pd-utama", { interfaces: [] })),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-net-02-dinas-runs-routers",
    it: "flags a router operated by an agency",
    stack: () => add(router("rtr-bkpsdm", "agency", "bkpsdm", { operator: "bkpsdm" })),
    mentions: "rtr-bkpsdm",
  },
  {
    rule: "spbe-net-07-router-filter",
    it: "flags a router whose configuration has no filter",
    stack: () => add(router("rtr-bkpsdm", "agency", "bkpsdm", { script: "vtysh -f frr.conf" })),
    mentions: "rtr-bkpsdm",
  },
  {
    rule: "spbe-dc-10-agency-lan-isolation",
    it: "flags a core rule that opens one agency's LAN to another",
    stack: () => [
      ...add(router("rtr-bkpsdm", "agency", "bkpsdm")),
      router("rtr-dinkes", "agency", "dinkes", {
        interfaces: [{ name: "lan0", kind: "lan", prefix: "10.20.1.0/24", peer: "dinkes" }],
      }),
      router("core-pd", "core", "pd-utama", {
        interfaces: [],
        forward: [{ tag: "agency:bkpsdm", iif: "wan1", saddr: ["10.20.0.0/24"], daddr: ["10.20.1.0/24"] }],
      }),
    ],
    mentions: "dinkes",
  },
];
