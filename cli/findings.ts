/**
 * The `spbe check` JSON contract (issue 4, item 6) and how engine diagnostics become findings.
 * Other tools read this shape: keep it stable.
 */
import type { SourceLocation } from "../inventory";
import type { PackConfig } from "../policies/config";
import { decodeMessage, type DecodedMessage } from "../policies/message";
import { enforcementFor } from "../policies/policy";
import { basis } from "../policies/message";
import { citation, type RegulationKey } from "../policies/regulations";
import { RULES } from "../policies/rules";
import type { AnalyzableResource, Diagnostic } from "./analyze";

export interface Finding {
  rule: string;
  obligation: string;
  enforcement: "mandatory" | "advisory";
  severity: string;
  status: "violation" | "exempt";
  resource: { type: string; name: string; urn: string };
  message: string;
  citation: string;
  location: { file: string; line: number; column: number } | null;
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
}

const ORDER = { mandatory: 0, advisory: 1 } as const;

export function toFinding(
  d: Diagnostic,
  ctx: FindingContext,
  byUrn: Map<string, AnalyzableResource>,
): Finding {
  const rule = RULES.find((r) => r.name === d.policyName);
  const m = decode(d.message, rule?.obligation);
  const stack = ctx.resources.find((r) => r.type === "pulumi:pulumi:Stack");
  const res = byUrn.get(d.urn) ?? stack;
  const source = m.source ?? (res ? sourceAnnotation(res) : null);
  const loc = source ? ctx.locate(source) : null;
  // An exempt finding arrives downgraded to advisory (so it never blocks the engine); the report
  // shows the enforcement the rule would have had.
  const level = m.exempt && rule ? enforcementFor(rule, ctx.config) : d.enforcementLevel;
  const known = m.obligation !== "PACK";
  return {
    rule: d.policyName,
    obligation: known ? m.obligation : "",
    enforcement: level === "mandatory" ? "mandatory" : "advisory",
    severity: d.severity ?? "medium",
    status: m.exempt ? "exempt" : "violation",
    resource: res ? { type: res.type, name: res.name, urn: res.urn } : { type: "", name: "", urn: d.urn },
    message: ctx.lang === "en" ? m.en : m.id,
    citation: known
      ? (citation(m.obligation, ctx.regulation) ?? basis(m.obligation, ctx.regulation)[ctx.lang])
      : "",
    location: loc ? { file: loc.file, line: loc.line, column: loc.column } : null,
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

export function buildReport(region: string, diagnostics: Diagnostic[], ctx: FindingContext): CheckReport {
  const byUrn = new Map(ctx.resources.map((r) => [r.urn, r]));
  const findings = diagnostics.map((d) => toFinding(d, ctx, byUrn));
  findings.sort(
    (a, b) =>
      ORDER[a.enforcement] - ORDER[b.enforcement] ||
      a.status.localeCompare(b.status) * -1 ||
      a.obligation.localeCompare(b.obligation) ||
      a.rule.localeCompare(b.rule) ||
      a.resource.urn.localeCompare(b.resource.urn) ||
      a.message.localeCompare(b.message),
  );
  const count = (f: (x: Finding) => boolean) => findings.filter(f).length;
  return {
    region,
    regulation: ctx.regulation,
    findings,
    summary: {
      mandatory: count((f) => f.status === "violation" && f.enforcement === "mandatory"),
      advisory: count((f) => f.status === "violation" && f.enforcement === "advisory"),
      exempt: count((f) => f.status === "exempt"),
      resources: ctx.resources.length,
    },
  };
}
