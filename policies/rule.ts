/**
 * Rules as data: each names its obligation, severity, remedy and a pure `check` over resource
 * views (what the engine hands a policy, normalised across Kubernetes and Docker). `toPolicy`
 * (policy.ts) turns one into a @pulumi/policy policy; tests may also call `check` directly.
 */
import type { Severity } from "@pulumi/policy";
import { ANNOTATION, EVIDENCE_CONFIGMAP, EVIDENCE_KEY, LABEL, type Evidence } from "../inventory/facts";
import type { RegulationKey } from "./regulations";
import type { Defaults } from "./defaults";

export interface Text {
  id: string;
  en: string;
}

/**
 * A text that may be worded for the governing regulation: its own words (policies/terms.ts
 * `word`), whether it has the PD Mandiri TIK category, the actors and issuers its terms name.
 * Called with null where no regulation is configured: the wording must then assume nothing a
 * regulation may lack.
 */
export type Wording = Text | ((ctx: RuleContext | null) => Text);

/** The text of a wording under `ctx` (null = no regulation configured). */
export function resolveWording(w: Wording, ctx: RuleContext | null): Text {
  return typeof w === "function" ? w(ctx) : w;
}

export interface Violation {
  message: Text;
  /** Stack rules: the resource the finding is about (absent = the stack). */
  urn?: string;
  /** Inventory path the finding is about (`applications[3]`), when the resource does not carry it. */
  source?: string;
  /** The rule could not decide (it threw, or no regulation is configured): mandatory, never exempt. */
  failClosed?: boolean;
  /**
   * The finding rests only on a toolkit default where the regulation explicitly sets no term
   * (an age limit where it says "no interval"): reported as advisory, never mandatory.
   */
  advisoryOnly?: boolean;
}

export interface RuleContext {
  regulation: RegulationKey;
  /** YYYY-MM-DD */
  today: string;
  /** The toolkit's defaults with the pack config's overrides; absent = policies/defaults.ts. */
  defaults?: Defaults;
}

/** A resource as a rule sees it: type, name, URN, raw props, and its spbe labels/annotations. */
export interface View {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  /** Kubernetes kind from the type token (`Namespace`), or the Docker resource (`container`). */
  kind: string;
  namespace: string | undefined;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  parentUrn: string | undefined;
}

interface RuleBase {
  /** Obligation ID, e.g. "DC-01". */
  obligation: string;
  /** `spbe-<id>-<slug>`, unique in the pack. */
  name: string;
  severity: Severity;
  /** Inventory path a finding points at when neither it nor its resource names one (`security.audits`). */
  section?: string;
  /** Neutral: true of every regulation (it must not assume a category one of them lacks). */
  description: Text;
  /** The remedy, in the governing regulation's words where they differ between regulations. */
  remediation: Wording;
}

export interface ResourceRule extends RuleBase {
  kind: "resource";
  check(r: View, ctx: RuleContext): Violation[];
}

export interface StackRule extends RuleBase {
  kind: "stack";
  check(resources: View[], ctx: RuleContext): Violation[];
}

/**
 * Reads the `spbe-evidence` ConfigMap; a stack without one is itself a finding. `resources`
 * gives the views of every resource of the stack, built on first call: most evidence rules read
 * the paper trail only, and building ~1,000 views for each of them was most of their cost.
 */
export interface EvidenceRule extends RuleBase {
  kind: "evidence";
  check(evidence: Evidence, ctx: RuleContext, resources: () => View[]): Violation[];
}

export type Rule = ResourceRule | StackRule | EvidenceRule;

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    // Docker: labels are [{ label, value }]; the components put annotations there too.
    for (const e of v as Array<Record<string, unknown>>) {
      if (e && typeof e.label === "string" && typeof e.value === "string") out[e.label] = e.value;
    }
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  }
  return out;
}

/** `kubernetes:gateway.networking.k8s.io/v1:HTTPRoute` → HTTPRoute; `docker:index/container:Container` → Container. */
export function kindOf(type: string): string {
  const parts = type.split(":");
  return parts[parts.length - 1] ?? type;
}

/**
 * A view whose labels, annotations and namespace are read from the props on first use: most
 * rules look at a few kinds only, and every read goes through the engine's unknown-checking
 * proxy, so reading them for every resource for every rule is the pack's main own cost.
 */
export function makeView(r: {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  parentUrn?: string | undefined;
}): View {
  const props = r.props ?? {};
  const isK8s = r.type.startsWith("kubernetes:");
  const metadata = () =>
    isK8s ? ((props.metadata ?? undefined) as Record<string, unknown> | undefined) : undefined;
  let labels: Record<string, string> | undefined;
  let annotations: Record<string, string> | undefined;
  let namespace: { value: string | undefined } | undefined;
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    props,
    kind: kindOf(r.type),
    parentUrn: r.parentUrn,
    get labels() {
      labels ??= isK8s ? stringRecord(metadata()?.labels) : stringRecord(props.labels);
      return labels;
    },
    get annotations() {
      // Docker has no annotations: the components put them among the labels.
      annotations ??= isK8s ? stringRecord(metadata()?.annotations) : this.labels;
      return annotations;
    },
    get namespace() {
      if (!namespace) {
        const ns = metadata()?.namespace;
        namespace = { value: typeof ns === "string" ? ns : undefined };
      }
      return namespace.value;
    },
  };
}

/** The Kubernetes object name (metadata.name), else the Pulumi name. */
export function objectName(v: View): string {
  const md = v.props.metadata as Record<string, unknown> | undefined;
  return typeof md?.name === "string" ? md.name : v.name;
}

export const role = (v: View): string | undefined => v.labels[LABEL.role];
export const sourceOf = (v: View): string | undefined => v.annotations[ANNOTATION.source];

export function isEvidenceConfigMap(v: View): boolean {
  return v.kind === "ConfigMap" && (objectName(v) === EVIDENCE_CONFIGMAP || role(v) === "evidence");
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

// The evidence text last parsed and its record. Every evidence rule and several stack rules of
// one stack run read the same ConfigMap, so it is parsed once per run; the record is frozen, as
// the rules only read it and one rule must not change what the next one sees.
let lastParsed: { raw: string; evidence: Evidence } | undefined;

function parseEvidence(raw: string): Evidence {
  if (lastParsed?.raw !== raw) lastParsed = { raw, evidence: deepFreeze(JSON.parse(raw) as Evidence) };
  return lastParsed.evidence;
}

function evidenceIn(cm: View): { evidence: Evidence; view: View } {
  const data = cm.props.data as Record<string, unknown> | undefined;
  const raw = data?.[EVIDENCE_KEY];
  if (typeof raw !== "string")
    throw new Error(`ConfigMap ${EVIDENCE_CONFIGMAP} has no data["${EVIDENCE_KEY}"]`);
  return { evidence: parseEvidence(raw), view: cm };
}

/** The parsed evidence record, null when the stack has no evidence ConfigMap; throws if unreadable. */
export function findEvidence(views: View[]): { evidence: Evidence; view: View } | null {
  const cm = views.find(isEvidenceConfigMap);
  return cm ? evidenceIn(cm) : null;
}

/**
 * `findEvidence` over the resources a stack policy is given, viewing only the ConfigMaps among
 * them (the same resource is found: the first evidence ConfigMap in stack order).
 */
export function findEvidenceAmong(
  resources: ReadonlyArray<{
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
    parent?: { urn: string } | undefined;
  }>,
): { evidence: Evidence; view: View } | null {
  for (const r of resources) {
    if (kindOf(r.type) !== "ConfigMap") continue;
    const v = makeView({ type: r.type, name: r.name, urn: r.urn, props: r.props, parentUrn: r.parent?.urn });
    if (isEvidenceConfigMap(v)) return evidenceIn(v);
  }
  return null;
}

/** JSON array annotation (consumes, calls, controls); a malformed value is an error. */
export function jsonList(v: View, key: string): string[] {
  const raw = v.annotations[key];
  if (raw === undefined || raw === "") return [];
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed)) throw new Error(`annotation ${key} of ${v.name} is not a JSON array`);
  return parsed.map(String);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same calendar day `years` earlier: the oldest date still fresh. */
export function yearsBefore(today: string, years: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

export function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
