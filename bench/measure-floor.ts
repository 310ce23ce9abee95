/**
 * Child process of `bench/check.ts`: the floor for one size. Reads the floor resources captured
 * from a full run and registers them bare under the SDK's mocks (see floor/register.ts).
 *
 *   node --require tsx/cjs bench/measure-floor.ts <capture.json>
 */
import { readFileSync } from "node:fs";
import { emitResult } from "./child";
import { registerBare, type FloorResource } from "./floor/register";

export interface FloorMeasurement {
  resources: number;
  registerMs: number;
  /** CPU time (user + system) of the registration. */
  registerCpuMs: number;
  maxRssKiB: number;
}

async function main(file: string): Promise<void> {
  const resources = JSON.parse(readFileSync(file, "utf8")) as FloorResource[];
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  await registerBare(resources);
  const t2 = performance.now();
  const c2 = process.cpuUsage(c1);
  const result: FloorMeasurement = {
    resources: resources.length,
    registerMs: t2 - t1,
    registerCpuMs: (c2.user + c2.system) / 1000,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  emitResult(result);
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: bench/measure-floor.ts <capture.json>\n");
    process.exitCode = 2;
  } else {
    main(file).catch((err: unknown) => {
      process.stderr.write(
        `measure-floor: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    });
  }
}
