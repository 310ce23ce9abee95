/**
 * The compliance matrix: every obligation ID × this region's citation × its status, computed
 * from the pack's rule metadata and the findings of the same evaluation `spbe check` runs. The
 * matrix never judges anything itself; a status is only a summary of what the rules found.
 */
import { decodeMessage } from "../policies/message";
import { OBLIGATIONS, requiredBy } from "../policies/obligations";
import { citation, shortCitation, type RegulationKey } from "../policies/regulations";
import type { CheckFinding, CheckResult, MatrixRow, MatrixStatus, Text } from "./model";

/** What the matrix needs to know of a rule. */
export interface RuleRef {
  name: string;
  obligation: string;
  /** resource / stack rules look at the resources; evidence rules at the inventory's paper trail. */
  kind: "resource" | "stack" | "evidence";
}

/**
 * Parts of an obligation no rule can see, whatever the rules find: the auditor needs the document
 * (the SOP's contents, an up-time figure, how priorities were set, …).
 */
export const EVIDENCE_NEEDED: Readonly<Record<string, Text>> = {
  "DC-04": { id: "isi SOP (empat cakupan) perlu bukti", en: "the SOP's contents (four items) need evidence" },
  "DC-07": { id: "jaminan up-time perlu bukti", en: "the up-time guarantee needs evidence" },
  "NET-09": {
    id: "penetapan berdasarkan skala prioritas perlu bukti",
    en: "setting by priority needs evidence",
  },
  "SPL-03": {
    id: "kepatuhan isi standar interoperabilitas perlu bukti",
    en: "meeting the standard's content needs evidence",
  },
  "SEC-06": { id: "perbaikan berkala perlu bukti", en: "the periodic fixes need evidence" },
  "BK-04": {
    id: "isi manual backup dan restore perlu bukti",
    en: "the backup and restore manual's contents need evidence",
  },
};

/**
 * Obligations the components always meet from any well-formed inventory (the tenant boundary,
 * the gateway's authentication, no service around the edge, the data's classification): the
 * rules still check the resources, so a hand-written one that breaks them is found.
 */
export const BY_CONSTRUCTION: ReadonlySet<string> = new Set(["NET-01", "DC-10", "SEC-01", "SEC-03"]);

function basisOf(id: string, rules: readonly RuleRef[]): MatrixRow["basis"] {
  const own = rules.filter((r) => r.obligation === id);
  if (own.length === 0) return "evidence-needed";
  if (BY_CONSTRUCTION.has(id)) return "construction";
  if (own.some((r) => r.kind === "resource" || r.kind === "stack")) return "resources";
  return "evidence";
}

export const BASIS_TEXT: Record<MatrixRow["basis"], Text> = {
  resources: { id: "diperiksa pada sumber daya", en: "checked on resources" },
  evidence: {
    id: "bukti diperiksa (catatan inventaris; dokumennya ditunjukkan kepada auditor)",
    en: "evidence checked (the inventory's record; the document is shown to the auditor)",
  },
  construction: {
    id: "dipenuhi oleh konstruksi toolkit; sumber daya buatan tangan tetap diperiksa",
    en: "established by the toolkit's construction; hand-written resources are checked too",
  },
  "evidence-needed": {
    id: "perlu bukti: tidak dapat diperiksa dari yang dilihat toolkit",
    en: "evidence needed: not checkable from what the toolkit sees",
  },
};

/** The status with how it was reached: "Terpenuhi (diperiksa pada sumber daya)", never a bare pass. */
export function verdictText(r: Pick<MatrixRow, "status" | "basis" | "obligation">): Text {
  const s = STATUS_TEXT[r.status];
  if (r.status !== "pass" && r.status !== "advisory" && r.status !== "violation") return s;
  const b = BASIS_TEXT[r.basis];
  const more = EVIDENCE_NEEDED[r.obligation];
  return {
    id: `${s.id} (${b.id}${more ? `; ${more.id}` : ""})`,
    en: `${s.en} (${b.en}${more ? `; ${more.en}` : ""})`,
  };
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
      basis: basisOf(o.id, rules),
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
  unchecked: { id: "Perlu bukti", en: "Evidence needed" },
};
