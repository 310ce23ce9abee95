/**
 * The cost of the offline check, per resource, against its floor. For each size (1k, 3k, 10k
 * resources by default): the full check in a fresh process, stage by stage, then the floor (bare
 * registration of the same resources under the SDK's mocks) in another fresh process. Prints a
 * table and the JSON, and records them in `bench/results/latest.json` under `check`.
 *
 *   npx tsx bench/check.ts [--sizes 1k,3k,10k] [--seed S] [--runtime default|lean] [--heap-mb N]
 *
 * `--runtime lean` runs both the full check and the floor without the stack-trace work no result
 * depends on (see lean-runtime.ts), as `spbe check --all` workers do; the default measures
 * `spbe check` as bin/spbe.js runs it. `--heap-mb N` caps V8's old space in both children: the
 * heap a check retains is small (about 115 MB at 3k resources after a full GC), its peak RSS is
 * garbage V8 has not yet collected, and the cap trades CPU for it.
 *
 * Heavy: run it once, not in a loop, on a machine others share.
 */
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { LEAN_RUNTIME, runChild } from "./child";
import { table, targets, sizeFigures, type SizeFigures } from "./figures";
import { DEFAULT_AS_OF, DEFAULT_OUT, DEFAULT_SEED } from "./generate";
import type { RegionSpec } from "./generator/region";
import { loadCalibration, predictResources, sizeFor } from "./generator/sizing";
import { writeRegion } from "./generator/write";
import { gitCommit, machine } from "./machine";
import type { FloorMeasurement } from "./measure-floor";
import type { FullMeasurement } from "./measure-full";
import { updateResults } from "./results-file";

function parseSize(label: string): number {
  const m = /^(\d+)(k?)$/.exec(label);
  if (!m) throw new Error(`--sizes: '${label}' is not a size such as 1k or 500`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "1k,3k,10k" },
      seed: { type: "string", default: DEFAULT_SEED },
      runtime: { type: "string", default: "default" },
      "heap-mb": { type: "string" },
    },
    strict: true,
  });
  const runtime = values.runtime;
  if (runtime !== "default" && runtime !== "lean")
    throw new Error(`--runtime: expected default or lean, got '${runtime}'`);
  // Both children run the same way: the floor and the full check always share their settings.
  const heap = values["heap-mb"];
  if (heap !== undefined && !/^[1-9]\d*$/.test(heap))
    throw new Error(`--heap-mb: expected a positive integer, got '${heap}'`);
  const preload = [
    ...(heap ? [`--max-old-space-size=${heap}`] : []),
    ...(runtime === "lean" ? LEAN_RUNTIME : []),
  ];
  const calibration = loadCalibration();
  const results: SizeFigures[] = [];
  for (const label of values.sizes.split(",")) {
    const target = parseSize(label);
    const kind = target >= 3000 ? "provinsi" : "kota";
    const spec: RegionSpec = {
      key: `bench-${label}`,
      name: `${kind === "provinsi" ? "Provinsi" : "Kota"} Bench ${label}`,
      kind,
      regulation: "tangerang",
      seed: values.seed,
      asOf: DEFAULT_AS_OF,
      ...sizeFor(calibration, target, kind),
    };
    const written = writeRegion(DEFAULT_OUT, spec);
    const capture = join(DEFAULT_OUT, `${spec.key}.floor.json`);
    process.stderr.write(
      `${label}: ${spec.agencies} agencies, ${spec.applications} applications (predicted ${predictResources(calibration, spec.agencies, spec.applications)} resources); full check…\n`,
    );
    const full = await runChild<FullMeasurement>(join(__dirname, "measure-full.ts"), [
      written.yamlPath,
      capture,
    ]);
    if (!existsSync(capture)) throw new Error(`${label}: the full run wrote no capture ${capture}`);
    process.stderr.write(
      `${label}: ${full.resources} resources, full ${Math.round(full.totalMs)} ms; floor…\n`,
    );
    const floor = await runChild<FloorMeasurement>(join(__dirname, "measure-floor.ts"), [capture], preload);
    results.push(sizeFigures(label, full, floor));
  }
  const goals = targets(results);
  const record = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    // What else ran: on a shared machine wall time includes waiting for a core.
    loadAverageAtEnd: loadavg(),
    runtime,
    heapMb: heap ?? null,
    sizes: results,
    targets: goals,
  };
  process.stdout.write(`${table(results, goals)}\n\n${JSON.stringify(record, null, 2)}\n`);
  updateResults("check", record);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`bench/check: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
