/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning, built with node-sarif-builder. Each
 * result points at the inventory line of the element it is about; one without a location points
 * at the inventory file itself.
 */
import { relative } from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import { obligation } from "../policies/obligations";
import { POLICY_DOCS_URL } from "../policies/policy";
import { PACK_VERSION } from "../policies/pack";
import type { CheckReport } from "./findings";
import type { Lang } from "./format-labels";

const uri = (file: string): string => relative(process.cwd(), file).replace(/\\/g, "/");

export function formatSarif(report: CheckReport, lang: Lang, inventoryFile: string): string {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "spbe-check",
    toolDriverVersion: PACK_VERSION,
    url: POLICY_DOCS_URL,
  });
  const seen = new Set<string>();
  for (const f of report.findings) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    const title = f.obligation ? obligation(f.obligation).title[lang] : f.rule;
    run.addRule(
      new SarifRuleBuilder().initSimple({
        ruleId: f.rule,
        shortDescriptionText: f.obligation ? `[${f.obligation}] ${title}` : title,
        helpUri: `${POLICY_DOCS_URL}#${(f.obligation || "exemptions").toLowerCase()}`,
      }),
    );
  }
  for (const f of report.findings) {
    const init: Parameters<SarifResultBuilder["initSimple"]>[0] = {
      level: f.status === "exempt" ? "note" : f.enforcement === "mandatory" ? "error" : "warning",
      messageText: f.citation ? `${f.message} (${f.citation})` : f.message,
      ruleId: f.rule,
      fileUri: uri(f.location?.file ?? inventoryFile),
    };
    if (f.location) {
      // One character at the element's position: the builder's default end would precede the start.
      init.startLine = f.location.line;
      init.startColumn = f.location.column;
      init.endLine = f.location.line;
      init.endColumn = f.location.column + 1;
    }
    run.addResult(new SarifResultBuilder().initSimple(init));
  }
  const sarif = new SarifBuilder();
  sarif.addRun(run);
  return `${sarif.buildSarifJsonString({ indent: true })}\n`;
}
