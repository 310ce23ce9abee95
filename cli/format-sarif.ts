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
import { RULES } from "../policies/rules";
import { FINGERPRINT_KEY, fingerprint } from "../review/fingerprint";
import { INPUT_RULE, asOutcome, type CheckOutcome } from "../review/outcome";
import { ruleHelp } from "../review/rule-help";
import type { CheckReport, Finding } from "./findings";
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
    ...(f.location ? region(f.location.line, f.location.column) : {}),
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
  const r = findingResult({ ...f, exemption: null, location: null }, inventory);
  r.kind = "pass";
  r.level = "none";
  r.baselineState = "absent";
  return r;
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
  const rules = new Set(findings.map((f) => f.rule));
  for (const name of [...rules].sort()) {
    const rule = RULES.find((r) => r.name === name);
    const b = new SarifRuleBuilder().initSimple({ ruleId: name, shortDescriptionText: name });
    if (rule) {
      const help = ruleHelp(rule, regulation, lang, opts.docsUrl);
      b.rule.shortDescription = { text: help.short };
      b.rule.fullDescription = { text: help.full };
      b.rule.help = { text: help.text, markdown: help.markdown };
      if (help.uri) b.rule.helpUri = help.uri;
      b.rule.properties = { tags: ["spbe", rule.obligation], "problem.severity": rule.severity };
    }
    run.addRule(b);
  }
  if (outcome.errors.length > 0) {
    const b = new SarifRuleBuilder().initSimple({
      ruleId: INPUT_RULE,
      shortDescriptionText:
        lang === "en"
          ? "The inventory could not be checked (input error)"
          : "Inventaris tidak dapat diperiksa (kesalahan masukan)",
    });
    run.addRule(b);
  }
  for (const f of findings) run.run.results?.push(findingResult(f, outcome.inventory));
  for (const f of outcome.change?.findings.fixed ?? [])
    run.run.results?.push(absentResult(f, outcome.inventory));
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
