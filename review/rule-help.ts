/**
 * A rule's help for SARIF (`shortDescription`, `fullDescription`, `help.text`, `help.markdown`,
 * `helpUri`), from the obligation it checks: its statement, what the rule checks, the article of
 * the region's regulation (or that the regulation is silent and which others require it), the fix,
 * and a link to the obligation in docs/obligations.md.
 */
import { basis } from "../policies/message";
import { obligation } from "../policies/obligations";
import { remedyFor } from "../policies/policy";
import {
  hasRegulation,
  regulation as regulationOf,
  regulationKeys,
  shortCitation,
} from "../policies/regulations";
import type { Rule } from "../policies/rule";
import { obligationUrl } from "./docs";
import { mdEscape } from "./markdown";

export interface RuleHelp {
  short: string;
  full: string;
  text: string;
  markdown: string;
  uri: string | undefined;
}

const L = {
  id: {
    checks: "Yang diperiksa",
    basis: "Dasar",
    fix: "Perbaikan",
    all: "Pasal per regulasi",
    docs: "Dokumentasi",
  },
  en: {
    checks: "What is checked",
    basis: "Basis",
    fix: "Fix",
    all: "Articles by regulation",
    docs: "Documentation",
  },
} as const;

export function ruleHelp(
  rule: Pick<Rule, "obligation" | "description" | "remediation">,
  regulation: string | undefined,
  lang: "id" | "en",
  docs: string | undefined,
): RuleHelp {
  const ob = obligation(rule.obligation);
  const l = L[lang];
  const key = regulation !== undefined && hasRegulation(regulation) ? regulation : undefined;
  const own = basis(rule.obligation, key)[lang];
  const articles = regulationKeys().map((k) => ({
    k,
    c: shortCitation(rule.obligation, k) ?? "—",
  }));
  const uri = obligationUrl(docs, rule.obligation);
  const fix = remedyFor(rule, key)[lang];
  const title = `[${ob.id}] ${ob.title[lang]}`;
  const text = [
    title,
    `${l.checks}: ${rule.description[lang]}.`,
    `${l.basis}: ${own}.`,
    `${l.fix}: ${fix}`,
    ...(uri ? [`${l.docs}: ${uri}`] : []),
  ].join("\n");
  const markdown = [
    `**${mdEscape(title)}**`,
    "",
    `${l.checks}: ${mdEscape(rule.description[lang])}.`,
    "",
    `**${l.basis}:** ${mdEscape(own)}.`,
    "",
    `**${l.fix}:** ${mdEscape(fix)}`,
    "",
    `| ${l.all} | |`,
    "| --- | --- |",
    ...articles.map(({ k, c }) => `| ${mdEscape(regulationOf(k).short)} | ${mdEscape(c)} |`),
    ...(uri ? ["", `[${l.docs}: ${ob.id}](${uri})`] : []),
  ].join("\n");
  return { short: title, full: `${ob.title[lang]}. ${rule.description[lang]}.`, text, markdown, uri };
}
