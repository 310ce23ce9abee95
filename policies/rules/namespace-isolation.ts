/**
 * Namespace isolation as the resources show it, for every namespace of the stack and in both
 * directions: a namespace is isolated for a direction when a NetworkPolicy in it selects every
 * pod, names that direction in its policyTypes and allows nothing; and no policy in it opens that
 * direction to everything (a rule with no peers, or a peer selecting every address or every pod
 * of the cluster, on every port). Pure: the DC-10 rule calls it for the tenants' namespaces (the
 * agencies' and the dinas'), NET-07 for the others.
 */
import { LABEL, ROLE } from "../../inventory/facts";
import { objectName, role, type Text, type View, type Violation } from "../rule";

export type Direction = "ingress" | "egress";

const DIRECTIONS: Direction[] = ["ingress", "egress"];
const POLICY_TYPE: Record<Direction, string> = { ingress: "Ingress", egress: "Egress" };
const PEERS: Record<Direction, string> = { ingress: "from", egress: "to" };
const WORD: Record<Direction, Text> = {
  ingress: { id: "masuk", en: "ingress" },
  egress: { id: "keluar", en: "egress" },
};

export interface IsolationGap {
  namespace: View;
  /** Directions no default-deny policy closes. */
  missing: Direction[];
  /** Policies that open a direction to everything. */
  opened: Array<{ policy: View; direction: Direction }>;
}

type Spec = Record<string, unknown>;
const specOf = (v: View): Spec => (v.props.spec ?? {}) as Spec;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** An empty selector (`{}`, or one whose matchLabels and matchExpressions are empty) selects everything. */
function selectsAll(selector: unknown): boolean {
  if (selector === undefined || selector === null) return true;
  if (typeof selector !== "object") return false;
  return Object.values(selector as Record<string, unknown>).every(
    (x) =>
      x === undefined ||
      (Array.isArray(x)
        ? x.length === 0
        : typeof x === "object" && x !== null && Object.keys(x).length === 0),
  );
}

/** The directions a policy applies to: its policyTypes, or as the API server defaults them. */
function typesOf(spec: Spec): string[] {
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.map(String);
  return list(spec.egress).length > 0 ? ["Ingress", "Egress"] : ["Ingress"];
}

export function deniesByDefault(policy: View, direction: Direction): boolean {
  if (policy.kind !== "NetworkPolicy") return false;
  const spec = specOf(policy);
  return (
    selectsAll(spec.podSelector) &&
    typesOf(spec).includes(POLICY_TYPE[direction]) &&
    list(spec[direction]).length === 0
  );
}

/** A peer that stands for every address, or every pod of every namespace. */
function everyone(peer: unknown): boolean {
  if (!peer || typeof peer !== "object") return false;
  const p = peer as Record<string, unknown>;
  const block = p.ipBlock as { cidr?: unknown; except?: unknown } | undefined;
  if (block) return /\/0$/.test(String(block.cidr ?? "")) && list(block.except).length === 0;
  return "namespaceSelector" in p && selectsAll(p.namespaceSelector) && selectsAll(p.podSelector);
}

export function opensToEveryone(policy: View, direction: Direction): boolean {
  if (policy.kind !== "NetworkPolicy" || !typesOf(specOf(policy)).includes(POLICY_TYPE[direction]))
    return false;
  return list(specOf(policy)[direction]).some((r) => {
    const rule = (r ?? {}) as Record<string, unknown>;
    if (list(rule.ports).length > 0) return false;
    const peers = list(rule[PEERS[direction]]);
    return peers.length === 0 || peers.some(everyone);
  });
}

/** Every namespace `include` selects whose isolation has a gap, with the gap. */
export function namespaceIsolation(views: View[], include: (ns: View) => boolean): IsolationGap[] {
  const policies = new Map<string, View[]>();
  for (const v of views) {
    if (v.kind !== "NetworkPolicy" || !v.namespace) continue;
    policies.set(v.namespace, [...(policies.get(v.namespace) ?? []), v]);
  }
  const out: IsolationGap[] = [];
  for (const ns of views) {
    if (ns.kind !== "Namespace" || !include(ns)) continue;
    const own = policies.get(objectName(ns)) ?? [];
    const missing = DIRECTIONS.filter((d) => !own.some((p) => deniesByDefault(p, d)));
    const opened = DIRECTIONS.flatMap((d) =>
      own.filter((p) => opensToEveryone(p, d)).map((policy) => ({ policy, direction: d })),
    );
    if (missing.length > 0 || opened.length > 0) out.push({ namespace: ns, missing, opened });
  }
  return out;
}

/** The agencies' and the dinas' namespaces: where the tenants' workloads run. */
export function isTenantNamespace(ns: View): boolean {
  const r = role(ns);
  return r === ROLE.agencyNamespace || r === ROLE.dinasNamespace;
}

const words = (ds: Direction[], lang: "id" | "en") =>
  ds.map((d) => WORD[d][lang]).join(lang === "id" ? " dan " : " and ");

/** The gaps as findings: one per namespace lacking default deny, one per policy opening it to everything. */
export function isolationViolations(views: View[], include: (ns: View) => boolean): Violation[] {
  const out: Violation[] = [];
  for (const gap of namespaceIsolation(views, include)) {
    const name = objectName(gap.namespace);
    const owner = gap.namespace.labels[LABEL.agency] ?? "?";
    if (gap.missing.length > 0) {
      const types = gap.missing.map((d) => POLICY_TYPE[d]).join(", ");
      out.push({
        urn: gap.namespace.urn,
        message: {
          id: `Namespace '${name}' (${owner}) tidak ditutup secara bawaan untuk lalu lintas ${words(gap.missing, "id")}: tidak ada NetworkPolicy default-deny (${types}).`,
          en: `Namespace '${name}' (${owner}) is not closed by default for ${words(gap.missing, "en")} traffic: no default-deny NetworkPolicy (${types}).`,
        },
      });
    }
    for (const { policy, direction } of gap.opened) {
      out.push({
        urn: policy.urn,
        message: {
          id: `NetworkPolicy '${name}/${objectName(policy)}' membuka lalu lintas ${WORD[direction].id} namespace '${name}' (${owner}) untuk semua alamat dan port.`,
          en: `NetworkPolicy '${name}/${objectName(policy)}' opens ${WORD[direction].en} traffic of namespace '${name}' (${owner}) to every address and port.`,
        },
      });
    }
  }
  return out;
}
