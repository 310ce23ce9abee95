/**
 * Lab results for the report's tests, built as the `LabResult` type `spbe netlab` itself returns
 * (netlab/lab.ts) and written by its own JSON writer (formatMatrixJson): if the lab's result
 * changes shape, these stop compiling rather than drift from it. Observations follow the policy
 * except for the pairs a test flips; a real run is in lab-real.test.ts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LabResult } from "../../netlab/lab";
import { formatMatrixJson } from "../../netlab/matrix";
import type { Cell } from "../../netlab/probe";
import { LAB_RESULT_FORMAT, labModelHash } from "../../netlab/result";
import type { DeviceModel } from "../../plan/devices/types";

export const STARTED_AT = "2026-11-23T01:02:03.456Z";

/** Every pair the lab probes, observed as the policy says except `flip` (`source>target`). */
export function labResultFor(model: DeviceModel, flip: string[] = []): LabResult {
  const cells: Cell[] = Object.keys(model.reach).flatMap((source) =>
    model.targets
      .filter((t) => t.id !== `agency:${source}`)
      .map((t) => {
        const expected = model.reach[source]!.includes(t.id);
        const seen = flip.includes(`${source}>${t.id}`) ? !expected : expected;
        const tcp = t.kind === "interconnect" ? null : seen;
        return { source, target: t.id, expected, icmp: seen, tcp, ok: seen === expected };
      }),
  );
  return {
    format: LAB_RESULT_FORMAT,
    region: model.region,
    modelHash: labModelHash(model),
    startedAt: STARTED_AT,
    mutations: { removeLinks: [], dropRules: [], leaks: [] },
    prefix: "spbe-1-0-",
    routers: model.routers.length,
    namespaces: model.routers.length * 2,
    vlanMode: "8021q",
    converged: true,
    convergeMs: 12_345,
    totalMs: 23_456,
    memory: { processes: 3, rssKb: 1000 },
    cells,
    unexpected: cells.filter((c) => !c.ok),
  };
}

/** Writes `content` (a result, or any text) to a fresh file and returns its path. */
export function labFile(content: LabResult | string): string {
  const file = join(mkdtempSync(join(tmpdir(), "spbe-lab-")), "lab.json");
  writeFileSync(file, typeof content === "string" ? content : formatMatrixJson(content));
  return file;
}
