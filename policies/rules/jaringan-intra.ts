/** Jaringan Intra (WAN/LAN) as the resources show it: NET-01, NET-02, NET-07, NET-10. */
import { LABEL, ROLE } from "../../inventory/facts";
import { toolkitDefault } from "../defaults";
import { type Rule, type RuleContext, type Violation } from "../rule";
import { actorsText, agencyMayRun, defaultsOf, termsFor, word, type Terms } from "../terms";
import { regulation } from "../regulations";
import { isolationViolations, isTenantNamespace } from "./namespace-isolation";
import {
  agencyNamespaces,
  describe,
  dinasIdOf,
  evidenceOf,
  isAgencyOperator,
  routeWithoutTls,
  servedHosts,
  t,
  underDomain,
  withRole,
} from "./select";

/** NET-07's devices: the regulation's list where it names one, else the toolkit's (configurable). */
function networkControls(ctx: RuleContext | null): string[] {
  return termsFor(ctx, "NET-07")?.allOf ?? defaultsOf(ctx).networkSecurityControls;
}

export const jaringanIntraRules: Rule[] = [
  {
    obligation: "NET-01",
    name: "spbe-net-01-no-bypass-service",
    kind: "stack",
    severity: "high",
    description: t(
      "Pertukaran data Perangkat Daerah melalui Jaringan Intra",
      "Agencies exchange data over the Jaringan Intra",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      return t(
        `Gunakan Service ClusterIP dan ekspos aplikasi melalui edge (HTTPRoute pada Gateway edge) dan ${spl}.`,
        `Use a ClusterIP Service and expose the app through the edge (an HTTPRoute on the edge Gateway) and the ${spl}.`,
      );
    },
    check(views, ctx) {
      const intra = word(ctx, "jaringanIntra", "Jaringan Intra");
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      const owners = agencyNamespaces(views);
      return views.flatMap((v): Violation[] => {
        if (v.kind !== "Service" || !v.namespace || !owners.has(v.namespace)) return [];
        const type = ((v.props.spec ?? {}) as Record<string, unknown>).type;
        if (type !== "LoadBalancer" && type !== "NodePort") return [];
        return [
          {
            urn: v.urn,
            message: t(
              `${describe(v)} milik '${owners.get(v.namespace)}' bertipe ${type}, melewati edge ${intra} dan ${spl}.`,
              `${describe(v)} of '${owners.get(v.namespace)}' is of type ${type}, bypassing the edge of the ${intra} and the ${spl}.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-02",
    name: "spbe-net-02-dinas-runs-wan",
    kind: "stack",
    severity: "medium",
    description: t("Dinas membangun dan mengoperasikan WAN", "The Dinas builds and runs the WAN"),
    remediation: (ctx) => {
      const wan = word(ctx, "wan", "WAN");
      const who = actorsText(ctx, termsFor(ctx, "NET-02")?.actors ?? ["dinas"]);
      return t(
        `Serahkan perangkat edge ${wan} kepada ${who.id} (operator).`,
        `Hand the ${wan} edge devices over to ${who.en} (operator).`,
      );
    },
    check(views, ctx) {
      const ev = evidenceOf(views);
      const dinas = dinasIdOf(views, ev);
      return withRole(views, ROLE.edge)
        .filter((v) => {
          const op = v.labels[LABEL.operator] ?? "";
          return op !== "" && isAgencyOperator(op, dinas) && !agencyMayRun(op, ev, ctx, "NET-02");
        })
        .map((v) => ({
          urn: v.urn,
          message: t(
            `${describe(v)} (edge WAN) dioperasikan oleh '${v.labels[LABEL.operator]}', bukan Dinas '${dinas ?? "?"}'.`,
            `${describe(v)} (WAN edge) is operated by '${v.labels[LABEL.operator]}', not the Dinas '${dinas ?? "?"}'.`,
          ),
        }));
    },
  },
  {
    obligation: "NET-07",
    name: "spbe-net-07-security-devices",
    section: "security.controls",
    kind: "evidence",
    severity: "high",
    description: t(
      "Keamanan Jaringan Intra dikendalikan dengan perangkat keamanan",
      "Jaringan Intra security is controlled with security devices",
    ),
    remediation: (ctx) => {
      const wanted = networkControls(ctx).join(", ");
      return t(
        `Terapkan kontrol ${wanted}, layani setiap HTTPRoute yang terbuka ke internet pada listener HTTPS bersertifikat, dan tutup setiap namespace secara bawaan (NetworkPolicy default-deny Ingress dan Egress).`,
        `Apply the controls ${wanted}, serve every internet-facing HTTPRoute on an HTTPS listener with a certificate, and close every namespace by default (default-deny NetworkPolicy for Ingress and Egress).`,
      );
    },
    check(ev, ctx, resources) {
      const views = resources();
      const out: Violation[] = [];
      // The devices the regulation lists (Prabumulih 12(2)(c)-(d): firewall, IDS/IPS and network
      // monitoring); where it lists none (Tabanan 9(9), Bengkulu 14(2) name no device) the list is
      // the toolkit's default, and the finding says so.
      const named = termsFor(ctx, "NET-07")?.allOf;
      const missing = networkControls(ctx).filter((c) => !ev.security.controls.includes(c));
      const label = named ? t("", "") : toolkitDefault(t("daftar perangkat", "the list of devices"));
      if (missing.length)
        out.push({
          message: t(
            `Perangkat keamanan jaringan belum diterapkan: ${missing.join(", ")}${label.id}.`,
            `Network security devices missing: ${missing.join(", ")}${label.en}.`,
          ),
        });
      out.push(...isolationViolations(views, (ns) => !isTenantNamespace(ns)));
      for (const v of views) {
        if (v.kind !== "HTTPRoute" || v.labels[LABEL.exposure] !== "internet") continue;
        const why = routeWithoutTls(v, views);
        if (!why) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} terbuka ke internet tanpa TLS: ${why.id}.`,
            `${describe(v)} is internet-facing without TLS: it ${why.en}.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "NET-10",
    name: "spbe-net-10-portal-domain",
    section: "region.portalDomain",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Situs web Perangkat Daerah di bawah domain portal Pemerintah Daerah",
      "Agency websites are under the regional portal domain",
    ),
    remediation: (ctx) => {
      const portal = ctx ? regulation(ctx.regulation).portalDomain : null;
      const ways = portalWays(termsFor(ctx, "NET-10"));
      const at = portal ? ` (${portal}, sebagaimana ditetapkan regulasi)` : "";
      const atEn = portal ? ` (${portal}, as the regulation sets it)` : "";
      return ways.includes("under-portal")
        ? t(
            `Gunakan subdomain portal Pemerintah Daerah${at}, atau tempatkan situs di bawah portal (domain portal dengan path, applications[].path).`,
            `Use a subdomain of the regional portal${atEn}, or place the site under the portal (the portal's host with a path, applications[].path).`,
          )
        : t(
            `Gunakan subdomain portal Pemerintah Daerah${at} untuk domain aplikasi.`,
            `Use a subdomain of the regional portal${atEn} for the application's domain.`,
          );
    },
    check(ev, ctx, resources) {
      const views = resources();
      const portal = ev.region.portalDomain;
      const ways = portalWays(termsFor(ctx, "NET-10"));
      const out: Violation[] = [];
      for (const a of ev.applications) {
        if (!a.domain) continue;
        const where = placeOnPortal(a.domain, a.path ?? null, portal);
        // The portal itself (its host, no path) is not a PD's website placed under it.
        if (where === "portal" || ways.includes(where)) continue;
        const site = a.path ? `${a.domain}${a.path}` : a.domain;
        out.push({
          source: a.source,
          message:
            where === "outside"
              ? t(
                  `Domain aplikasi '${a.id}' (${a.owner}) adalah '${a.domain}', di luar domain portal '${portal}'.`,
                  `The domain of application '${a.id}' (${a.owner}) is '${a.domain}', outside the portal domain '${portal}'.`,
                )
              : t(
                  `Situs aplikasi '${a.id}' (${a.owner}) di '${site}' adalah ${where}, sedangkan regulasi menerima ${ways.join(" atau ")} portal '${portal}'.`,
                  `The site of application '${a.id}' (${a.owner}) at '${site}' is ${where}, while the regulation accepts ${ways.join(" or ")} of the portal '${portal}'.`,
                ),
        });
      }
      const declared = new Set(ev.applications.map((a) => a.domain).filter((d): d is string => !!d));
      for (const v of views) {
        for (const host of servedHosts(v)) {
          // A host alone cannot say whether a route on the portal's host serves a path under it
          // or the portal itself: only a host outside, or a subdomain the regulation does not
          // accept, is a finding here.
          const where = placeOnPortal(host, null, portal);
          if (where === "portal" || ways.includes(where) || declared.has(host)) continue;
          out.push({
            urn: v.urn,
            message: t(
              `${describe(v)} melayani host '${host}', di luar domain portal '${portal}'.`,
              `${describe(v)} serves host '${host}', outside the portal domain '${portal}'.`,
            ),
          });
        }
      }
      return out;
    },
  },
];

/**
 * How NET-10 accepts a PD website: Tabanan 12(2), Prabumulih 21(2) "sub domain atau menginduk pada
 * portal" (anyOf: subdomain, under-portal); where the regulation is silent, both (advisory).
 */
function portalWays(terms: Terms | null): string[] {
  return terms?.anyOf ?? terms?.allOf ?? ["subdomain", "under-portal"];
}

/**
 * Where a site is relative to the portal: its host is the portal's (the domain, or www. of it)
 * with a path under it ("under-portal"), without one (the portal itself), a subdomain, or outside.
 */
export function placeOnPortal(
  host: string,
  path: string | null,
  portal: string,
): "portal" | "under-portal" | "subdomain" | "outside" {
  const h = host.toLowerCase().replace(/\.$/, "");
  const p = portal.toLowerCase().replace(/\.$/, "");
  if (h === p || h === `www.${p}`) return path && path !== "/" ? "under-portal" : "portal";
  return underDomain(h, p) ? "subdomain" : "outside";
}
