/**
 * The national sweep: `spbe check --all` over the 552 synthetic regions of `bench/out/national/`
 * (generated first if missing), timed end to end. Prints the per-region lines and the total, and
 * records the figures in `bench/results/latest.json` under `sweep`. Target: under 15 minutes on
 * this 2-core machine.
 *
 *   npx tsx bench/sweep.ts [--jobs N] [--regenerate] [--limit N] [--max-minutes M]
 *
 * `--max-minutes` (or Ctrl-C) stops starting new regions; the figures are then recorded as a
 * partial sweep, with the full sweep's time projected from the inventory bytes checked so far.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkFiles, regionFiles } from "../offline/check-all";
import { DEFAULT_AS_OF, DEFAULT_OUT, DEFAULT_SEED } from "./generate";
import { nationalSpecs } from "./generator/national";
import { loadCalibration } from "./generator/sizing";
import { writeRegion } from "./generator/write";
import { gitCommit, machine } from "./machine";
import { updateResults } from "./results-file";

const TARGET_MINUTES = 15;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      jobs: { type: "string" },
      regenerate: { type: "boolean", default: false },
      limit: { type: "string" },
      "max-minutes": { type: "string" },
      dir: { type: "string", default: join(DEFAULT_OUT, "national") },
    },
    strict: true,
  });
  const dir = values.dir;
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".lock.yaml")).length : 0;
  if (values.regenerate || present < 552) {
    const specs = nationalSpecs(DEFAULT_SEED, DEFAULT_AS_OF, loadCalibration());
    const t = performance.now();
    for (const spec of specs) writeRegion(dir, spec);
    process.stderr.write(
      `generated ${specs.length} regions into ${dir} in ${Math.round(performance.now() - t)} ms\n`,
    );
  }
  let files = regionFiles(dir);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`--limit: expected a positive integer, got '${values.limit}'`);
    files = files.slice(0, limit);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const controller = new AbortController();
  const maxMinutes = values["max-minutes"] === undefined ? undefined : Number(values["max-minutes"]);
  if (maxMinutes !== undefined && !(maxMinutes > 0))
    throw new Error(`--max-minutes: expected a positive number`);
  const timer =
    maxMinutes === undefined ? undefined : setTimeout(() => controller.abort(), maxMinutes * 60_000);
  const onInt = () => controller.abort();
  process.once("SIGINT", onInt);
  const summary = await checkFiles(files, { jobs, signal: controller.signal });
  if (timer) clearTimeout(timer);
  process.off("SIGINT", onInt);
  const bytes = (f: string) => statSync(f).size;
  const checkedFiles = new Set(summary.regions.map((r) => r.file));
  const allBytes = files.reduce((n, f) => n + bytes(f), 0);
  const checkedBytes = files.filter((f) => checkedFiles.has(f)).reduce((n, f) => n + bytes(f), 0);
  const minutes = summary.total.ms / 60_000;
  const slowest = [...summary.regions].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const figures = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    regions: summary.total.regions,
    resources: summary.total.resources,
    notChecked: summary.total.failed,
    skipped: summary.total.skipped,
    /** For a partial sweep: its time scaled by inventory bytes, all files / files checked. */
    projectedTotalMs:
      summary.total.skipped > 0 && checkedBytes > 0 ? (summary.total.ms * allBytes) / checkedBytes : null,
    jobs: jobs ?? availableParallelism(),
    loadAverageAtEnd: loadavg(),
    worstExit: summary.total.exit,
    totalMs: summary.total.ms,
    msPerResource: summary.total.resources > 0 ? summary.total.ms / summary.total.resources : null,
    slowest: slowest.map((r) => ({ key: r.key, resources: r.resources, ms: r.ms })),
    target: {
      what: `all ${files.length} regions in under ${TARGET_MINUTES} minutes`,
      met:
        files.length === 552 && summary.total.skipped === 0
          ? minutes < TARGET_MINUTES && summary.total.failed === 0
          : null,
    },
  };
  if (figures.projectedTotalMs !== null) {
    process.stdout.write(
      `\npartial sweep: ${summary.total.regions}/${files.length} regions; projected full sweep ${(figures.projectedTotalMs / 60_000).toFixed(1)} min\n`,
    );
  }
  process.stdout.write(
    `\nnational sweep: ${summary.total.regions} regions, ${summary.total.resources} resources in ${minutes.toFixed(1)} min` +
      ` (target < ${TARGET_MINUTES} min: ${figures.target.met === null ? "n/a for a partial sweep" : figures.target.met ? "met" : "NOT met"})\n`,
  );
  updateResults("sweep", figures);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`bench/sweep: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
