/**
 * `spbe check --all <dir>`: every region inventory in a directory, checked in parallel across the
 * machine's cores, one summary line per region (in file order, printed as soon as the regions
 * before it are done), a total, a progress line on stderr, and the exit code of the worst region
 * (2 > 1 > 0).
 *
 * Each region runs in a child process (`check-worker.ts`), one at a time per child: the Pulumi
 * mock runtime is process-global state. A child is replaced after `maxPerWorker` regions or when
 * its memory passes `maxWorkerRss`, so a long national sweep keeps a flat memory profile; the cost
 * is one module load (Pulumi, the providers, the policy pack) per replacement.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Writable } from "node:stream";
import type { RegionResult, WorkerRequest, WorkerResponse } from "./check-worker";
import { readRegularFile } from "../inventory/read-file";
import { escapeControls } from "../inventory/text-screen";
import { header, line, Progress, totalLine, type Total } from "./check-all-format";

export type { RegionResult } from "./check-worker";

export interface RunAllOptions {
  /** Parallel workers; default: the machine's available parallelism. */
  jobs?: number;
  /** `text` (default): aligned lines and a total; `json`: `{ regions, total }` on stdout. */
  format?: "text" | "json";
  /** Passed to every `checkRegion(file, options)` (e.g. `{ lang: "en" }`); must be JSON-serialisable. */
  checkOptions?: Record<string, unknown>;
  /** Regions a worker checks before it is replaced (default 100; memory stays flat across runs, warm runs are ~30% cheaper). */
  maxPerWorker?: number;
  /** Resident memory in bytes above which a worker is replaced (default 1.5 GiB). */
  maxWorkerRss?: number;
  stdout?: Writable;
  stderr?: Writable;
  /** Receives every result as it arrives (the sweep records them). */
  onResult?: (result: RegionResult) => void;
  /**
   * When aborted, no further region is started and the regions being checked are stopped (their
   * workers killed, reported as interrupted); those left are counted as skipped (exit 2).
   */
  signal?: AbortSignal;
  /** Time one region may take, milliseconds (default 120 s): past it the worker is killed, the region reported, the rest go on. */
  regionTimeoutMs?: number;
  /** Files and error texts are shown relative to this directory (the one `--all` was given). */
  root?: string;
}

export const DEFAULT_REGION_TIMEOUT_MS = 120_000;

export interface AllSummary {
  regions: RegionResult[];
  /** `skipped`: regions never started because the run was aborted. */
  total: Total;
}

/** A usage or input problem of `--all` itself: exit 2 with this message. */
export class CheckAllError extends Error {
  override name = "CheckAllError";
}

/**
 * The region inventories of `dir`, sorted: `*.yaml`/`*.yml` files with a top-level `region:`
 * section. Lock files and the fragments a province `include:`s have none and are skipped.
 */
export function regionFiles(dir: string, onSkip?: (file: string, why: string) => void): string[] {
  let names: string[];
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CheckAllError(`${dir}: not a directory`);
    names = readdirSync(dir);
  } catch (err) {
    if (err instanceof CheckAllError) throw err;
    throw new CheckAllError(
      `${dir}: cannot list the folder (${(err as { code?: string }).code ?? String(err)})`,
    );
  }
  const files = names
    .filter((f) => /\.ya?ml$/.test(f) && !/\.lock\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(resolve(dir), f))
    .filter((f) => {
      // A file that cannot be read (EACCES, a FIFO, too large) is kept: its check reports why,
      // with exit 2, rather than the sweep skipping it in silence.
      const read = readRegularFile(f, 4 * 2 ** 20);
      if (!read.ok) return true;
      if (/^region:/m.test(read.bytes.toString("utf8"))) return true;
      onSkip?.(f, "no top-level region: section (a fragment a region includes?)");
      return false;
    });
  if (files.length === 0)
    throw new CheckAllError(`${dir}: no region inventory (a .yaml file with a 'region:' section)`);
  return files;
}

export function worstExit(codes: Iterable<number>): number {
  let worst = 0;
  for (const c of codes) worst = Math.max(worst, c);
  return worst;
}

const WORKER = join(__dirname, "check-worker.ts");
const TSX = createRequire(__filename).resolve("tsx/cjs");

/** Runs every region of `dir`; resolves to the worst exit code. Prints as it goes. */
export async function runAll(dir: string, opts: RunAllOptions = {}): Promise<number> {
  const stderr = opts.stderr ?? process.stderr;
  let files: string[];
  try {
    files = regionFiles(dir, (f, why) =>
      stderr.write(`spbe check --all: skipped ${escapeControls(f)}: ${why}\n`),
    );
  } catch (err) {
    if (!(err instanceof CheckAllError)) throw err;
    stderr.write(`spbe check --all: ${escapeControls(err.message)}\n`);
    return 2;
  }
  return (await runFiles(files, opts)).exit;
}

/**
 * Checks `files` as `runAll` does, with Ctrl-C (SIGINT/SIGTERM) stopping the sweep cleanly: what
 * finished is printed, no worker is left behind, and the exit is 130. `spbe check --all --shard`
 * (national/run-all.ts) calls it with its share of the files.
 */
export async function runFiles(
  files: readonly string[],
  opts: RunAllOptions = {},
): Promise<{ exit: number; summary: AllSummary }> {
  const stderr = opts.stderr ?? process.stderr;
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    stderr.write(`\nspbe check --all: ${signal}: stopping; the regions finished are listed below\n`);
    controller.abort();
  };
  opts.signal?.addEventListener("abort", () => controller.abort(), { once: true });
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const summary = await checkFiles(files, { ...opts, signal: controller.signal });
    // 130: stopped by an interrupt, as shells report it.
    return { exit: controller.signal.aborted ? 130 : summary.total.exit, summary };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** Checks `files` in parallel and prints the per-region lines and the total; returns the summary. */
export async function checkFiles(files: readonly string[], opts: RunAllOptions = {}): Promise<AllSummary> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  const format = opts.format ?? "text";
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), files.length));
  const maxPerWorker = opts.maxPerWorker ?? 100;
  const maxRss = opts.maxWorkerRss ?? 1.5 * 2 ** 30;
  const timeoutMs = opts.regionTimeoutMs ?? DEFAULT_REGION_TIMEOUT_MS;
  const live = new Set<ChildProcess>();
  const stopAll = () => {
    for (const child of live) child.kill("SIGKILL");
  };
  opts.signal?.addEventListener("abort", stopAll, { once: true });
  const started = performance.now();
  const results: Array<RegionResult | undefined> = new Array(files.length);
  const width = Math.max(6, ...files.map((f) => keyOf(f).length));
  // Largest inventories first (by bytes, which track resources): the last region to finish is then
  // a small one, and no core idles while another works through a province at the end.
  const order = files
    .map((f, i) => ({ i, size: statSync(f).size }))
    .sort((a, b) => b.size - a.size || a.i - b.i);
  let printed = 0;
  let done = 0;
  let next = 0;

  if (format === "text") stdout.write(`${header(width)}\n`);
  const progress = new Progress(stderr, files.length, started);

  const record = (index: number, given: RegionResult) => {
    const result = opts.root ? relativeTo(opts.root, given) : given;
    results[index] = result;
    done++;
    opts.onResult?.(result);
    while (printed < files.length && results[printed]) {
      if (format === "text") stdout.write(`${line(results[printed]!, width)}\n`);
      printed++;
    }
    progress.update(done, result.key);
  };

  const runWorker = async (): Promise<void> => {
    const more = () => next < files.length && opts.signal?.aborted !== true;
    while (more()) {
      const child = spawnWorker();
      live.add(child);
      child.once("exit", () => live.delete(child));
      let served = 0;
      let index = -1;
      try {
        while (more() && served < maxPerWorker) {
          index = order[next++].i;
          const response = await ask(
            child,
            { id: index, file: files[index], options: opts.checkOptions ?? {} },
            timeoutMs,
          );
          served++;
          record(index, response.result);
          if (response.rss > maxRss) break;
        }
      } catch (err) {
        // The child died, hung or was stopped mid-region: that region has no verdict; a fresh
        // child takes the rest (unless the run was aborted).
        const why = opts.signal?.aborted
          ? "interrupted before its check finished"
          : err instanceof Error
            ? err.message
            : String(err);
        record(index, failed(files[index], why));
      } finally {
        // Closing the channel tells a live worker to exit; a dead one has no channel left.
        if (child.connected) child.disconnect();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, runWorker));
  } finally {
    stopAll();
    opts.signal?.removeEventListener("abort", stopAll);
  }
  progress.finish();

  const regions = results.filter((r): r is RegionResult => r !== undefined);
  // After an abort the regions after a gap have not been printed yet.
  if (format === "text") for (const r of results.slice(printed)) if (r) stdout.write(`${line(r, width)}\n`);
  const skipped = files.length - regions.length;
  const total = {
    regions: regions.length,
    resources: sum(regions, "resources"),
    mandatory: sum(regions, "mandatory"),
    advisory: sum(regions, "advisory"),
    exempt: sum(regions, "exempt"),
    failed: regions.filter((r) => r.exit === 2).length,
    skipped,
    ms: Math.round(performance.now() - started),
    exit: skipped > 0 ? 2 : worstExit(regions.map((r) => r.exit)),
  };
  if (format === "json") stdout.write(`${JSON.stringify({ regions, total }, null, 2)}\n`);
  else stdout.write(`${totalLine(total, width)}\n`);
  return { regions, total };
}

function spawnWorker(): ChildProcess {
  // stderr of the child is kept (the last lines explain a crash); its stdout is not ours to print.
  const child = fork(WORKER, [], {
    execArgv: ["--require", TSX],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  // A send to a worker that has just died is reported by its exit (see `ask`), not as an
  // unhandled 'error' event that would take the whole run down.
  child.on("error", () => undefined);
  return child;
}

function ask(child: ChildProcess, req: WorkerRequest, timeoutMs: number): Promise<WorkerResponse> {
  return new Promise((resolvePromise, reject) => {
    let tail = "";
    const onErr = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-2000));
    // A region past its time: the worker is killed (it may be stuck in a loop no message reaches).
    const timer = setTimeout(() => {
      cleanup();
      child.kill("SIGKILL");
      reject(new Error(`timed out after ${timeoutMs / 1000} s (--timeout); the worker was stopped`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.stderr?.off("data", onErr);
    };
    const onMessage = (msg: WorkerResponse) => {
      if (msg.id !== req.id) return;
      cleanup();
      resolvePromise(msg);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      const last = tail.trim().split("\n").slice(-3).join(" | ");
      reject(new Error(`worker exited (${signal ?? `code ${code}`}) while checking it: ${last}`));
    };
    if (child.exitCode !== null || child.signalCode !== null || !child.connected) {
      cleanup();
      reject(new Error(`worker exited (${child.signalCode ?? `code ${child.exitCode}`}) before checking it`));
      return;
    }
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.stderr?.on("data", onErr);
    child.send(req);
  });
}

function failed(file: string, error: string): RegionResult {
  return {
    file,
    key: keyOf(file),
    exit: 2,
    resources: 0,
    mandatory: 0,
    advisory: 0,
    exempt: 0,
    ms: 0,
    error,
  };
}

/** A result with its file, and the paths inside its error text, relative to `root`. */
export function relativeTo(root: string, r: RegionResult): RegionResult {
  const abs = resolve(root);
  const rel = (p: string) => relative(abs, p).split("\\").join("/");
  const out: RegionResult = { ...r, file: rel(resolve(r.file)) };
  if (r.error) out.error = r.error.split(`${abs}/`).join("");
  if (r.findings)
    out.findings = r.findings.map((f) =>
      f.location ? { ...f, location: { ...f.location, file: rel(resolve(f.location.file)) } } : f,
    );
  return out;
}

function keyOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, "");
}

function sum(rows: RegionResult[], k: "resources" | "mandatory" | "advisory" | "exempt"): number {
  return rows.reduce((s, r) => s + r[k], 0);
}
