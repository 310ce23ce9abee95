/**
 * The `spbe check` JSON contract (issue 4, item 6) and how engine diagnostics become findings.
 * Other tools read this shape: keep it stable (fields are only ever added).
 *
 * One finding per cause: diagnostics of one rule about the same inventory field with the same
 * text (a Deployment, its Service and its volume all placed by `applications[3].placement.site`)
 * are one finding listing every resource, so a reviewer sees one note on the line to change.
 */
import type { SourceLocation } from "../inventory";
import type { PackConfig } from "../policies/config";
import { decodeMessage, type DecodedMessage } from "../policies/message";
import { enforcementFor } from "../policies/policy";
import { basis } from "../policies/message";
import { citation, type RegulationKey } from "../policies/regulations";
import { RULES } from "../policies/rules";
import { fixPath, type ValueAt } from "../review/fields";
import { fingerprint, stablePath } from "../review/fingerprint";
import type { AnalyzableResource, Diagnostic } from "./analyze";

export interface Finding {
  rule: string;
  obligation: string;
  enforcement: "mandatory" | "advisory";
  severity: string;
  status: "violation" | "exempt";
  /** The (first) resource the finding is about. */
  resource: { type: string; name: string; urn: string };
  /** Every resource with this cause, by URN (`resource.urn` first). */
  resources: string[];
  message: string;
  citation: string;
  /** Inventory path of the field to change (`gateway.kind`); null when no inventory element is named. */
  path: string | null;
  location: { file: string; line: number; column: number } | null;
  /** Stable identity: region, rule and path (else URN); never the line (review/fingerprint.ts). */
  fingerprint: string;
  /** The exemption that accepts this finding (status "exempt"), as the pack config gives it. */
  exemption: { reason: string; approvedBy: string; until: string } | null;
  /** Against a base (`--base`): whether the base had this finding too. */
  baselineState?: "new" | "unchanged";
}

export interface CheckReport {
  region: string;
  regulation: string;
  findings: Finding[];
  summary: { mandatory: number; advisory: number; exempt: number; resources: number };
}

export interface FindingContext {
  regulation: RegulationKey;
  config: PackConfig;
  lang: "id" | "en";
  resources: AnalyzableResource[];
  /** Inventory path → position (the loader's `locate`). */
  locate: (path: string) => SourceLocation | null;
  /** Inventory path → value, to choose the field to change and stable ids (absent: none). */
  valueAt?: ValueAt;
}

const ORDER = { mandatory: 0, advisory: 1 } as const;
const NONE: ValueAt = () => undefined;

export function toFinding(
  d: Diagnostic,
  ctx: FindingContext,
  byUrn: Map<string, AnalyzableResource>,
  region = "",
): Finding {
  const rule = RULES.find((r) => r.name === d.policyName);
  const m = decode(d.message, rule?.obligation);
  const stack = ctx.resources.find((r) => r.type === "pulumi:pulumi:Stack");
  const res = byUrn.get(d.urn) ?? stack;
  const source = m.source ?? (res ? sourceAnnotation(res) : null);
  const valueAt = ctx.valueAt ?? NONE;
  const path = fixPath(d.policyName, source, valueAt);
  const loc = path ? ctx.locate(path) : null;
  // An exempt finding arrives downgraded to advisory (so it never blocks the engine); the report
  // shows the enforcement the rule would have had.
  const level = m.exempt && rule ? enforcementFor(rule, ctx.config) : d.enforcementLevel;
  const known = m.obligation !== "PACK";
  const resource = res
    ? { type: res.type, name: res.name, urn: res.urn }
    : { type: "", name: "", urn: d.urn };
  return {
    rule: d.policyName,
    obligation: known ? m.obligation : "",
    enforcement: level === "mandatory" ? "mandatory" : "advisory",
    severity: d.severity ?? "medium",
    status: m.exempt ? "exempt" : "violation",
    resource,
    resources: resource.urn ? [resource.urn] : [],
    message: ctx.lang === "en" ? m.en : m.id,
    citation: known
      ? (citation(m.obligation, ctx.regulation) ?? basis(m.obligation, ctx.regulation)[ctx.lang])
      : "",
    path,
    location: loc ? { file: loc.file, line: loc.line, column: loc.column } : null,
    // The field and the element reported (several elements may share one field to change).
    fingerprint: fingerprint(
      region,
      d.policyName,
      path ? `${stablePath(path, valueAt)}|${stablePath(source ?? "", valueAt)}` : resource.urn,
    ),
    exemption: m.exempt,
  };
}

/**
 * Our own messages decode; one the library wrote itself (a rule that could not run on an unknown
 * value during preview) is reported as it stands, under the rule's obligation.
 */
function decode(message: string, obligation: string | undefined): DecodedMessage {
  try {
    return decodeMessage(message);
  } catch {
    return { obligation: obligation ?? "PACK", id: message, en: message, source: null, exempt: null };
  }
}

function sourceAnnotation(r: AnalyzableResource): string | null {
  const md = r.inputs.metadata as { annotations?: Record<string, unknown> } | undefined;
  const v = md?.annotations?.["spbe.go.id/source"];
  if (typeof v === "string") return v;
  const labels = r.inputs.labels;
  if (Array.isArray(labels)) {
    const l = (labels as Array<{ label?: string; value?: string }>).find(
      (x) => x?.label === "spbe.go.id/source",
    );
    if (l?.value) return l.value;
  }
  return null;
}

/**
 * Findings with the same rule, field, status and text become one, listing every resource. Two
 * different findings left with the same fingerprint (one field, two texts) are told apart by
 * their resource, then by their order, so every fingerprint in a report is unique.
 */
export function mergeDuplicates(findings: Finding[]): Finding[] {
  const byCause = new Map<string, Finding>();
  for (const f of findings) {
    const key = [f.rule, f.path ?? f.resource.urn, f.status, f.enforcement, f.message].join("\u0000");
    const kept = byCause.get(key);
    if (!kept) byCause.set(key, { ...f, resources: [...f.resources] });
    else for (const u of f.resources) if (!kept.resources.includes(u)) kept.resources.push(u);
  }
  return [...byCause.values()];
}

/** Gives each of two findings that share a fingerprint its own (after sorting: deterministic). */
function uniqueFingerprints(merged: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of merged) seen.set(f.fingerprint, (seen.get(f.fingerprint) ?? 0) + 1);
  const used = new Set<string>();
  for (const f of merged) {
    if ((seen.get(f.fingerprint) ?? 0) < 2) continue;
    let id = fingerprint(f.fingerprint, "", f.resource.urn);
    for (let n = 2; used.has(id); n++) id = fingerprint(f.fingerprint, String(n), f.resource.urn);
    used.add(id);
    f.fingerprint = id;
  }
}

export function buildReport(region: string, diagnostics: Diagnostic[], ctx: FindingContext): CheckReport {
  const byUrn = new Map(ctx.resources.map((r) => [r.urn, r]));
  const findings = mergeDuplicates(diagnostics.map((d) => toFinding(d, ctx, byUrn, region)));
  findings.sort(
    (a, b) =>
      ORDER[a.enforcement] - ORDER[b.enforcement] ||
      a.status.localeCompare(b.status) * -1 ||
      a.obligation.localeCompare(b.obligation) ||
      a.rule.localeCompare(b.rule) ||
      a.resource.urn.localeCompare(b.resource.urn) ||
      a.message.localeCompare(b.message),
  );
  uniqueFingerprints(findings);
  return { region, regulation: ctx.regulation, findings, summary: summarize(findings, ctx.resources.length) };
}

export function summarize(findings: Finding[], resources: number): CheckReport["summary"] {
  const count = (f: (x: Finding) => boolean) => findings.filter(f).length;
  return {
    mandatory: count((f) => f.status === "violation" && f.enforcement === "mandatory"),
    advisory: count((f) => f.status === "violation" && f.enforcement === "advisory"),
    exempt: count((f) => f.status === "exempt"),
    resources,
  };
}
