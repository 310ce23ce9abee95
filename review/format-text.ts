/**
 * `--format text`: findings grouped by enforcement, each with its location, the article it rests
 * on (short: "Pasal 19 ayat (4) Perbup Tangerang 41/2023", or why the regulation is silent) and,
 * where the finding rests on a toolkit default rather than the regulation, a note saying so.
 */
import { hasRegulation, shortCitation } from "../policies/regulations";
import { asOutcome, type CheckOutcome } from "./outcome";
import type { CheckReport, Finding } from "../offline/findings";
import { LABELS, groups, parts, regionTitle, where, type Lang } from "./format-labels";

/** What a message carries where it applies a toolkit default (policies/defaults.ts toolkitDefault). */
const TOOLKIT_DEFAULT = /batas bawaan toolkit|the toolkit's default/;

const DEFAULT_NOTE = {
  id: "bersandar pada batas bawaan toolkit, bukan ketentuan regulasi (dapat diatur: defaults)",
  en: "rests on a toolkit default, not on the regulation (configurable: defaults)",
} as const;

/** The article a finding rests on, with the regulation's short name; else the report's basis. */
function basisOf(f: Finding, regulation: string, text: string, lang: Lang): string {
  let own: string | null = null;
  if (f.obligation && hasRegulation(regulation)) {
    try {
      own = shortCitation(f.obligation, regulation);
    } catch {
      own = null; // not an obligation of the catalogue (a pack-level finding): the report's basis
    }
  }
  const basis = own ?? f.citation;
  return TOOLKIT_DEFAULT.test(text) ? `${basis}; ${DEFAULT_NOTE[lang]}` : basis;
}

function changeLines(outcome: CheckOutcome, lang: Lang): string[] {
  const c = outcome.change;
  if (!c) return [];
  const L = LABELS[lang];
  const r = c.resources;
  const lines = [
    "",
    `${L.change.toUpperCase()} (${L.against} ${c.base.ref} ${c.base.commit.slice(0, 12)})`,
    `  ${L.added} ${r.added.length}, ${L.changed} ${r.changed.length}, ${L.removed} ${r.removed.length}; ${L.newFindings} ${c.findings.new.length}, ${L.fixedFindings} ${c.findings.fixed.length}, ${L.unchangedFindings} ${c.findings.unchanged.length}`,
    ...c.alerts.map((a) => `  !! ${a[lang]}`),
  ];
  for (const x of r.changed) {
    lines.push(`  ~ ${x.urn}${x.replaced ? ` (${L.replaced})` : ""}`);
    for (const f of x.fields.slice(0, 12))
      lines.push(`      ${f.path}: ${f.before || "∅"} → ${f.after || "∅"}`);
  }
  for (const x of r.added) lines.push(`  + ${x.urn}`);
  for (const x of r.removed) lines.push(`  - ${x.urn}${x.protected ? ` (${L.protectedMark})` : ""}`);
  return lines;
}

export function formatText(given: CheckOutcome | CheckReport, lang: Lang): string {
  const outcome = asOutcome(given);
  const L = LABELS[lang];
  const report = outcome.report;
  if (!report) {
    const lines = [
      `spbe check ${outcome.region}: ${L.notChecked}`,
      "",
      `${L.inputErrors.toUpperCase()} (${outcome.errors.length})`,
    ];
    for (const e of outcome.errors)
      lines.push(`  ${e.file}:${e.line}:${e.column} ${e.path || "(root)"}: ${e.message}`);
    return `${lines.join("\n")}\n`;
  }
  const s = report.summary;
  const lines = [
    `spbe check ${regionTitle(report)}: ${s.mandatory} ${L.mandatory.toLowerCase()}, ${s.advisory} ${L.advisory.toLowerCase()}, ${s.exempt} ${L.exempt.toLowerCase()}; ${s.resources} ${L.resources}`,
    ...changeLines(outcome, lang),
  ];
  for (const { group, findings } of groups(report)) {
    if (findings.length === 0) continue;
    lines.push("", `${L[group].toUpperCase()} (${findings.length})`);
    for (const f of findings) {
      const state = f.baselineState ? `  [${f.baselineState}]` : "";
      lines.push(`  ${f.obligation || "-"}  ${f.rule}  ${where(f)}${f.path ? `  ${f.path}` : ""}${state}`);
      const p = parts(f.message);
      lines.push(`    ${p.text}`);
      if (f.citation) lines.push(`    ${L.basis}: ${basisOf(f, report.regulation, p.text, lang)}`);
      if (p.remedy) lines.push(`    ${L.remedy}: ${p.remedy}`);
      if (f.resources.length > 1) lines.push(`    ${L.affected}: ${f.resources.length} ${L.resources}`);
    }
  }
  if (report.findings.length === 0) lines.push("", L.noFindings);
  lines.push("", s.mandatory > 0 ? L.verdictFail : L.verdictPass);
  return `${lines.join("\n")}\n`;
}
