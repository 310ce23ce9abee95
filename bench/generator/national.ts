/**
 * The national set: one synthetic region for each of Indonesia's 552 regional governments with
 * an SPBE (38 provinsi, 416 kabupaten, 98 kota). Sizes are drawn, from the seed, so that most
 * kabupaten and kota are small to medium and the provinces larger, with the largest province at
 * the top of the range; regulations are spread over the five the policy pack knows.
 */
import { SEED_REGULATIONS } from "./region";
import { createRng } from "./prng";
import type { RegionSpec } from "./region";
import { type Calibration, sizeFor } from "./sizing";

export const NATIONAL_COUNTS = { provinsi: 38, kabupaten: 416, kota: 98 } as const;

/** Resource-count ranges per kind; u² skews most draws towards the small end. */
const RANGES = {
  provinsi: [2000, 10000],
  kabupaten: [500, 2500],
  kota: [500, 2000],
} as const;

export interface NationalRegion extends RegionSpec {
  /** The resource count the sizing aimed at. */
  target: number;
}

export function nationalSpecs(seed: string, asOf: string, calibration: Calibration): NationalRegion[] {
  const rng = createRng(`${seed}:national`);
  const specs: NationalRegion[] = [];
  for (const kind of ["provinsi", "kabupaten", "kota"] as const) {
    const [lo, hi] = RANGES[kind];
    const prefix = kind === "provinsi" ? "prov" : kind === "kabupaten" ? "kab" : "kota";
    const label = kind === "provinsi" ? "Provinsi" : kind === "kabupaten" ? "Kabupaten" : "Kota";
    for (let i = 1; i <= NATIONAL_COUNTS[kind]; i++) {
      const u = rng.next();
      // The first province is the largest (a Jawa Barat): the sweep always contains one at the top.
      const target = kind === "provinsi" && i === 1 ? hi : Math.round(lo + (hi - lo) * u * u);
      const n = String(i).padStart(3, "0");
      specs.push({
        key: `${prefix}-${n}`,
        name: `${label} Sintetis ${n}`,
        kind,
        regulation: rng.pick(SEED_REGULATIONS),
        ...sizeFor(calibration, target, kind),
        seed: `${seed}:${prefix}-${n}`,
        asOf,
        target,
      });
    }
  }
  return specs;
}
