/**
 * Measures how many resources the program registers per region, per agency and per application,
 * by running generated regions under the mocks and fitting resources = base + a·agencies + b·apps
 * by least squares. Writes `bench/generator/calibration.json`, which sizing reads. Rerun it when
 * the components change what they register.
 *
 *   npx tsx bench/calibrate.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgramUnderMocks } from "../offline/mock-run";
import { writeFileAtomic } from "../cli/args";
import { DEFAULT_AS_OF, DEFAULT_SEED } from "./generate";
import { fit } from "./generator/fit";
import { CALIBRATION_FILE, type Calibration } from "./generator/sizing";
import { writeRegion } from "./generator/write";
import { gitCommit } from "./machine";

/** (agencies, applications): spread so that the two counts vary independently. */
const SAMPLES: Array<[number, number]> = [
  [5, 0],
  [5, 30],
  [30, 5],
  [30, 60],
  [60, 20],
  [60, 120],
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "spbe-calibrate-"));
  const samples: Array<[number, number, number]> = [];
  try {
    for (const [agencies, applications] of SAMPLES) {
      const spec = {
        key: `cal-${agencies}-${applications}`,
        name: `Kota Kalibrasi ${agencies} ${applications}`,
        kind: "kota" as const,
        regulation: "tangerang" as const,
        agencies,
        applications,
        seed: DEFAULT_SEED,
        asOf: DEFAULT_AS_OF,
      };
      const written = writeRegion(dir, spec);
      const run = await runProgramUnderMocks({ inventoryPath: written.yamlPath });
      samples.push([agencies, applications, run.resources.length]);
      process.stdout.write(
        `${agencies} agencies, ${applications} applications: ${run.resources.length} resources\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = fit(samples);
  const calibration: Calibration = {
    base: Math.round(f.base * 100) / 100,
    perAgency: Math.round(f.perAgency * 100) / 100,
    perApplication: Math.round(f.perApplication * 100) / 100,
    measured: { commit: gitCommit(), date: new Date().toISOString().slice(0, 10), samples },
  };
  writeFileAtomic(CALIBRATION_FILE, `${JSON.stringify(calibration, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(calibration)}\n→ ${CALIBRATION_FILE}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `bench/calibrate: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  });
}
