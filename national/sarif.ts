/**
 * The national SARIF: one run, every region's findings at their inventory field, fingerprinted.
 * The run lists each rule its results name, with the obligation's help across every regulation
 * (GitHub code scanning requires `tool.driver.rules`); an exempt finding carries a suppression.
 */
import { posix } from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRunBuilder } from "node-sarif-builder";
import { ruleDescriptor } from "../cli/format-sarif";
import { PACK_VERSION } from "../policies/pack";
import { FINGERPRINT_KEY } from "../review/fingerprint";
import type { NationalResult } from "./result";

export function nationalSarif(result: NationalResult): string {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "spbe-check",
    toolDriverVersion: PACK_VERSION,
  });
  const names = new Set(result.regions.flatMap((r) => (r.findings ?? []).map((f) => f.rule)));
  // Regions of every regulation share the run: the help lists each regulation's article.
  for (const name of [...names].sort()) run.addRule(ruleDescriptor(name, undefined, "id", undefined));
  for (const r of result.regions) {
    const dir = result.directory.includes(", ") ? "" : result.directory;
    for (const f of r.findings ?? []) {
      const file = f.location?.file ?? r.file;
      const b = new SarifResultBuilder().initSimple({
        level: f.status === "exempt" ? "note" : f.enforcement === "mandatory" ? "error" : "warning",
        messageText: `${r.key}: ${f.message}${f.citation ? ` (${f.citation})` : ""}`,
        ruleId: f.rule,
        fileUri: dir ? posix.join(dir, file) : file,
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
