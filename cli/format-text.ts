/** `--format text`: findings grouped by enforcement, each with its location and citation. */
import type { CheckReport } from "./findings";
import { LABELS, groups, parts, regionTitle, where, type Lang } from "./format-labels";

export function formatText(report: CheckReport, lang: Lang): string {
  const L = LABELS[lang];
  const s = report.summary;
  const lines = [
    `spbe check ${regionTitle(report)}: ${s.mandatory} ${L.mandatory.toLowerCase()}, ${s.advisory} ${L.advisory.toLowerCase()}, ${s.exempt} ${L.exempt.toLowerCase()}; ${s.resources} ${L.resources}`,
  ];
  for (const { group, findings } of groups(report)) {
    if (findings.length === 0) continue;
    lines.push("", `${L[group].toUpperCase()} (${findings.length})`);
    for (const f of findings) {
      lines.push(`  ${f.obligation || "-"}  ${f.rule}  ${where(f)}`);
      const p = parts(f.message);
      lines.push(`    ${p.text}`);
      if (f.citation) lines.push(`    ${L.basis}: ${f.citation}`);
      if (p.remedy) lines.push(`    ${L.remedy}: ${p.remedy}`);
    }
  }
  if (report.findings.length === 0) lines.push("", L.noFindings);
  lines.push("", s.mandatory > 0 ? L.verdictFail : L.verdictPass);
  return `${lines.join("\n")}\n`;
}
