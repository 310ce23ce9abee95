/** The national SARIF: one run, every region's findings at their inventory field, fingerprinted. */
import { posix } from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRunBuilder } from "node-sarif-builder";
import { PACK_VERSION } from "../policies/pack";
import { FINGERPRINT_KEY } from "../review/fingerprint";
import type { NationalResult } from "./result";

export function nationalSarif(result: NationalResult): string {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: "spbe-check",
    toolDriverVersion: PACK_VERSION,
  });
  for (const r of result.regions) {
    const dir = result.directory.includes(", ") ? "" : result.directory;
    for (const f of r.findings ?? []) {
      const file = f.location?.file ?? r.file;
      const b = new SarifResultBuilder().initSimple({
        level: f.status === "exempt" ? "note" : f.enforcement === "mandatory" ? "error" : "warning",
        messageText: `${r.key}: ${f.message}${f.citation ? ` (${f.citation})` : ""}`,
        ruleId: f.rule,
        fileUri: dir ? posix.join(dir, file) : file,
        ...(f.location
          ? {
              startLine: f.location.line,
              startColumn: f.location.column,
              endLine: f.location.line,
              endColumn: f.location.column + 1,
            }
          : {}),
      });
      b.result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
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
