/** Selections over resource views shared by the area rule files. */
import type { Evidence } from "../../inventory/facts";
import { LABEL, ROLE } from "../../inventory/facts";
import { findEvidence, objectName, role, type Text, type View } from "../rule";

export const t = (id: string, en: string): Text => ({ id, en });

/** Evidence when the stack carries it; a stack rule can still run on labels alone without it. */
export function evidenceOf(views: View[]): Evidence | null {
  return findEvidence(views)?.evidence ?? null;
}

/** The dinas id: from the evidence, else the agency label of the dinas namespace. */
export function dinasIdOf(views: View[], ev: Evidence | null): string | undefined {
  if (ev) return ev.dinas.id;
  const ns = views.find((v) => v.kind === "Namespace" && role(v) === ROLE.dinasNamespace);
  return ns?.labels[LABEL.agency];
}

/** Namespace name → owner agency, for namespaces labelled as an agency's. */
export function agencyNamespaces(views: View[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of views) {
    if (v.kind !== "Namespace" || role(v) !== ROLE.agencyNamespace) continue;
    out.set(objectName(v), v.labels[LABEL.agency] ?? objectName(v));
  }
  return out;
}

/** Owner agency of a namespaced object, by its namespace's label. */
export function ownerOf(v: View, nsOwners: Map<string, string>): string | undefined {
  return v.labels[LABEL.agency] ?? (v.namespace ? nsOwners.get(v.namespace) : undefined);
}

export const withRole = (views: View[], r: string): View[] => views.filter((v) => role(v) === r);

/** "Deployment simpeg (bkpsdm/simpeg)" for messages. */
export function describe(v: View): string {
  const ns = v.namespace ? `${v.namespace}/` : "";
  return `${v.kind} '${ns}${objectName(v)}'`;
}

/** True when `host` is the portal domain or under it. */
export function underDomain(host: string, portal: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  const p = portal.toLowerCase().replace(/\.$/, "");
  return h === p || h.endsWith(`.${p}`);
}

export function isAgencyOperator(operator: string, dinasId: string | undefined): boolean {
  return operator !== dinasId && operator !== "pdn" && !operator.startsWith("provider");
}

/** A Kubernetes label selector (matchLabels, matchExpressions) against a label set; absent = all. */
export function matchesSelector(selector: unknown, labels: Record<string, string>): boolean {
  if (!selector || typeof selector !== "object") return true;
  const sel = selector as {
    matchLabels?: Record<string, string>;
    matchExpressions?: Array<Record<string, unknown>>;
  };
  const byLabels = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpr = (sel.matchExpressions ?? []).every((e) => {
    const key = String(e.key ?? "");
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    if (e.operator === "In") return values.includes(labels[key] ?? "");
    if (e.operator === "NotIn") return !values.includes(labels[key] ?? "");
    if (e.operator === "Exists") return key in labels;
    if (e.operator === "DoesNotExist") return !(key in labels);
    return false;
  });
  return byLabels && byExpr;
}

export const NAME_LABEL = "kubernetes.io/metadata.name";

/** A namespace's labels as a namespaceSelector sees them: its own plus its name. */
export type SelectorLabels = (ns: View) => Record<string, string>;

/**
 * `SelectorLabels` built once per namespace and kept, for one check: a region's NetworkPolicies ×
 * peers × namespaces would otherwise read every namespace's name through the engine's proxy
 * again for every peer. The first build of each reads what the direct form reads, when it does.
 */
export function selectorLabels(): SelectorLabels {
  const kept = new Map<View, Record<string, string>>();
  return (ns) => {
    let labels = kept.get(ns);
    if (!labels) kept.set(ns, (labels = { ...ns.labels, [NAME_LABEL]: objectName(ns) }));
    return labels;
  };
}

/** Namespaces a NetworkPolicy peer's namespaceSelector matches (matchLabels, and `In` expressions). */
export function selectedNamespaces(
  selector: unknown,
  namespaces: View[],
  labelsOf: SelectorLabels = selectorLabels(),
): View[] {
  if (!selector || typeof selector !== "object") return [];
  return namespaces.filter((ns) => matchesSelector(selector, labelsOf(ns)));
}

/**
 * The edge as the Gateway API shows it (Envoy Gateway; Ingress is not used). An HTTPRoute is
 * served on the listeners it attaches to: those of its parent Gateways (`parentRefs`, in the
 * route's namespace unless named), the one its `sectionName` names or all of them.
 */
type Rec = Record<string, unknown>;
const recs = (x: unknown): Rec[] =>
  Array.isArray(x) ? (x.filter((e) => e && typeof e === "object") as Rec[]) : [];
const specOf = (v: View): Rec => (v.props.spec ?? {}) as Rec;

export interface ServedListener {
  gateway: View;
  listener: Rec;
}

/** Listeners of the stack's Gateways a route attaches to; empty when its parents are not in the stack. */
export function listenersOf(route: View, views: View[]): ServedListener[] {
  const gateways = views.filter((v) => v.kind === "Gateway");
  const out: ServedListener[] = [];
  for (const ref of recs(specOf(route).parentRefs)) {
    if ((ref.kind ?? "Gateway") !== "Gateway") continue;
    const ns = typeof ref.namespace === "string" ? ref.namespace : route.namespace;
    const gw = gateways.find((g) => objectName(g) === ref.name && g.namespace === ns);
    if (!gw) continue;
    for (const l of recs(specOf(gw).listeners)) {
      if (ref.sectionName === undefined || l.name === ref.sectionName) out.push({ gateway: gw, listener: l });
    }
  }
  return out;
}

/** A listener terminating TLS with a certificate. */
export function listenerHasTls(l: Rec): boolean {
  const tls = (l.tls ?? {}) as Rec;
  return l.protocol === "HTTPS" && recs(tls.certificateRefs).length > 0;
}

/**
 * Why an HTTPRoute is not served over TLS, or null when it is: attached to no Gateway in the
 * stack, or to a listener (one it names, or any of the Gateway's) that is not HTTPS with a certificate.
 */
export function routeWithoutTls(route: View, views: View[]): Text | null {
  const served = listenersOf(route, views);
  if (served.length === 0) {
    return t("tidak terpasang pada Gateway mana pun di stack ini", "is attached to no Gateway of this stack");
  }
  const plain = served.filter((s) => !listenerHasTls(s.listener));
  if (plain.length === 0) return null;
  const names = plain.map((s) => `${objectName(s.gateway)}/${String(s.listener.name)}`).join(", ");
  return t(`dilayani listener tanpa TLS: ${names}`, `is served on listeners without TLS: ${names}`);
}

/** Host names an edge object serves: an HTTPRoute's hostnames, a Gateway's listener hostnames. */
export function servedHosts(v: View): string[] {
  if (v.kind === "HTTPRoute")
    return (Array.isArray(specOf(v).hostnames) ? (specOf(v).hostnames as unknown[]) : []).filter(
      (h): h is string => typeof h === "string",
    );
  if (v.kind === "Gateway")
    return recs(specOf(v).listeners)
      .map((l) => l.hostname)
      .filter((h): h is string => typeof h === "string");
  return [];
}

/** Namespaces an HTTPRoute's backendRefs point at (each in the route's own namespace unless named). */
export function backendNamespaces(route: View): string[] {
  const out = new Set<string>();
  for (const rule of recs(specOf(route).rules)) {
    for (const b of recs(rule.backendRefs)) {
      const ns = typeof b.namespace === "string" ? b.namespace : route.namespace;
      if (ns) out.add(ns);
    }
  }
  return [...out].sort();
}

/** A Gateway's listeners. */
export function gatewayListeners(gateway: View): Rec[] {
  return recs(specOf(gateway).listeners);
}

/**
 * HTTPRoutes that carry one agency's traffic straight to another agency's Services, around the
 * Sistem Penghubung Layanan: a route in an agency's namespace (not one of the gateway's own
 * routes) with a backend in another agency's namespace. Each with the other owners it reaches.
 */
export function routesAroundGateway(views: View[]): Array<{ route: View; owner: string; others: string[] }> {
  const owners = agencyNamespaces(views);
  const out: Array<{ route: View; owner: string; others: string[] }> = [];
  for (const v of views) {
    if (v.kind !== "HTTPRoute" || role(v) === ROLE.gatewayRoute) continue;
    const owner = owners.get(v.namespace ?? "");
    if (!owner) continue;
    const others = [
      ...new Set(
        backendNamespaces(v).flatMap((ns) =>
          owners.has(ns) && owners.get(ns) !== owner ? [owners.get(ns)!] : [],
        ),
      ),
    ];
    if (others.length > 0) out.push({ route: v, owner, others: others.sort() });
  }
  return out;
}

/** An HTTPRoute served only on the internet edge's Gateways (public sites, not gateway services). */
export function servedOnlyOnEdge(route: View, views: View[]): boolean {
  const served = listenersOf(route, views);
  return served.length > 0 && served.every((s) => role(s.gateway) === ROLE.edge);
}
