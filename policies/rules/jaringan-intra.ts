/** Jaringan Intra (WAN/LAN) as the resources show it: NET-01, NET-02, NET-07, NET-10. */
import { LABEL, ROLE } from "../../inventory/facts";
import { objectName, type Rule, type Violation } from "../rule";
import {
  agencyNamespaces,
  describe,
  dinasIdOf,
  evidenceOf,
  isAgencyOperator,
  t,
  underDomain,
  withRole,
} from "./select";

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
    remediation: t(
      "Gunakan Service ClusterIP dan ekspos aplikasi melalui edge (Ingress) dan Sistem Penghubung Layanan.",
      "Use a ClusterIP Service and expose the app through the edge (Ingress) and the gateway.",
    ),
    check(views) {
      const owners = agencyNamespaces(views);
      return views.flatMap((v): Violation[] => {
        if (v.kind !== "Service" || !v.namespace || !owners.has(v.namespace)) return [];
        const type = ((v.props.spec ?? {}) as Record<string, unknown>).type;
        if (type !== "LoadBalancer" && type !== "NodePort") return [];
        return [
          {
            urn: v.urn,
            message: t(
              `${describe(v)} milik '${owners.get(v.namespace)}' bertipe ${type}, melewati edge dan gateway Jaringan Intra.`,
              `${describe(v)} of '${owners.get(v.namespace)}' is of type ${type}, bypassing the Jaringan Intra's edge and gateway.`,
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
    remediation: t(
      "Serahkan perangkat edge/WAN kepada Dinas (operator).",
      "Hand the edge/WAN devices over to the Dinas (operator).",
    ),
    check(views) {
      const dinas = dinasIdOf(views, evidenceOf(views));
      return withRole(views, ROLE.edge)
        .filter((v) => v.labels[LABEL.operator] && isAgencyOperator(v.labels[LABEL.operator] ?? "", dinas))
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
    remediation: t(
      "Terapkan kontrol firewall dan ids-ips, dan pasang TLS pada setiap Ingress yang terbuka ke internet.",
      "Apply the firewall and ids-ips controls, and TLS on every internet-facing Ingress.",
    ),
    check(ev, _ctx, resources) {
      const views = resources();
      const out: Violation[] = [];
      const missing = ["firewall", "ids-ips"].filter((c) => !ev.security.controls.includes(c));
      if (missing.length)
        out.push({
          message: t(
            `Perangkat keamanan jaringan belum diterapkan: ${missing.join(", ")}.`,
            `Network security devices missing: ${missing.join(", ")}.`,
          ),
        });
      for (const v of views) {
        if (v.kind !== "Ingress" || v.labels[LABEL.exposure] !== "internet") continue;
        const tls = ((v.props.spec ?? {}) as Record<string, unknown>).tls;
        if (Array.isArray(tls) && tls.length > 0) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} terbuka ke internet tanpa TLS.`,
            `${describe(v)} is internet-facing without TLS.`,
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
    remediation: t(
      "Gunakan subdomain portal Pemerintah Daerah untuk domain aplikasi.",
      "Use a subdomain of the regional portal for the application's domain.",
    ),
    check(ev, _ctx, resources) {
      const views = resources();
      const portal = ev.region.portalDomain;
      const out: Violation[] = [];
      for (const a of ev.applications)
        if (a.domain && !underDomain(a.domain, portal))
          out.push({
            source: a.source,
            message: t(
              `Domain aplikasi '${a.id}' (${a.owner}) adalah '${a.domain}', di luar domain portal '${portal}'.`,
              `The domain of application '${a.id}' (${a.owner}) is '${a.domain}', outside the portal domain '${portal}'.`,
            ),
          });
      const declared = new Set(ev.applications.map((a) => a.domain).filter((d): d is string => !!d));
      for (const v of views) {
        if (v.kind !== "Ingress") continue;
        const rules = ((v.props.spec ?? {}) as Record<string, unknown>).rules;
        for (const r of Array.isArray(rules) ? (rules as Array<Record<string, unknown>>) : []) {
          const host = r?.host;
          if (typeof host !== "string" || underDomain(host, portal) || declared.has(host)) continue;
          out.push({
            urn: v.urn,
            message: t(
              `Ingress '${objectName(v)}' melayani host '${host}', di luar domain portal '${portal}'.`,
              `Ingress '${objectName(v)}' serves host '${host}', outside the portal domain '${portal}'.`,
            ),
          });
        }
      }
      return out;
    },
  },
];
