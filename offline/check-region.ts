/**
 * `checkRegion`: the library behind `spbe check`, also called by the auditor report and the
 * benchmark. Load the inventory (malformed → MalformedInventoryError with every error), run
 * the Pulumi program under mocks, evaluate the pack through @pulumi/policy's analyzer handlers
 * (offline/analyze.ts), and build the JSON-contract report (offline/findings.ts).
 *
 * The inventory is read and checked once per check: that one load is what the program builds
 * from (`inventory` of the mock run), what the platforms and the findings locate paths in, and
 * what a refusal is located in. A caller that already loaded it passes it in (`given`).
 */
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { formatError, loadInventory, type InventoryError, type LoadResult } from "../inventory";
import type { PackConfig } from "../policies/config";
import { PACK_NAME, PACK_VERSION, buildPolicies } from "../policies/pack";
import { analyze, type AnalyzableResource } from "./analyze";
import { buildReport, type CheckReport } from "./findings";
import { runProgramUnderMocks, type CapturedResource } from "./mock-run";
import { valueAtIn, type ValueAt } from "../review/fields";
import { preflight, unstackedSites } from "../platform/preflight";
import { sitePlatforms } from "../platform/resolve";

export type Stage = "load" | "plan" | "program" | "policies" | "report";
export type Timings = Partial<Record<Stage, number>>;

export interface CheckOptions {
  lang?: "id" | "en";
  /** YYYY-MM-DD for evidence freshness and inventory dates; default the real date. */
  today?: string;
  /** Pack config over the inventory's own regulation (all, rules, exemptions). */
  policy?: PackConfig;
  /** Called after each stage with its duration in ms (the benchmark). */
  onStage?: (stage: Stage, ms: number) => void;
  /** Progress text for a human (the CLI prints it on stderr). */
  onProgress?: (text: string) => void;
}

/** An inventory the loader accepted. */
export type LoadedInventory = Extract<LoadResult, { ok: true }>;

/** The program refused a well-formed region (e.g. a DRC not run by the Dinas without storage). */
export class ProgramRefusedError extends Error {
  override name = "ProgramRefusedError";
  constructor(
    message: string,
    options?: ErrorOptions,
    /** Positions in the inventory the check loaded, to place the refusal at the path it names. */
    readonly locate?: LoadedInventory["locate"],
  ) {
    super(message, options);
  }
}

export class MalformedInventoryError extends Error {
  override name = "MalformedInventoryError";
  constructor(readonly errors: InventoryError[]) {
    super(errors.map(formatError).join("\n"));
  }
}

/** Evaluates the pack on already-captured resources: the part of checkRegion after the program. */
export async function checkResources(
  resources: AnalyzableResource[],
  region: { key: string; regulation: PackConfig["regulation"] & string },
  locate: (path: string) => { file: string; line: number; column: number } | null,
  opts: Pick<CheckOptions, "lang" | "today" | "policy" | "onStage"> & { valueAt?: ValueAt },
): Promise<CheckReport> {
  const config: PackConfig = { ...opts.policy, regulation: opts.policy?.regulation ?? region.regulation };
  if (opts.today) config.today = opts.today;
  let t = performance.now();
  const diagnostics = await analyze(buildPolicies(config), resources, {
    packName: PACK_NAME,
    packVersion: PACK_VERSION,
  });
  opts.onStage?.("policies", performance.now() - t);
  t = performance.now();
  const report = buildReport(region.key, diagnostics, {
    regulation: config.regulation ?? region.regulation,
    config,
    lang: opts.lang ?? "id",
    resources,
    locate,
    ...(opts.valueAt ? { valueAt: opts.valueAt } : {}),
  });
  opts.onStage?.("report", performance.now() - t);
  return report;
}

/**
 * `given`: the inventory at `inventoryPath` as the caller already loaded it (with the same
 * `today`); it is then not read again.
 */
export async function checkRegionTimed(
  inventoryPath: string,
  opts: CheckOptions = {},
  given?: LoadedInventory,
): Promise<{ report: CheckReport; timings: Timings; resources: CapturedResource[] }> {
  const timings: Timings = {};
  const stage = (s: Stage, ms: number) => {
    timings[s] = ms;
    opts.onStage?.(s, ms);
  };
  let t = performance.now();
  opts.onProgress?.(`memuat/loading ${inventoryPath}`);
  const loaded = given ?? loadInventory(inventoryPath, opts.today ? { today: opts.today } : {});
  if (!loaded.ok) throw new MalformedInventoryError(loaded.errors);
  stage("load", performance.now() - t);
  const { region } = loaded.inventory;
  opts.onProgress?.(`${region.key}: menjalankan program (mocks) / running the program under mocks`);
  t = performance.now();
  // The program plans inside its run (components/program.ts): plan time is part of "program".
  let run: Awaited<ReturnType<typeof runProgramUnderMocks>>;
  try {
    const stack = basename(inventoryPath).replace(/\.ya?ml$/i, "");
    const platforms = sitePlatforms(inventoryPath, loaded.inventory, stack, {
      locate: (p) => loaded.locate(p),
    });
    run = await runProgramUnderMocks({ inventoryPath, platforms, inventory: loaded.inventory });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new ProgramRefusedError(message, { cause: e }, (p) => loaded.locate(p));
  }
  stage("program", performance.now() - t);
  opts.onProgress?.(
    `${region.key}: mengevaluasi ${run.resources.length} sumber daya / evaluating ${run.resources.length} resources`,
  );
  const report = await checkResources(run.resources, region, (p) => loaded.locate(p), {
    ...opts,
    valueAt: valueAtIn(loaded.inventory),
    onStage: stage,
  });
  // The preflight: every custom resource kind served by an add-on of its site's platform stack.
  for (const site of unstackedSites(run.platforms))
    opts.onProgress?.(
      `${region.key}: situs '${site}' tanpa stack platform di platform/stacks; diperiksa terhadap platform yang diturunkan dari inventaris / ` +
        `site '${site}' has no platform stack in platform/stacks; checked against the platform the inventory implies`,
    );
  const missing = preflight(run.resources, run.platforms, opts.lang ?? "id");
  report.findings.unshift(...missing);
  report.summary.mandatory += missing.length;
  return { report, timings, resources: run.resources };
}

/** The JSON-contract report of one region. Throws MalformedInventoryError on a malformed inventory. */
export async function checkRegion(
  inventoryPath: string,
  opts: CheckOptions = {},
  given?: LoadedInventory,
): Promise<CheckReport> {
  return (await checkRegionTimed(inventoryPath, opts, given)).report;
}
