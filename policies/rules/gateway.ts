/** Sistem Penghubung Layanan (the gateway): SPL-01 … SPL-07. */
import type { Evidence } from "../../inventory/facts";
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { jsonList, sourceOf, type Rule, type View, type Violation } from "../rule";
import { actorAllowed, actorsText, agencyMayRun, issuersText, termsFor, unmet, word } from "../terms";
import { issuerName } from "./issuers";
import { approvalFindings, approvalRemedy } from "./approvals";
import { coordinationFindings, interoperabilityIssuerFindings } from "./gateway-coordination";
import {
  NAME_LABEL,
  agencyNamespaces,
  describe,
  evidenceOf,
  routesAroundGateway,
  selectedNamespaces,
  selectorLabels,
  t,
  withRole,
  type SelectorLabels,
} from "./select";

const noGateway = (): Violation => ({
  message: t(
    "Daerah tidak memiliki Sistem Penghubung Layanan.",
    "The region has no Sistem Penghubung Layanan.",
  ),
});

/** Other agencies' namespaces a NetworkPolicy in an agency namespace lets through (ingress or egress). */
function crossAgencyPeers(
  policy: View,
  namespaces: View[],
  owners: Map<string, string>,
  labelsOf: SelectorLabels,
): string[] {
  const own = owners.get(policy.namespace ?? "");
  const spec = (policy.props.spec ?? {}) as Record<string, unknown>;
  const peers: unknown[] = [];
  for (const dir of ["ingress", "egress"] as const) {
    const rules = Array.isArray(spec[dir]) ? (spec[dir] as Array<Record<string, unknown>>) : [];
    for (const r of rules) {
      const list = r?.[dir === "ingress" ? "from" : "to"];
      if (Array.isArray(list)) peers.push(...list);
    }
  }
  const hit = new Set<string>();
  for (const p of peers as Array<Record<string, unknown>>) {
    if (!p || !("namespaceSelector" in p)) continue;
    for (const ns of selectedNamespaces(p.namespaceSelector, namespaces, labelsOf)) {
      const other = owners.get(labelsOf(ns)[NAME_LABEL]!);
      if (other && other !== own) hit.add(other);
    }
  }
  return [...hit].sort();
}

function gatewayOrViolation(
  ev: Evidence,
  f: (g: NonNullable<Evidence["gateway"]>) => Violation[],
): Violation[] {
  return ev.gateway ? f(ev.gateway) : [noGateway()];
}

export const gatewayRules: Rule[] = [
  {
    obligation: "SPL-01",
    name: "spbe-spl-01-integrate-through-gateway",
    section: "gateway",
    kind: "stack",
    severity: "high",
    description: t(
      "Interoperabilitas aplikasi melalui Sistem Penghubung Layanan",
      "Apps interoperate through the Sistem Penghubung Layanan",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      return t(
        `Ganti integrasi langsung antaraplikasi dengan layanan ${spl} (integrations: { consumes: <layanan> }) dan hapus aturan jaringan lintas Perangkat Daerah.`,
        `Replace direct app-to-app integration with a service of the ${spl} (integrations: { consumes: <service> }) and remove cross-agency network rules.`,
      );
    },
    check(views, ctx) {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      const out: Violation[] = [];
      const ev = evidenceOf(views);
      if (ev && !ev.gateway && withRole(views, ROLE.gateway).length === 0) out.push(noGateway());
      // "diselenggarakan oleh Dinas" (Tangerang 21(1), PPU 15(1)): the site the Sistem Penghubung
      // Layanan runs on is operated by whom the regulation names.
      const site = ev?.gateway ? ev.sites.find((x) => x.id === ev.gateway?.site) : undefined;
      if (ev && site && site.operator !== ev.dinas.id && !agencyMayRun(site.operator, ev, ctx, "SPL-01")) {
        out.push({
          source: site.source,
          message: t(
            `${spl} berjalan di situs '${site.id}' yang diselenggarakan oleh '${site.operator}', bukan oleh Dinas.`,
            `The ${spl} runs on site '${site.id}', operated by '${site.operator}', not by the Dinas.`,
          ),
        });
      }
      const seen = new Set<string>();
      for (const v of views) {
        const calls = jsonList(v, ANNOTATION.calls);
        const key = `${sourceOf(v) ?? v.urn}|${calls.join(",")}`;
        if (calls.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} (${v.labels[LABEL.app] ?? "?"}) memanggil langsung aplikasi ${calls.join(", ")} tanpa melalui ${spl}.`,
            `${describe(v)} (${v.labels[LABEL.app] ?? "?"}) calls ${calls.join(", ")} directly, around the ${spl}.`,
          ),
        });
      }
      const owners = agencyNamespaces(views);
      const namespaces = views.filter((v) => v.kind === "Namespace");
      const labelsOf = selectorLabels();
      for (const v of views) {
        if (v.kind !== "NetworkPolicy" || !owners.has(v.namespace ?? "")) continue;
        const others = crossAgencyPeers(v, namespaces, owners, labelsOf);
        if (others.length === 0) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} milik '${owners.get(v.namespace ?? "")}' membuka akses langsung dengan Perangkat Daerah lain: ${others.join(", ")}.`,
            `${describe(v)} of '${owners.get(v.namespace ?? "")}' opens direct access with other agencies: ${others.join(", ")}.`,
          ),
        });
      }
      for (const { route, owner, others } of routesAroundGateway(views)) {
        out.push({
          urn: route.urn,
          message: t(
            `${describe(route)} milik '${owner}' meneruskan lalu lintas langsung ke layanan Perangkat Daerah lain: ${others.join(", ")}.`,
            `${describe(route)} of '${owner}' routes traffic straight to other agencies' services: ${others.join(", ")}.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "SPL-02",
    name: "spbe-spl-02-upstream-gateways",
    section: "gateway",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Sistem Penghubung Layanan terhubung dengan SPLP nasional dan/atau Sistem Penghubung Layanan lain sesuai regulasi",
      "The Sistem Penghubung Layanan connects to the national SPLP and/or other regions' as the regulation says",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      return t(
        `Hubungkan ${spl} ke hulu yang diterima regulasi dan catat gateway.upstreams { kind: splp-nasional | gateway-daerah }.`,
        `Connect the ${spl} to an upstream the regulation accepts and record gateway.upstreams { kind: splp-nasional | gateway-daerah }.`,
      );
    },
    check(ev, ctx) {
      return gatewayOrViolation(ev, (g) => {
        const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
        const present = new Set(g.upstreams.map((u) => u.kind));
        const { missing, anyOf } = unmet(present, termsFor(ctx, "SPL-02"), {
          anyOf: ["splp-nasional", "gateway-daerah"],
        });
        const out: Violation[] = missing.map((k) => ({
          message: t(
            `${spl} tidak terhubung dengan ${k} (diwajibkan).`,
            `The ${spl} has no upstream of kind ${k} (required).`,
          ),
        }));
        if (anyOf)
          out.push({
            message: t(
              `${spl} tidak terhubung dengan satu pun dari: ${anyOf.join(", ")}.`,
              `The ${spl} is connected to none of: ${anyOf.join(", ")}.`,
            ),
          });
        return out;
      });
    },
  },
  {
    obligation: "SPL-03",
    name: "spbe-spl-03-interoperability-standard",
    section: "gateway",
    kind: "evidence",
    severity: "low",
    description: t(
      "SPL memenuhi standar interoperabilitas",
      "The Sistem Penghubung Layanan meets the interoperability standards",
    ),
    remediation: (ctx) => {
      const by = termsFor(ctx, "SPL-03")?.issuers?.any;
      const who = by ? issuersText(ctx, by, issuerName) : null;
      return t(
        `Catat gateway.interoperability { standard, version }${who ? `: standar interoperabilitas yang ditetapkan ${who.id}` : ""}.`,
        `Record gateway.interoperability { standard, version }${who ? `: the interoperability standard set by ${who.en}` : ""}.`,
      );
    },
    check(ev, ctx) {
      return gatewayOrViolation(ev, (g) =>
        g.interoperability
          ? interoperabilityIssuerFindings(g.interoperability, termsFor(ctx, "SPL-03"), ev)
          : [
              {
                message: t(
                  "Standar interoperabilitas Sistem Penghubung Layanan tidak dicatat.",
                  "The interoperability standard of the Sistem Penghubung Layanan is not recorded.",
                ),
              },
            ],
      );
    },
  },
  {
    obligation: "SPL-04",
    name: "spbe-spl-04-fitness-approvals",
    section: "gateway",
    kind: "evidence",
    severity: "medium",
    description: t(
      "SPL memiliki persetujuan operasi dan keamanan sebagaimana diatur regulasi",
      "The Sistem Penghubung Layanan has the operational and security approvals the regulation names",
    ),
    remediation: (ctx) => approvalRemedy(ctx, "SPL-04", "gateway.approvals"),
    check(ev, ctx) {
      return gatewayOrViolation(ev, (g) => {
        const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
        return approvalFindings({ id: spl, en: `The ${spl}` }, g.approvals, termsFor(ctx, "SPL-04"), ctx, ev);
      });
    },
  },
  {
    obligation: "SPL-05",
    name: "spbe-spl-05-over-jaringan-intra",
    section: "gateway",
    kind: "evidence",
    severity: "medium",
    description: t(
      "SPL berjalan di atas Jaringan Intra",
      "The Sistem Penghubung Layanan runs over the Jaringan Intra",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      const pd = word(ctx, "pusatData", "Pusat Data");
      const intra = word(ctx, "jaringanIntra", "Jaringan Intra");
      return t(
        `Tempatkan ${spl} di ${pd} (gateway.site) dan layani hanya melalui ${intra} (exposure: intra).`,
        `Place the ${spl} in the ${pd} (gateway.site) and serve it over the ${intra} only (exposure: intra).`,
      );
    },
    check(ev, _ctx, resources) {
      const views = resources();
      return gatewayOrViolation(ev, (g) => {
        const out: Violation[] = [];
        const site = ev.sites.find((s) => s.id === g.site);
        if (site && site.kind !== "pusat-data" && site.kind !== "drc")
          out.push({
            message: t(
              `Sistem Penghubung Layanan berada di situs '${g.site}' (${site.kind}), di luar Jaringan Intra Pusat Data.`,
              `The Sistem Penghubung Layanan is on site '${g.site}' (${site.kind}), outside the Pusat Data's Jaringan Intra.`,
            ),
          });
        for (const v of withRole(views, ROLE.gateway))
          if (v.labels[LABEL.exposure] === "internet")
            out.push({
              urn: v.urn,
              message: t(
                `${describe(v)} (Sistem Penghubung Layanan) terbuka ke internet.`,
                `${describe(v)} (Sistem Penghubung Layanan) is exposed to the internet.`,
              ),
            });
        return out;
      });
    },
  },
  {
    obligation: "SPL-06",
    name: "spbe-spl-06-built-by-dinas",
    section: "gateway",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Sistem Penghubung Layanan dibangun oleh pembangun yang ditetapkan regulasi",
      "The Sistem Penghubung Layanan is built by whom the regulation names",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      const who = actorsText(ctx, termsFor(ctx, "SPL-06")?.actors);
      return t(
        `Serahkan pembangunan ${spl} kepada ${who.id} dan catat pembangunnya di gateway.builtBy.`,
        `Have the ${spl} built by ${who.en} and record the builder in gateway.builtBy.`,
      );
    },
    check(ev, ctx) {
      return gatewayOrViolation(ev, (g) => {
        const by = g.builtBy;
        const terms = termsFor(ctx, "SPL-06");
        const actors = terms?.actors;
        const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
        if (actorAllowed(by, ev, ctx, actors))
          return terms?.coordinationWithDinas === true && by !== ev.dinas.id
            ? coordinationFindings(g, by, spl)
            : [];
        const who = actorsText(ctx, actors);
        return [
          {
            message: t(
              `${spl} dibangun oleh '${by}', padahal yang boleh membangunnya: ${who.id}.`,
              `The ${spl} was built by '${by}', but it may be built by ${who.en}.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "SPL-07",
    name: "spbe-spl-07-government-service-bus",
    section: "gateway",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Integrasi melalui Government Service Bus yang dikelola Dinas",
      "Integration runs on a Government Service Bus managed by the Dinas",
    ),
    remediation: (ctx) => {
      const dinas = word(ctx, "dinas", "Dinas");
      return t(
        `Jadikan ${word(ctx, "gateway", "Sistem Penghubung Layanan")} sebuah GSB yang dikelola ${dinas}: gateway.kind: gsb dan builtBy: <id ${dinas}>.`,
        `Make the ${word(ctx, "gateway", "Sistem Penghubung Layanan")} a GSB managed by the ${dinas}: gateway.kind: gsb and builtBy: <${dinas} id>.`,
      );
    },
    check(ev) {
      return gatewayOrViolation(ev, (g) =>
        g.kind === "gsb" && g.builtBy === ev.dinas.id
          ? []
          : [
              {
                message: t(
                  `Sistem Penghubung Layanan berjenis '${g.kind}' dibangun oleh '${g.builtBy}', bukan GSB yang dikelola Dinas.`,
                  `The Sistem Penghubung Layanan is a '${g.kind}' built by '${g.builtBy}', not a GSB managed by the Dinas.`,
                ),
              },
            ],
      );
    },
  },
];
