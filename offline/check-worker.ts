/**
 * A child process of `spbe check --all`: checks one region at a time, as the parent sends them.
 *
 * Why a process per worker and not a worker thread: the Pulumi SDK's mock runtime is global state
 * of the process (settings, the mock monitor, the stack resource), so two regions must never be
 * run at once in one process. The parent sends the next region only after this one has answered,
 * and replaces the process after a number of regions so that anything the runtime leaves behind
 * from one run cannot grow without bound.
 */
import { checkRegion, MalformedInventoryError } from "./check-region";
import { formatErrorIn } from "../inventory";
import type { Finding } from "./findings";

/** parent → worker */
export interface WorkerRequest {
  id: number;
  file: string;
  /** Passed through to `checkRegion` unchanged. */
  options: Record<string, unknown>;
}

/** What the parent prints for one region. */
export interface RegionResult {
  file: string;
  key: string;
  /** 0 ok, 1 mandatory findings, 2 malformed inventory or a failed check. */
  exit: number;
  resources: number;
  mandatory: number;
  advisory: number;
  exempt: number;
  ms: number;
  /** Why the region could not be checked (exit 2), in one line. */
  error?: string;
  /** The region's regulation key (checked regions). */
  regulation?: string;
  /** Its findings, for the national merge (national/merge.ts): what SARIF and the summary need. */
  findings?: RegionFinding[];
}

export type RegionFinding = Pick<
  Finding,
  | "rule"
  | "obligation"
  | "enforcement"
  | "status"
  | "message"
  | "citation"
  | "path"
  | "location"
  | "fingerprint"
>;

/** worker → parent */
export interface WorkerResponse {
  id: number;
  result: RegionResult;
  /** Resident memory of the worker after the region, bytes: the parent recycles fat workers. */
  rss: number;
}

function keyOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, "");
}

async function checkOne(req: WorkerRequest): Promise<RegionResult> {
  const started = performance.now();
  const key = keyOf(req.file);
  try {
    const report = await checkRegion(req.file, req.options as Parameters<typeof checkRegion>[1]);
    const { mandatory, advisory, exempt, resources } = report.summary;
    return {
      file: req.file,
      key: report.region ?? key,
      exit: mandatory > 0 ? 1 : 0,
      resources,
      mandatory,
      advisory,
      exempt,
      ms: Math.round(performance.now() - started),
      regulation: report.regulation,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        obligation: f.obligation,
        enforcement: f.enforcement,
        status: f.status,
        message: f.message,
        citation: f.citation,
        path: f.path,
        location: f.location,
        fingerprint: f.fingerprint,
      })),
    };
  } catch (err) {
    // Malformed inventory or a failure of the check itself: either way the region has no verdict.
    // The loader's errors are said in the run's --lang (the error's own message is Indonesian).
    const lang = req.options.lang === "en" ? "en" : "id";
    const message =
      err instanceof MalformedInventoryError
        ? err.errors.map((e) => formatErrorIn(e, lang)).join("\n")
        : err instanceof Error
          ? err.message
          : String(err);
    return {
      file: req.file,
      key,
      exit: 2,
      resources: 0,
      mandatory: 0,
      advisory: 0,
      exempt: 0,
      ms: Math.round(performance.now() - started),
      error: message.split("\n").slice(0, 3).join(" | "),
    };
  }
}

if (require.main === module && process.send) {
  // Stack-trace work nothing here reads, about half the registration CPU under the mocks: tsx
  // turns source-mapped traces on, and the SDK takes `new Error().stack` for every promise it
  // wraps. (Resources' source positions are unaffected: the SDK raises the limit for those.)
  // The worker reports messages and counts, never stacks, so no result changes.
  process.setSourceMapsEnabled(false);
  Error.stackTraceLimit = 0;
  process.on("message", (req: WorkerRequest) => {
    void checkOne(req).then((result) => {
      const response: WorkerResponse = { id: req.id, result, rss: process.memoryUsage().rss };
      process.send!(response);
    });
  });
  // The parent closing the channel is the signal to stop.
  process.on("disconnect", () => process.exit(0));
}
