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
