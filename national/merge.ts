/**
 * `spbe merge`: the shards of a national sweep (or any `check --all --json` results) as one
 * national result: regions united (a region in two inputs is an error, not a double count),
 * totals summed again from the regions, the worst exit, and the obligations most often broken.
 */
import { readFileSync } from "node:fs";
import type { RegionResult } from "../offline/check-all";
import { worstExit } from "../offline/check-all";
import { PACK_VERSION } from "../policies/pack";
import { NATIONAL_FORMAT, type NationalResult } from "./result";

export class MergeError extends Error {
  override name = "MergeError";
}

export function readResult(file: string): NationalResult {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new MergeError(`${file}: not a JSON result (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = data as Partial<NationalResult> | null;
  if (r?.format !== NATIONAL_FORMAT || !Array.isArray(r.regions))
    throw new MergeError(
      `${file}: not a ${NATIONAL_FORMAT} result (write one with spbe check --all <dir> --json <file>)`,
    );
  return r as NationalResult;
}

export interface ObligationCount {
  obligation: string;
  /** Regions with at least one mandatory violation of it. */
  regions: number;
  findings: number;
}

export function brokenObligations(regions: readonly RegionResult[]): ObligationCount[] {
  const by = new Map<string, { regions: Set<string>; findings: number }>();
  for (const r of regions)
    for (const f of r.findings ?? []) {
      if (f.status !== "violation" || f.enforcement !== "mandatory" || !f.obligation) continue;
      const e = by.get(f.obligation) ?? { regions: new Set<string>(), findings: 0 };
      e.regions.add(r.key);
      e.findings++;
      by.set(f.obligation, e);
    }
  return [...by]
    .map(([obligation, e]) => ({ obligation, regions: e.regions.size, findings: e.findings }))
    .sort(
      (a, b) => b.regions - a.regions || b.findings - a.findings || a.obligation.localeCompare(b.obligation),
    );
}

export function mergeResults(
  inputs: ReadonlyArray<{ file: string; result: NationalResult }>,
): NationalResult {
  const seen = new Map<string, string>();
  const regions: RegionResult[] = [];
  for (const { file, result } of inputs)
    for (const r of result.regions) {
      const id = `${result.directory}\u0000${r.file}`;
      const where = seen.get(id) ?? seen.get(`key\u0000${r.key}`);
      if (where) throw new MergeError(`${file}: region '${r.key}' (${r.file}) is also in ${where}`);
      seen.set(id, file);
      seen.set(`key\u0000${r.key}`, file);
      regions.push(r);
    }
  regions.sort((a, b) => a.key.localeCompare(b.key));
  const sum = (k: "resources" | "mandatory" | "advisory" | "exempt" | "ms") =>
    regions.reduce((s, r) => s + r[k], 0);
  const skipped = inputs.reduce((s, i) => s + (i.result.total?.skipped ?? 0), 0);
  const directories = [...new Set(inputs.map((i) => i.result.directory))];
  return {
    format: NATIONAL_FORMAT,
    tool: { name: "spbe-infra", version: PACK_VERSION },
    generated: new Date().toISOString(),
    directory: directories.join(", "),
    shard: null,
    regions,
    total: {
      regions: regions.length,
      resources: sum("resources"),
      mandatory: sum("mandatory"),
      advisory: sum("advisory"),
      exempt: sum("exempt"),
      failed: regions.filter((r) => r.exit === 2).length,
      skipped,
      ms: sum("ms"),
      exit: skipped > 0 ? 2 : worstExit(regions.map((r) => r.exit)),
    },
  };
}
