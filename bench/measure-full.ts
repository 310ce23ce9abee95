/**
 * Child process of `bench/check.ts`: the full offline check of one region, stage by stage (load,
 * plan, program under mocks, policy evaluation, JSON report), then its peak RSS. Afterwards (not
 * timed, and after the RSS is read) the program is run once more to capture its resources for the
 * floor measurement.
 *
 *   node --require tsx/cjs bench/measure-full.ts <inventory.yaml> <floor-capture.json>
 */
import { writeFileSync } from "node:fs";
import * as docker from "@pulumi/docker";
import * as k8s from "@pulumi/kubernetes";
import * as random from "@pulumi/random";
// Loaded before the clock starts, as the floor loads the SDK before its clock: module loading is
// reported as startup, not as a stage.
import { runProgramUnderMocks } from "../offline/mock-run";
import { checkRegionTimed, type Stage } from "../offline/check-region";
import { formatJson } from "../review/format-json";
import { emitResult } from "./child";
import { floorResourcesFrom } from "./floor/capture";

export interface FullMeasurement {
  region: string;
  resources: number;
  /** Process start to the first stage: Node, tsx, the SDK, every provider API group, components, policy pack. */
  startupMs: number;
  stages: Record<Stage, number>;
  /** Sum of the stages. */
  totalMs: number;
  /** CPU time (user + system) of each stage: steadier than wall time on a shared machine. */
  cpuStages: Record<Stage, number>;
  cpuTotalMs: number;
  summary: { mandatory: number; advisory: number; exempt: number; resources: number };
  maxRssKiB: number;
}

const STAGES: Stage[] = ["load", "plan", "program", "policies", "report"];

/**
 * The provider SDKs load their API groups lazily, on first use: in a fresh process the first run
 * of the program pays ~0.7 s of module loading at 1k resources. That is start-up cost, as loading
 * the SDK is for the floor, so it is paid here, before the clock, and reported as startup.
 */
function loadProviderModules(): void {
  const touch = (o: unknown, depth: number): void => {
    if (depth > 2 || o === null || typeof o !== "object") return;
    for (const k of Object.keys(o)) touch((o as Record<string, unknown>)[k], depth + 1);
  };
  for (const sdk of [k8s, docker, random]) touch(sdk, 0);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function main(inventory: string, captureFile: string): Promise<void> {
  loadProviderModules();
  const startupMs = performance.now();
  // Stages run one after the other and each reports when it ends: the CPU used between two
  // reports is the stage's. The program stage includes planning: the runner reports no split.
  const cpuStages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let cpuMark = cpuMs();
  const { report, timings } = await checkRegionTimed(inventory, {
    onStage: (stage) => {
      const now = cpuMs();
      cpuStages[stage] += now - cpuMark;
      cpuMark = now;
    },
  });
  // The JSON report is part of the check: the CLI prints it, so it is timed as the report stage's end.
  const t = performance.now();
  const json = formatJson(report);
  const serializeMs = performance.now() - t;
  cpuStages.report += cpuMs() - cpuMark;
  const stages = Object.fromEntries(STAGES.map((s) => [s, timings[s] ?? 0])) as Record<Stage, number>;
  stages.report += serializeMs;
  const maxRssKiB = process.resourceUsage().maxRSS;
  if (json.length === 0) throw new Error("empty JSON report");

  const run = await runProgramUnderMocks({ inventoryPath: inventory });
  writeFileSync(captureFile, JSON.stringify(floorResourcesFrom(run.resources)));

  const result: FullMeasurement = {
    region: report.region,
    resources: report.summary.resources,
    startupMs,
    stages,
    totalMs: STAGES.reduce((sum, s) => sum + stages[s], 0),
    cpuStages,
    cpuTotalMs: STAGES.reduce((sum, s) => sum + cpuStages[s], 0),
    summary: report.summary,
    maxRssKiB,
  };
  emitResult(result);
}

if (require.main === module) {
  const [inventory, capture] = process.argv.slice(2);
  if (!inventory || !capture) {
    process.stderr.write("usage: bench/measure-full.ts <inventory.yaml> <floor-capture.json>\n");
    process.exitCode = 2;
  } else {
    main(inventory, capture).catch((err: unknown) => {
      process.stderr.write(
        `measure-full: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    });
  }
}
