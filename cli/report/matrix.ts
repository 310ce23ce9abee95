/**
 * The compliance matrix: every obligation ID × this region's citation × its status, computed
 * from the pack's rule metadata and the findings of the same evaluation `spbe check` runs. The
 * matrix never judges anything itself; a status is only a summary of what the rules found.
 */
import { decodeMessage } from "../../policies/message";
import { OBLIGATIONS, requiredBy } from "../../policies/obligations";
import { citation, shortCitation, type RegulationKey } from "../../policies/regulations";
import type { CheckFinding, CheckResult, MatrixRow, MatrixStatus, Text } from "./model";

/** What the matrix needs to know of a rule. */
export interface RuleRef {
  name: string;
  obligation: string;
}

function located(f: CheckFinding): string | null {
  return f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : null;
}

/** The finding's text in both languages; a message this pack did not write is shown as it is. */
export function findingText(message: string): Text {
  try {
    const d = decodeMessage(message);
    return { id: d.id, en: d.en };
  } catch {
    return { id: message, en: message };
  }
}

/** Both languages of a finding: the English run's message where there is one, else the encoded pair. */
export function textOf(f: CheckFinding): Text {
  const t = findingText(f.message);
  return f.messageEn === undefined ? t : { id: t.id, en: findingText(f.messageEn).en };
}

function exemptionOf(f: CheckFinding): { reason: string; approvedBy: string; until: string } {
  if (f.exemption) return f.exemption;
  try {
    const e = decodeMessage(f.message).exempt;
    if (e) return e;
  } catch {
    // fall through: an exemption we cannot read is still shown, with what is missing said
  }
  return { reason: "(alasan tidak terbaca / reason unreadable)", approvedBy: "-", until: "-" };
}

function statusOf(findings: CheckFinding[], cited: boolean, checked: boolean): MatrixStatus {
  const open = findings.filter((f) => f.status === "violation");
  if (open.some((f) => f.enforcement === "mandatory")) return "violation";
  if (open.length > 0) return "advisory";
  if (findings.length > 0) return "exempt";
  if (!checked) return "unchecked";
  return cited ? "pass" : "not-applicable";
}

/**
 * One row per obligation of OBLIGATIONS, in its order. `rules` is the pack's rule list: an
 * obligation no rule checks is `unchecked`, never `pass`.
 */
export function buildMatrix(
  check: CheckResult,
  regulation: RegulationKey,
  rules: readonly RuleRef[],
): MatrixRow[] {
  return OBLIGATIONS.map((o) => {
    const findings = check.findings.filter((f) => f.obligation === o.id);
    const own = citation(o.id, regulation);
    const ruleNames = rules.filter((r) => r.obligation === o.id).map((r) => r.name);
    return {
      obligation: o.id,
      area: o.area,
      title: o.title,
      citation: own,
      requiredBy: own
        ? []
        : requiredBy(o.id)
            .map((k) => shortCitation(o.id, k))
            .filter((c): c is string => c !== null),
      status: statusOf(findings, own !== null, ruleNames.length > 0),
      rules: ruleNames,
      findings: findings
        .filter((f) => f.status === "violation")
        .map((f) => ({
          rule: f.rule,
          resource: f.resource.name,
          message: textOf(f),
          location: located(f),
        })),
      exemptions: findings
        .filter((f) => f.status === "exempt")
        .map((f) => ({ resource: f.resource.name, ...exemptionOf(f) })),
    };
  });
}

/** Findings that belong to no obligation (e.g. the pack's review of its own exemptions). */
export function otherFindings(check: CheckResult): CheckFinding[] {
  const ids = new Set(OBLIGATIONS.map((o) => o.id));
  return check.findings.filter((f) => !ids.has(f.obligation));
}

export const STATUS_TEXT: Record<MatrixStatus, Text> = {
  pass: { id: "Terpenuhi", en: "Pass" },
  violation: { id: "Pelanggaran", en: "Violation" },
  advisory: { id: "Anjuran", en: "Advisory" },
  exempt: { id: "Dikecualikan", en: "Exempt" },
  "not-applicable": { id: "Tidak diatur", en: "Not applicable" },
  unchecked: { id: "Belum diperiksa", en: "Not checked" },
};
