/**
 * The national SARIF: one run, every region's findings at their inventory field, fingerprinted.
 * The run lists each rule its results name, with the obligation's help across every regulation
 * (GitHub code scanning requires `tool.driver.rules`); an exempt finding carries a suppression.
 * A region that could not be checked is an input-error result on its file, so the national SARIF
 * does not read as clean for it.
 */
import { posix } from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRunBuilder } from "node-sarif-builder";
import { inputErrorRule, ruleDescriptor } from "../review/format-sarif";
import { PACK_VERSION } from "../policies/pack";
import { FINGERPRINT_KEY, fingerprint } from "../review/fingerprint";
import { INPUT_RULE } from "../review/outcome";
import type { NationalResult } from "./result";

export function nationalSarif(result: NationalResult): string {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "spbe-check",
    toolDriverVersion: PACK_VERSION,
  });
  const names = new Set(result.regions.flatMap((r) => (r.findings ?? []).map((f) => f.rule)));
  // Regions of every regulation share the run: the help lists each regulation's article.
  for (const name of [...names].sort()) run.addRule(ruleDescriptor(name, undefined, "id", undefined));
  const failed = result.regions.filter((r) => r.exit === 2 && r.error);
  if (failed.length > 0) run.addRule(inputErrorRule("id"));
  const dir = result.directory.includes(", ") ? "" : result.directory;
  const uri = (file: string) => (dir ? posix.join(dir, file) : file);
  for (const r of failed) {
    const b = new SarifResultBuilder().initSimple({
      level: "error",
      messageText: `${r.key}: ${r.error}`,
      ruleId: INPUT_RULE,
      fileUri: uri(r.file),
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 2,
    });
    b.result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(r.key, INPUT_RULE, r.error!) };
    b.result.properties = { region: r.key };
    run.addResult(b);
  }
  for (const r of result.regions) {
    for (const f of r.findings ?? []) {
      const file = f.location?.file ?? r.file;
      const b = new SarifResultBuilder().initSimple({
        level: f.status === "exempt" ? "note" : f.enforcement === "mandatory" ? "error" : "warning",
        messageText: `${r.key}: ${f.message}${f.citation ? ` (${f.citation})` : ""}`,
        ruleId: f.rule,
        fileUri: uri(file),
        // Code scanning needs a full region: a finding with no inventory position is on the file.
        startLine: f.location?.line ?? 1,
        startColumn: f.location?.column ?? 1,
        endLine: f.location?.line ?? 1,
        endColumn: (f.location?.column ?? 1) + 1,
      });
      b.result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
      // Exempted in the region's pack config (the shard result keeps the status, not the reason).
      if (f.status === "exempt") b.result.suppressions = [{ kind: "external", status: "accepted" }];
      b.result.properties = {
        region: r.key,
        obligation: f.obligation,
        ...(f.path ? { inventoryPath: f.path } : {}),
      };
      run.addResult(b);
    }
  }
  const sarif = new SarifBuilder();
  sarif.addRun(run);
  return `${sarif.buildSarifJsonString({ indent: true })}\n`;
}
