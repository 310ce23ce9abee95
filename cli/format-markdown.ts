/** `--format markdown`: a pull-request summary (GitHub job summary or PR comment). */
import type { CheckReport } from "./findings";
import { LABELS, groups, parts, regionTitle, where, type Lang } from "./format-labels";

/** Table cells may not hold a pipe or a newline. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function formatMarkdown(report: CheckReport, lang: Lang): string {
  const L = LABELS[lang];
  const s = report.summary;
  const icon = s.mandatory > 0 ? "❌" : "✅";
  const out = [
    `## ${icon} spbe check: ${regionTitle(report)}`,
    "",
    `**${s.mandatory > 0 ? L.verdictFail : L.verdictPass}**`,
    "",
    `| ${L.mandatory} | ${L.advisory} | ${L.exempt} | ${L.resources} |`,
    "| ---: | ---: | ---: | ---: |",
    `| ${s.mandatory} | ${s.advisory} | ${s.exempt} | ${s.resources} |`,
  ];
  for (const { group, findings } of groups(report)) {
    if (findings.length === 0) continue;
    const body = [
      `| ID | ${L.message} | ${L.basis} | ${L.remedy} | ${L.where} |`,
      "| --- | --- | --- | --- | --- |",
      ...findings.map((f) => {
        const p = parts(f.message);
        return `| ${f.obligation || "-"} | ${cell(p.text)} | ${cell(f.citation || "-")} | ${cell(p.remedy || "-")} | \`${cell(where(f))}\` |`;
      }),
    ];
    // Advice and exemptions fold away; what blocks the merge stays open.
    if (group === "mandatory") out.push("", `### ${L[group]} (${findings.length})`, "", ...body);
    else
      out.push(
        "",
        `<details><summary>${L[group]} (${findings.length})</summary>`,
        "",
        ...body,
        "",
        "</details>",
      );
  }
  if (report.findings.length === 0) out.push("", L.noFindings);
  return `${out.join("\n")}\n`;
}
