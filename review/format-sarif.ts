/**
 * SARIF 2.1.0 for GitHub code scanning, built with node-sarif-builder. Each result points at the
 * inventory field to change; it carries the finding's stable fingerprint (`partialFingerprints`),
 * against a base its `baselineState`, and an exemption as a `suppressions` entry (kind external:
 * the pack config, with its reason and approver). Each rule carries its help from the obligation's
 * data and links to that obligation in the project's docs. An input error (malformed inventory,
 * missing lock) is a result of its own rule at the error's position.
 */
import { relative } from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import type { Result } from "sarif";
import { PACK_VERSION } from "../policies/pack";
import type { Rule } from "../policies/rule";
import { RULES } from "../policies/rules";
import { FINGERPRINT_KEY, fingerprint } from "./fingerprint";
import { INPUT_RULE, asOutcome, type CheckOutcome } from "./outcome";
import { ruleHelp } from "./rule-help";
import type { CheckReport, Finding } from "../offline/findings";
import type { Lang } from "./format-labels";

const uri = (file: string): string => relative(process.cwd(), file).replace(/\\/g, "/");

export interface SarifOptions {
  /** The obligations page (review/docs.ts); no link without one. */
  docsUrl?: string | undefined;
}

function region(line: number, column: number): Partial<Parameters<SarifResultBuilder["initSimple"]>[0]> {
  // One character at the position: the builder's default end would precede the start.
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 };
}

function findingResult(f: Finding, inventory: string): Result {
  const b = new SarifResultBuilder().initSimple({
    level: f.status === "exempt" ? "note" : f.enforcement === "mandatory" ? "error" : "warning",
    messageText: f.citation ? `${f.message} (${f.citation})` : f.message,
    ruleId: f.rule,
    fileUri: uri(f.location?.file ?? inventory),
    // Code scanning needs a full region: a finding with no inventory position is on the file.
    ...region(f.location?.line ?? 1, f.location?.column ?? 1),
  });
  const r = b.result;
  r.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  if (f.baselineState) r.baselineState = f.baselineState;
  if (f.exemption) {
    const e = f.exemption;
    r.suppressions = [
      {
        kind: "external",
        status: "accepted",
        justification: `${e.reason} (approved by ${e.approvedBy}${e.until && e.until !== "-" ? `, until ${e.until}` : ""})`,
      },
    ];
  }
  r.properties = {
    obligation: f.obligation,
    enforcement: f.enforcement,
    ...(f.path ? { inventoryPath: f.path } : {}),
    resources: f.resources,
  };
  return r;
}

/** A finding of the base the head no longer has (SARIF: kind pass, level none, absent). */
function absentResult(f: Finding, inventory: string): Result {
  // Its position was in the base's version of the file, not the head's: on the file, with the
  // base position kept as a property.
  const r = findingResult({ ...f, exemption: null, location: null }, inventory);
  r.kind = "pass";
  r.level = "none";
  r.baselineState = "absent";
  if (f.location)
    r.properties = { ...r.properties, baseLocation: { line: f.location.line, column: f.location.column } };
  return r;
}

/**
 * GitHub code scanning reads `problem.severity` as one of error, warning or recommendation
 * (its "supported SARIF output file properties"); the rule's own severity stays in `severity`.
 */
const PROBLEM_SEVERITY: Record<Rule["severity"], "error" | "warning" | "recommendation"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "recommendation",
};

/** A rule of the run with its help from the obligation's data (also the national SARIF's). */
export function ruleDescriptor(
  name: string,
  regulation: string | undefined,
  lang: Lang,
  docsUrl: string | undefined,
): SarifRuleBuilder {
  const b = new SarifRuleBuilder().initSimple({ ruleId: name, shortDescriptionText: name });
  const rule = RULES.find((r) => r.name === name);
  if (!rule) {
    // Not a rule of this pack version (e.g. a result file from another version): say so.
    const text =
      lang === "en"
        ? `${name}: not a rule of spbe ${PACK_VERSION}`
        : `${name}: bukan aturan spbe ${PACK_VERSION}`;
    b.rule.fullDescription = { text };
    b.rule.help = { text };
    return b;
  }
  const help = ruleHelp(rule, regulation, lang, docsUrl);
  b.rule.shortDescription = { text: help.short };
  b.rule.fullDescription = { text: help.full };
  b.rule.help = { text: help.text, markdown: help.markdown };
  if (help.uri) b.rule.helpUri = help.uri;
  b.rule.properties = {
    tags: ["spbe", rule.obligation],
    "problem.severity": PROBLEM_SEVERITY[rule.severity],
    severity: rule.severity,
  };
  return b;
}

const INPUT_HELP = {
  id: {
    short: "Inventaris tidak dapat diperiksa (kesalahan masukan)",
    full: "Inventaris atau lock-nya tidak dapat dibaca atau tidak sesuai skema inventaris; tidak ada aturan yang dievaluasi.",
    help: "Perbaiki masukan pada posisi yang ditunjuk (pesan menyebut jalur dan apa yang salah), lalu jalankan spbe check lagi.",
  },
  en: {
    short: "The inventory could not be checked (input error)",
    full: "The inventory or its lock could not be read or does not match the inventory schema; no rule was evaluated.",
    help: "Fix the input at the position shown (the message names the path and what is wrong), then run spbe check again.",
  },
} as const;

/** The rule of input errors (a malformed inventory, a missing lock, a region not checked). */
export function inputErrorRule(lang: Lang): SarifRuleBuilder {
  const t = INPUT_HELP[lang];
  const b = new SarifRuleBuilder().initSimple({ ruleId: INPUT_RULE, shortDescriptionText: t.short });
  b.rule.fullDescription = { text: t.full };
  b.rule.help = { text: t.help };
  b.rule.properties = { tags: ["spbe"], "problem.severity": "error" };
  return b;
}

export function formatSarif(
  given: CheckOutcome | CheckReport,
  lang: Lang,
  opts: SarifOptions & { inventory?: string } = {},
): string {
  const outcome = asOutcome(given, opts.inventory);
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "spbe-check",
    toolDriverVersion: PACK_VERSION,
    ...(opts.docsUrl ? { url: opts.docsUrl } : {}),
  });
  const findings = outcome.report?.findings ?? [];
  const regulation = outcome.report?.regulation;
  const fixed = outcome.change?.findings.fixed ?? [];
  for (const name of [...new Set([...findings, ...fixed].map((f) => f.rule))].sort())
    run.addRule(ruleDescriptor(name, regulation, lang, opts.docsUrl));
  if (outcome.errors.length > 0) run.addRule(inputErrorRule(lang));
  for (const f of findings) run.run.results?.push(findingResult(f, outcome.inventory));
  for (const f of fixed) run.run.results?.push(absentResult(f, outcome.inventory));
  for (const e of outcome.errors) {
    const b = new SarifResultBuilder().initSimple({
      level: "error",
      messageText: e.path ? `${e.path}: ${e.message}` : e.message,
      ruleId: INPUT_RULE,
      fileUri: uri(e.file),
      ...region(e.line, e.column),
    });
    b.result.partialFingerprints = {
      [FINGERPRINT_KEY]: fingerprint(outcome.region, INPUT_RULE, `${e.path}|${e.text?.en ?? e.message}`),
    };
    // The message in both languages (the text above is in the run's --lang).
    if (e.text) b.result.properties = { message: e.text };
    run.addResult(b);
  }
  const sarif = new SarifBuilder();
  sarif.addRun(run);
  return `${sarif.buildSarifJsonString({ indent: true })}\n`;
}
