/**
 * Generates synthetic regions for the benchmarks, deterministically from a seed.
 *
 *   npx tsx bench/generate.ts                      # bench-500, bench-1k, bench-3k, bench-10k
 *   npx tsx bench/generate.ts --size 2000 --regulation bengkulu
 *   npx tsx bench/generate.ts --key kota-uji --agencies 40 --applications 60
 *   npx tsx bench/generate.ts --national           # 552 regions into bench/out/national/
 *
 * Each region is written as `<out>/<key>.yaml` with its address lock `<key>.lock.yaml`.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { hasRegulation, regulationKeys } from "../regulations/registry";
import { SEED_REGULATIONS } from "./generator/region";
import { nationalSpecs } from "./generator/national";
import type { RegionSpec } from "./generator/region";
import { loadCalibration, sizeFor } from "./generator/sizing";
import { writeRegion } from "./generator/write";

export const DEFAULT_SEED = "spbe-bench-1";
/** A fixed date, not the clock: the same seed gives the same bytes on any day. */
export const DEFAULT_AS_OF = "2026-11-20";
export const DEFAULT_OUT = join(__dirname, "out");
export const STANDARD_SIZES: ReadonlyArray<[string, number]> = [
  ["bench-500", 500],
  ["bench-1k", 1000],
  ["bench-3k", 3000],
  ["bench-10k", 10000],
];

const USAGE = `Usage: npx tsx bench/generate.ts [options]
  --seed <s>            seed of the generator (default ${DEFAULT_SEED})
  --as-of <YYYY-MM-DD>  every date in the regions is on or before it (default ${DEFAULT_AS_OF})
  --regulation <key>    ${regulationKeys().join(" | ")} (default tangerang)
  --out <dir>           output directory (default bench/out)
  --size <n>            one region of about n resources, key bench-<n>
  --key <key> --agencies <n> --applications <m>   one region of exactly these counts
  --national            the 552 regions of the national sweep into <out>/national/
With none of --size, --key, --national: bench-500, bench-1k, bench-3k and bench-10k.`;

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) {
    throw new Error(`--${name}: expected a non-negative integer, got '${value}'`);
  }
  return n;
}

export function specsFromArgs(argv: string[]): { out: string; specs: RegionSpec[]; national: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: "string", default: DEFAULT_SEED },
      "as-of": { type: "string", default: DEFAULT_AS_OF },
      regulation: { type: "string", default: "tangerang" },
      out: { type: "string", default: DEFAULT_OUT },
      size: { type: "string" },
      key: { type: "string" },
      agencies: { type: "string" },
      applications: { type: "string" },
      national: { type: "boolean", default: false },
    },
    strict: true,
  });
  const regulation = String(values.regulation) as (typeof SEED_REGULATIONS)[number];
  if (!hasRegulation(regulation)) {
    throw new Error(
      `--regulation: expected one of ${regulationKeys().join(", ")}, got '${values.regulation}'`,
    );
  }
  const base = { regulation, seed: values.seed, asOf: values["as-of"] };
  if (values.national) {
    const out = join(values.out, "national");
    return { out, specs: nationalSpecs(values.seed, values["as-of"], loadCalibration()), national: true };
  }
  if (values.key !== undefined) {
    const spec: RegionSpec = {
      ...base,
      key: values.key,
      name: `Kota ${values.key}`,
      kind: "kota",
      agencies: positiveInt("agencies", values.agencies),
      applications: positiveInt("applications", values.applications),
    };
    return { out: values.out, specs: [spec], national: false };
  }
  const sizes: Array<[string, number]> =
    values.size !== undefined
      ? [[`bench-${positiveInt("size", values.size)}`, positiveInt("size", values.size)]]
      : [...STANDARD_SIZES];
  const calibration = loadCalibration();
  const specs = sizes.map(([key, target]): RegionSpec => {
    const kind = target >= 3000 ? "provinsi" : "kota";
    return {
      ...base,
      key,
      name: `${kind === "provinsi" ? "Provinsi" : "Kota"} ${key}`,
      kind,
      ...sizeFor(calibration, target, kind),
    };
  });
  return { out: values.out, specs, national: false };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let parsed: ReturnType<typeof specsFromArgs>;
  try {
    parsed = specsFromArgs(argv);
  } catch (err) {
    process.stderr.write(`bench/generate: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  for (const [i, spec] of parsed.specs.entries()) {
    const written = writeRegion(parsed.out, spec);
    if (!parsed.national || (i + 1) % 50 === 0 || i + 1 === parsed.specs.length) {
      process.stdout.write(
        `${parsed.national ? `[${i + 1}/${parsed.specs.length}] ` : ""}${written.yamlPath}\n`,
      );
    }
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
