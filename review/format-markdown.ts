/**
 * `--markdown`: a pull-request summary (GitHub job summary or PR comment). Against a base it leads
 * with what the change does (alerts, resources, new and fixed findings); findings are grouped by
 * cause; a region that could not be checked shows its located input errors. Every piece of text
 * goes through the one escaper (review/markdown.ts).
 */
import type { ChangeReport } from "./change";
import { byCause } from "./group";
import { mdCell, mdCode, mdEscape } from "./markdown";
import { asOutcome, type CheckOutcome } from "./outcome";
import type { CheckReport } from "../offline/findings";
import type { ResourceChange } from "./resource-diff";
import type { Finding } from "../offline/findings";
import { LABELS, groups, parts, regionTitle, where, type Lang } from "./format-labels";

type Labels = (typeof LABELS)[Lang];
const MAX_LISTED = 5;
const MAX_ROWS = 200;

function listed(items: string[], L: Labels): string {
  const shown = items.slice(0, MAX_LISTED).map(mdCode).join(", ");
  return items.length > MAX_LISTED ? `${shown} (+${items.length - MAX_LISTED} ${L.more})` : shown || "-";
}

/** One row per cause: rule, count, the first text (+ how many other texts), basis, fix, where, who. */
function findingTable(findings: Finding[], L: Labels): string[] {
  const rows = byCause(findings).map((g) => {
    const first = g.findings[0] as Finding;
    const p = parts(first.message);
    const texts = new Set(g.findings.map((f) => parts(f.message).text)).size;
    const text = texts > 1 ? `${mdEscape(p.text)} (+${texts - 1} ${L.more})` : mdEscape(p.text);
    const count = g.findings.length > 1 ? ` ×${g.findings.length}` : "";
    const at = first.location ? `${g.cause} (${where(first)})` : g.cause;
    return `| ${mdCell(g.obligation || "-")}${count} | ${text} | ${mdCell(first.citation)} | ${mdCell(p.remedy)} | ${mdCode(at)} | ${listed(g.resources, L)} |`;
  });
  const cut = rows.length > MAX_ROWS ? [`| … | +${rows.length - MAX_ROWS} ${L.more} | | | | |`] : [];
  return [
    `| ID | ${L.message} | ${L.basis} | ${L.remedy} | ${L.where} | ${L.affected} |`,
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.slice(0, MAX_ROWS),
    ...cut,
  ];
}

const folded = (summary: string, body: string[], open = false): string[] => [
  "",
  `<details${open ? " open" : ""}><summary>${summary}</summary>`,
  "",
  ...body,
  "",
  "</details>",
];

/** `kubernetes:velero.io/v1:Schedule` + name → `Schedule pd-x-schedule` (the URN is in the JSON). */
const short = (r: ResourceChange): string => `${r.type.split(":").pop() ?? r.type} ${r.name}`;

function marks(r: ResourceChange, L: Labels): string {
  return [r.replaced ? L.replaced : "", r.protected ? L.protectedMark : ""].filter(Boolean).join(", ");
}

/**
 * Resources changed the same way are one row (one `operator:` relabels two hundred resources):
 * the fields with their before → after, how many resources, and which.
 */
function changedRows(list: ResourceChange[], L: Labels): string[] {
  const groups = new Map<string, ResourceChange[]>();
  for (const r of list) {
    const key = JSON.stringify([r.replaced, r.fields]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.values()].slice(0, MAX_ROWS).map((rs) => {
    const first = rs[0] as ResourceChange;
    const fields = first.fields
      .slice(0, 12)
      .map((f) => `${mdCode(f.path)}: ${mdCode(f.before || "∅")} → ${mdCode(f.after || "∅")}`)
      .join("<br>");
    const more = first.fields.length > 12 ? `<br>(+${first.fields.length - 12} ${L.more})` : "";
    const who = rs.map((r) => (marks(r, L) ? `${short(r)} (**${marks(r, L)}**)` : short(r)));
    return `| ${rs.length} | ${listed(who, L)} | ${fields}${more} |`;
  });
  if (groups.size > MAX_ROWS) rows.push(`| | +${groups.size - MAX_ROWS} ${L.more} | |`);
  return [`| # | ${L.resource} | ${L.fields} |`, "| ---: | --- | --- |", ...rows];
}

function resourceList(list: ResourceChange[], L: Labels): string[] {
  const rows = list
    .slice(0, MAX_ROWS)
    .map((r) => `| ${mdCode(r.urn)} | ${marks(r, L) ? `**${mdEscape(marks(r, L))}**` : "-"} |`);
  if (list.length > MAX_ROWS) rows.push(`| +${list.length - MAX_ROWS} ${L.more} | |`);
  return ["| URN | |", "| --- | --- |", ...rows];
}

function changeSection(c: ChangeReport, L: Labels, lang: Lang): string[] {
  const r = c.resources;
  const out = [
    "",
    `### ${L.change} (${L.against} ${mdCode(c.base.ref)} ${mdCode(c.base.commit.slice(0, 12))})`,
  ];
  if (c.alerts.length > 0)
    out.push("", "> [!CAUTION]", ...c.alerts.map((a) => `> - **${mdEscape(a[lang])}**`));
  if (c.newRegion) out.push("", L.newRegion);
  out.push(
    "",
    `| ${L.added} | ${L.changed} | ${L.removed} | ${L.newFindings} | ${L.fixedFindings} | ${L.unchangedFindings} |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${r.added.length} | ${r.changed.length} | ${r.removed.length} | ${c.findings.new.length} | ${c.findings.fixed.length} | ${c.findings.unchanged.length} |`,
  );
  if (c.baseErrors.length > 0)
    out.push(
      "",
      `**${L.baseNotChecked}:**`,
      "",
      ...c.baseErrors.map((e) => `- ${mdEscape(e.path || "(root)")}: ${mdEscape(e.message)}`),
    );
  if (r.changed.length > 0)
    out.push("", `#### ${L.changed} (${r.changed.length})`, "", ...changedRows(r.changed, L));
  if (r.added.length > 0) out.push(...folded(`${L.added} (${r.added.length})`, resourceList(r.added, L)));
  if (r.removed.length > 0)
    out.push("", `#### ${L.removed} (${r.removed.length})`, "", ...resourceList(r.removed, L));
  if (r.added.length + r.changed.length + r.removed.length === 0) out.push("", L.noResourceChange);
  if (c.findings.new.length > 0)
    out.push("", `#### ${L.newFindings} (${c.findings.new.length})`, "", ...findingTable(c.findings.new, L));
  if (c.findings.fixed.length > 0)
    out.push(...folded(`${L.fixedFindings} (${c.findings.fixed.length})`, findingTable(c.findings.fixed, L)));
  return out;
}

function errorSection(outcome: CheckOutcome, L: Labels): string[] {
  return [
    "",
    `### ${L.inputErrors} (${outcome.errors.length})`,
    "",
    `| ${L.where} | ${L.path} | ${L.error} |`,
    "| --- | --- | --- |",
    ...outcome.errors.map(
      (e) =>
        `| ${mdCode(`${e.file}:${e.line}:${e.column}`)} | ${mdCell(e.path || "(root)")} | ${mdCell(e.message)} |`,
    ),
  ];
}

export function formatMarkdown(given: CheckOutcome | CheckReport, lang: Lang): string {
  const outcome = asOutcome(given);
  const L = LABELS[lang];
  const report = outcome.report;
  if (!report) {
    const out = [`## ❌ spbe check: ${mdEscape(outcome.region)}`, "", `**${L.notChecked}**`];
    out.push(...errorSection(outcome, L));
    return `${out.join("\n")}\n`;
  }
  const s = report.summary;
  const icon = s.mandatory > 0 ? "❌" : "✅";
  const out = [
    `## ${icon} spbe check: ${mdEscape(regionTitle(report))}`,
    "",
    `**${s.mandatory > 0 ? L.verdictFail : L.verdictPass}**`,
    "",
    `| ${L.mandatory} | ${L.advisory} | ${L.exempt} | ${L.resources} |`,
    "| ---: | ---: | ---: | ---: |",
    `| ${s.mandatory} | ${s.advisory} | ${s.exempt} | ${s.resources} |`,
  ];
  if (outcome.change) out.push(...changeSection(outcome.change, L, lang));
  for (const { group, findings } of groups(report)) {
    if (findings.length === 0) continue;
    const body = findingTable(findings, L);
    // What blocks the merge stays open unless a base shows it all again under "new findings".
    const title = `${L[group]} (${findings.length})`;
    if (group === "mandatory" && !outcome.change) out.push("", `### ${title}`, "", ...body);
    else out.push(...folded(title, body));
  }
  if (report.findings.length === 0) out.push("", L.noFindings);
  return `${out.join("\n")}\n`;
}
