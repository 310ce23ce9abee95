/**
 * The Jaringan Intra at the network layer, as the router resources show it (components/routers.ts:
 * one `command:remote:Command` per router, its facts in `triggers[1]`, its configuration in
 * `create`): NET-01 every agency on the WAN, NET-02 every router run by the Dinas, NET-07 every
 * agency LAN, range and the WAN guarded by a filter, DC-10 no agency LAN opened to another.
 */
import type { Evidence } from "../../inventory/facts";
import type { Rule, View, Violation } from "../rule";
import { actorsText, agencyMayRun, termsFor, word } from "../terms";
import { t } from "./select";

interface RouterFacts {
  spbe: "router";
  router: string;
  role: "core" | "agency" | "drc" | "interconnect";
  of: string;
  /** Inventory path of the element the router serves, when there is one (components/routers.ts). */
  source?: string;
  operator: string;
  platform: "frr" | "routeros";
  interfaces: { name: string; kind: string; prefix: string; peer: string }[];
  filter: { forward: { tag: string; iif?: string; saddr?: string[]; daddr?: string[] }[] };
}

export const ROUTER_TYPE = "command:remote:Command";

/** Router resources with their facts and configuration script. */
export function routerViews(views: View[]): { view: View; facts: RouterFacts; script: string }[] {
  const out: { view: View; facts: RouterFacts; script: string }[] = [];
  for (const v of views) {
    if (v.type !== ROUTER_TYPE) continue;
    const triggers = v.props.triggers;
    const facts = Array.isArray(triggers) ? (triggers[1] as RouterFacts | undefined) : undefined;
    if (!facts || facts.spbe !== "router") continue;
    out.push({ view: v, facts, script: typeof v.props.create === "string" ? v.props.create : "" });
  }
  return out;
}

function parse(cidr: string): [number, number] {
  const [a, bits] = cidr.split("/");
  const n = a.split(".").reduce((x, o) => x * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits ?? 32));
  return [n, n + size - 1];
}
const overlaps = (a: string, b: string) => {
  const [a0, a1] = parse(a);
  const [b0, b1] = parse(b);
  return a0 <= b1 && b0 <= a1;
};

/** Whether the script's filter drops by default and drops spoofed sources on `iface`. */
function guards(script: string, platform: RouterFacts["platform"], iface?: string): boolean {
  if (platform === "routeros") {
    if (!script.includes("add chain=forward action=drop")) return false;
    return iface === undefined || script.includes(`in-interface=${iface} src-address-list=!`);
  }
  if (!script.includes("type filter hook forward priority filter; policy drop;")) return false;
  return iface === undefined || script.includes(`iifname "${iface}" ip saddr != `);
}

const agencyLans = (routers: ReturnType<typeof routerViews>) =>
  routers
    .filter((r) => r.facts.role === "agency")
    .map((r) => ({
      agency: r.facts.of,
      lan: r.facts.interfaces.find((i) => i.kind === "lan")?.prefix ?? "",
    }));

export const deviceRules: Rule[] = [
  {
    obligation: "NET-01",
    name: "spbe-net-01-agency-on-wan",
    section: "agencies",
    kind: "evidence",
    severity: "high",
    description: t(
      "Setiap Perangkat Daerah terhubung ke WAN Jaringan Intra",
      "Every agency is connected to the Jaringan Intra's WAN",
    ),
    remediation: (ctx) => {
      const wan = word(ctx, "wan", "WAN");
      return t(
        `Jalankan \`spbe ipam\` agar setiap Perangkat Daerah mendapat tautan ${wan} dan router, lalu \`pulumi up\`.`,
        `Run \`spbe ipam\` so every agency gets a ${wan} link and a router, then \`pulumi up\`.`,
      );
    },
    check(ev: Evidence, _ctx, resources) {
      const routers = routerViews(resources());
      // A stack that configures no router at all (a hand-written or pre-device stack) is judged by
      // the Kubernetes-level NET-01 rule only; once routers are configured, every agency needs one.
      if (routers.length === 0) return [];
      const linked = new Set(
        routers
          .filter((r) => r.facts.role === "core")
          .flatMap((r) => r.facts.interfaces.filter((i) => i.kind === "wan").map((i) => i.peer)),
      );
      return ev.agencies.flatMap((a): Violation[] => {
        const own = routers.find((r) => r.facts.role === "agency" && r.facts.of === a.id);
        if (own && linked.has(own.facts.router)) return [];
        return [
          {
            source: a.source,
            message: own
              ? t(
                  `Router '${own.facts.router}' milik '${a.id}' tidak memiliki tautan WAN ke router inti.`,
                  `Router '${own.facts.router}' of '${a.id}' has no WAN link to the core router.`,
                )
              : t(
                  `Perangkat Daerah '${a.id}' tidak memiliki router di WAN Jaringan Intra.`,
                  `Agency '${a.id}' has no router on the Jaringan Intra's WAN.`,
                ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-02",
    name: "spbe-net-02-dinas-runs-routers",
    section: "sites",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Dinas membangun dan mengoperasikan router WAN",
      "The Dinas builds and runs the WAN routers",
    ),
    remediation: (ctx) => {
      const wan = word(ctx, "wan", "WAN");
      const who = actorsText(ctx, termsFor(ctx, "NET-02")?.actors ?? ["dinas"]);
      return t(
        `Serahkan pengoperasian router ${wan} kepada ${who.id}.`,
        `Hand the operation of the ${wan} routers to ${who.en}.`,
      );
    },
    check(ev: Evidence, ctx, resources) {
      return routerViews(resources())
        .filter((r) => r.facts.operator !== ev.dinas.id && !agencyMayRun(r.facts.operator, ev, ctx, "NET-02"))
        .map((r) => ({
          urn: r.view.urn,
          ...(r.facts.source ? { source: r.facts.source } : {}),
          message: t(
            `Router '${r.facts.router}' dioperasikan oleh '${r.facts.operator}', bukan Dinas '${ev.dinas.id}'.`,
            `Router '${r.facts.router}' is operated by '${r.facts.operator}', not the Dinas '${ev.dinas.id}'.`,
          ),
        }));
    },
  },
  {
    obligation: "NET-07",
    name: "spbe-net-07-router-filter",
    kind: "stack",
    severity: "high",
    description: t(
      "Setiap LAN Perangkat Daerah dan WAN dijaga filter pada routernya",
      "Every agency LAN and the WAN are guarded by a filter on their router",
    ),
    remediation: t(
      "Pasang filter dari model perangkat (nftables / RouterOS firewall): default drop dan anti-spoofing di setiap LAN.",
      "Install the device model's filter (nftables / RouterOS firewall): default drop and anti-spoofing on every LAN.",
    ),
    check(views) {
      return routerViews(views).flatMap(({ view, facts, script }): Violation[] => {
        if (!guards(script, facts.platform))
          return [
            {
              urn: view.urn,
              message: t(
                `Router '${facts.router}' tidak memiliki filter (forward default drop): WAN dan LAN-nya tidak terjaga.`,
                `Router '${facts.router}' has no filter (forward default drop): its WAN and LANs are unguarded.`,
              ),
            },
          ];
        return facts.interfaces
          .filter((i) => i.kind !== "wan" && !guards(script, facts.platform, i.name))
          .map((i) => ({
            urn: view.urn,
            message: t(
              `Antarmuka '${i.name}' (${i.peer}) pada router '${facts.router}' tidak memiliki anti-spoofing.`,
              `Interface '${i.name}' (${i.peer}) of router '${facts.router}' has no anti-spoofing.`,
            ),
          }));
      });
    },
  },
  {
    obligation: "DC-10",
    name: "spbe-dc-10-agency-lan-isolation",
    kind: "stack",
    severity: "high",
    description: t(
      "LAN Perangkat Daerah tidak terbuka bagi Perangkat Daerah lain (hanya melalui Sistem Penghubung Layanan)",
      "An agency LAN is not open to another agency (only through the Sistem Penghubung Layanan)",
    ),
    remediation: (ctx) => {
      const lan = word(ctx, "lan", "LAN");
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      return t(
        `Hapus aturan filter router inti yang mengizinkan ${lan} satu Perangkat Daerah ke ${lan} Perangkat Daerah lain; pertukaran antar-Perangkat Daerah melalui ${spl}.`,
        `Remove the core router's filter rules that let one agency's ${lan} reach another agency's ${lan}; agencies exchange data through the ${spl}.`,
      );
    },
    check(views) {
      const routers = routerViews(views);
      const lans = agencyLans(routers);
      const out: Violation[] = [];
      for (const { view, facts } of routers.filter((r) => r.facts.role === "core")) {
        for (const rule of facts.filter.forward) {
          const from = lans.find((l) => (rule.saddr ?? []).some((s) => overlaps(s, l.lan)));
          if (!from) continue;
          const opened = lans.filter(
            (l) =>
              l.agency !== from.agency && (!rule.daddr?.length || rule.daddr.some((d) => overlaps(d, l.lan))),
          );
          for (const to of opened)
            out.push({
              urn: view.urn,
              message: t(
                `Aturan '${rule.tag}' pada router '${facts.router}' membuka LAN '${to.agency}' bagi '${from.agency}'.`,
                `Rule '${rule.tag}' of router '${facts.router}' opens the LAN of '${to.agency}' to '${from.agency}'.`,
              ),
            });
        }
      }
      return out;
    },
  },
];
