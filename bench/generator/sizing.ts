/**
 * From a target resource count to agency and application counts. The program registers a fixed
 * number of resources per region, per agency and per application (plus a little per gateway service
 * and colocation server, which scale with applications and agencies); `bench/calibrate.ts` measures
 * these by running generated regions under the mocks and fitting a line, and writes them to
 * `calibration.json`. Until it has been run, sizing refuses rather than guessing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Calibration {
  /** Resources of a region with no agency and no application (sites, gateway, security, …). */
  base: number;
  perAgency: number;
  perApplication: number;
  /** Where the figures came from: commit, date, the samples' (agencies, applications, resources). */
  measured: { commit: string; date: string; samples: Array<[number, number, number]> };
}

export const CALIBRATION_FILE = join(__dirname, "calibration.json");

export function loadCalibration(file = CALIBRATION_FILE): Calibration {
  if (!existsSync(file)) {
    throw new Error(
      `${file}: no calibration yet; run 'npx tsx bench/calibrate.ts' once the program runs under mocks`,
    );
  }
  const c = JSON.parse(readFileSync(file, "utf8")) as Calibration;
  for (const k of ["base", "perAgency", "perApplication"] as const) {
    if (typeof c[k] !== "number" || !Number.isFinite(c[k]))
      throw new Error(`${file}: '${k}' is not a number`);
  }
  return c;
}

/** Applications per agency by region kind: provinces run more per agency than kecamatan do. */
const APPS_PER_AGENCY = { provinsi: 6, kabupaten: 1.5, kota: 1.5 } as const;

export function predictResources(c: Calibration, agencies: number, applications: number): number {
  return Math.round(c.base + c.perAgency * agencies + c.perApplication * applications);
}

/** Agency and application counts whose predicted resource count is closest to `target`. */
export function sizeFor(
  c: Calibration,
  target: number,
  kind: keyof typeof APPS_PER_AGENCY,
): { agencies: number; applications: number } {
  const ratio = APPS_PER_AGENCY[kind];
  const perAgencyUnit = c.perAgency + ratio * c.perApplication;
  const agencies = Math.max(1, Math.round((target - c.base) / perAgencyUnit));
  const applications = Math.max(0, Math.round((target - c.base - c.perAgency * agencies) / c.perApplication));
  return { agencies, applications };
}
