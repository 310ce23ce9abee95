/**
 * Runs hostile cases (see `hostile-inputs.ts`) through the loader and classifies each answer:
 * a located error, an acceptance (right only when the case may be accepted), a crash (the loader
 * threw), a hang (past `HANG_MS`), an error without a usable position, and whether anything was
 * opened outside the region's folder or the secret's canary came back. Opens are seen by
 * wrapping `fs.openSync` and `fs.readFileSync` (the loader's only ways to read a file).
 */
import fs, { realpathSync, rmSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { formatError, loadInventory } from "../../inventory";
import { CANARY, hostileCase, type Category, type HostileCase } from "./hostile-inputs";

/**
 * Past this much CPU time, an answer counts as a hang (the loader's parse backstop is 10 s, see
 * limits.ts). CPU rather than wall time: on a shared CI runner the wall clock runs several times
 * faster than the process gets the CPU, and a hang is work, not waiting.
 */
export const HANG_MS = 10_000;
const REPO = resolve(join(__dirname, "../.."));
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export type Verdict = "located" | "accepted" | "crash" | "hang" | "wrong-acceptance" | "unlocated";

export interface Outcome {
  category: Category;
  name: string;
  verdict: Verdict;
  /** Paths opened outside the region's folder (module loads of the repository excluded). */
  outside: string[];
  /** The canary of the secret beside the folder appeared in a message or the data. */
  leaked: boolean;
  /** CPU time of the load (user + system), and wall time. */
  ms: number;
  wallMs: number;
  detail?: string;
}

const opened: string[] = [];
let tracking = false;

/** Wraps the file-opening functions of `fs` once, recording every path while a case runs. */
function track(): void {
  if (tracking) return;
  tracking = true;
  const wrap = <K extends "openSync" | "readFileSync">(name: K) => {
    const original = fs[name] as (...args: unknown[]) => unknown;
    (fs as unknown as Record<string, unknown>)[name] = (path: unknown, ...rest: unknown[]) => {
      if (typeof path === "string" || Buffer.isBuffer(path)) opened.push(String(path));
      return original.call(fs, path, ...rest);
    };
  };
  wrap("openSync");
  wrap("readFileSync");
  syncBuiltinESMExports();
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function runCase(c: HostileCase): Outcome & { opened: string[] } {
  track();
  opened.length = 0;
  const folder = realOrSelf(c.folder);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let verdict: Verdict;
  let detail: string | undefined;
  let leaked = false;
  try {
    const result = loadInventory(c.file, { today: "2026-11-23" });
    if (result.ok) {
      verdict = c.mustRefuse ? "wrong-acceptance" : "accepted";
      leaked = JSON.stringify(result.inventory).includes(CANARY);
    } else {
      const lines = result.errors.map(formatError);
      leaked = lines.some((l) => l.includes(CANARY));
      const bad = result.errors.find(
        (e) => !e.file || !(e.line >= 1) || !(e.column >= 1) || e.message === "",
      );
      const raw = lines.find((l) => RAW_CONTROL.test(l));
      verdict = bad || raw ? "unlocated" : "located";
      detail = bad ? JSON.stringify(bad) : raw ? JSON.stringify(raw) : lines[0];
    }
  } catch (e) {
    verdict = "crash";
    detail = e instanceof Error ? e.message : String(e);
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (ms > HANG_MS && verdict !== "crash") verdict = "hang";
  const seen = [...opened];
  const outside = seen
    .map((p) => realOrSelf(isAbsolute(p) ? p : resolve(dirname(c.file), p)))
    .filter((p) => !inside(folder, p) && !inside(REPO, p));
  return {
    category: c.category,
    name: c.name,
    verdict,
    outside,
    leaked,
    ms,
    wallMs,
    opened: seen,
    ...(detail ? { detail } : {}),
  };
}

export interface Table {
  tried: number;
  located: number;
  accepted: number;
  crashes: number;
  hangs: number;
  wrongAcceptances: number;
  unlocated: number;
  readsOutside: number;
  failures: Outcome[];
}

/** Runs `runs` seeded cases (cycling through the categories) and counts the verdicts. */
export function runHostile(runs: number, seed: number, onCase?: (o: Outcome) => void): Table {
  const t: Table = {
    tried: 0,
    located: 0,
    accepted: 0,
    crashes: 0,
    hangs: 0,
    wrongAcceptances: 0,
    unlocated: 0,
    readsOutside: 0,
    failures: [],
  };
  for (let i = 0; i < runs; i++) {
    const c = hostileCase(seed, i);
    try {
      const o = runCase(c);
      onCase?.(o);
      t.tried++;
      if (o.verdict === "located") t.located++;
      else if (o.verdict === "accepted") t.accepted++;
      else if (o.verdict === "crash") t.crashes++;
      else if (o.verdict === "hang") t.hangs++;
      else if (o.verdict === "wrong-acceptance") t.wrongAcceptances++;
      else t.unlocated++;
      const outside = o.outside.length > 0 || o.leaked;
      if (outside) t.readsOutside++;
      if (outside || !["located", "accepted"].includes(o.verdict)) t.failures.push(o);
    } finally {
      rmSync(join(c.folder, ".."), { recursive: true, force: true });
    }
  }
  return t;
}

export function formatTable(t: Table): string {
  const rows: Array<[string, number, string]> = [
    ["inputs tried", t.tried, ""],
    ["located errors", t.located, ""],
    ["accepted (allowed)", t.accepted, ""],
    ["crashes", t.crashes, "target 0"],
    ["hangs (> 10 s of CPU)", t.hangs, "target 0"],
    ["wrong acceptances", t.wrongAcceptances, "target 0"],
    ["errors without a position", t.unlocated, "target 0"],
    ["reads outside the region folder", t.readsOutside, "target 0"],
  ];
  return rows.map(([k, v, note]) => `${k.padEnd(32)} ${String(v).padStart(6)}  ${note}`).join("\n");
}
