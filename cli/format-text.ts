/** `--format text`: findings grouped by enforcement, each with its location and citation. */
import type { CheckReport } from "./findings";
import { LABELS, groups, where, type Lang } from "./format-labels";

export function formatText(report: CheckReport, lang: Lang): string {
  const L = LABELS[lang];
  const s = report.summary;
  const lines = [
    `spbe check ${report.region} (${report.regulation}): ${s.mandatory} ${L.mandatory.toLowerCase()}, ${s.advisory} ${L.advisory.toLowerCase()}, ${s.exempt} ${L.exempt.toLowerCase()}; ${s.resources} ${L.resources}`,
  ];
  for (const { group, findings } of groups(report)) {
    if (findings.length === 0) continue;
    lines.push("", `${L[group].toUpperCase()} (${findings.length})`);
    for (const f of findings) {
      lines.push(`  ${f.obligation || "-"}  ${f.rule}  ${where(f)}`);
      lines.push(`    ${f.message}`);
      if (f.citation) lines.push(`    ${L.basis}: ${f.citation}`);
    }
  }
  if (report.findings.length === 0) lines.push("", L.noFindings);
  lines.push("", s.mandatory > 0 ? L.verdictFail : L.verdictPass);
  return `${lines.join("\n")}\n`;
}
