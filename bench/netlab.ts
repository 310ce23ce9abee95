/**
 * `npx tsx bench/netlab.ts [sizes…]` (root): the lab on generated regions of 10, 50 and 200
 * agencies (or the sizes given): wall time of the whole run and of OSPF convergence, and the
 * resident memory of the lab's daemons. Appends the `netlab` section of bench/results/latest.json.
 * Target: 50 agencies converge and finish their matrix in under 60 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadInventory } from "../inventory";
import { runLab } from "../netlab/lab";
import { buildDeviceModel } from "../plan/devices/model";
import { readLock } from "../plan/lock";
import { writeRegion } from "./generator/write";
import { gitCommit, machine } from "./machine";
import { updateResults } from "./results-file";

const TARGET_MS = 60_000;

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  const runs = [];
  const dir = mkdtempSync(join(tmpdir(), "spbe-bench-netlab-"));
  try {
    for (const agencies of sizes.length > 0 ? sizes : [10, 50, 200]) {
      const region = writeRegion(dir, {
        key: `lab-${agencies}`,
        name: `Kabupaten Lab ${agencies}`,
        kind: "kabupaten",
        regulation: "ppu",
        agencies,
        applications: Math.max(5, Math.round(agencies / 2)),
        seed: "bench-netlab",
        asOf: "2026-11-20",
      });
      const loaded = loadInventory(region.yamlPath);
      const lock = readLock(region.lockPath);
      if (!loaded.ok || !lock.ok) throw new Error(`${region.yamlPath} does not load`);
      const built = buildDeviceModel(loaded.inventory, lock.lock, region.yamlPath);
      if (!built.ok) throw new Error(built.errors.join("\n"));
      const load = loadavg()[0];
      const r = await runLab(built.model, {
        convergeTimeoutMs: 300_000,
        log: (l) => process.stderr.write(`  ${l}\n`),
      });
      const row = {
        agencies,
        routers: r.routers,
        namespaces: r.namespaces,
        probes: r.cells.length,
        unexpected: r.unexpected.length,
        converged: r.converged,
        convergeMs: r.convergeMs,
        totalMs: r.totalMs,
        daemons: r.memory.processes,
        rssMb: Math.round(r.memory.rssKb / 1024),
        loadAvgAtStart: Number(load.toFixed(1)),
      };
      runs.push(row);
      console.log(
        `${agencies} agencies: ${r.routers} routers, ${r.namespaces} namespaces, converged ${r.converged} in ${(r.convergeMs / 1000).toFixed(1)} s, ` +
          `total ${(r.totalMs / 1000).toFixed(1)} s, ${r.cells.length} probes (${r.unexpected.length} unexpected), ` +
          `${r.memory.processes} processes ${row.rssMb} MB RSS (load ${row.loadAvgAtStart})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fifty = runs.find((r) => r.agencies === 50);
  updateResults("netlab", {
    measuredAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    // What else ran: FRR's start and the probes wait for a core on a shared machine.
    loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
    cpus: cpus().length,
    targetMs50: TARGET_MS,
    target50Met: fifty ? fifty.converged && fifty.totalMs < TARGET_MS : null,
    runs,
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
