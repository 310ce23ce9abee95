/**
 * Prints the table of the hostile-input fuzz suite: inputs tried, located errors, crashes,
 * hangs, wrong acceptances, errors without a position and reads outside the region folder
 * (target 0 for the last five). `npx tsx bench/hostile.ts [runs] [seed]` (default 500 runs).
 */
import { loadavg } from "node:os";
import { formatTable, runHostile } from "../test/support/hostile-run";

const runs = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? 20261201);
const started = Date.now();
const byCategory = new Map<string, number>();
let slowest = { ms: 0, wallMs: 0, name: "" };
const table = runHostile(runs, seed, (o) => {
  byCategory.set(o.category, (byCategory.get(o.category) ?? 0) + 1);
  if (o.ms > slowest.ms) slowest = { ms: o.ms, wallMs: o.wallMs, name: `${o.category}/${o.name}` };
});
process.stdout.write(`hostile inputs, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(`${formatTable(table)}\n`);
process.stdout.write(`by category: ${[...byCategory].map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
process.stdout.write(
  `slowest case: ${slowest.name} ${Math.round(slowest.ms)} ms of CPU (${Math.round(slowest.wallMs)} ms wall; load average ${loadavg()[0].toFixed(1)})\n`,
);
for (const f of table.failures)
  process.stdout.write(
    `FAIL ${f.category}/${f.name}: ${f.verdict} ${f.outside.join(",")} ${f.detail ?? ""}\n`,
  );
process.exitCode = table.failures.length > 0 ? 1 : 0;
