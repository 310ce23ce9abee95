/**
 * Runs a measurement script in a fresh Node process and reads its one JSON result. A fresh
 * process per measurement: peak RSS (`process.resourceUsage().maxRSS`) is a lifetime maximum,
 * so two sizes, or the floor and the full check, must never share a process; and no run benefits
 * from another's warm JIT or module cache.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

const TSX = createRequire(__filename).resolve("tsx/cjs");
/** The child prints its result as one line starting with this marker (anything else is passed through). */
export const RESULT_MARKER = "@@bench-result ";

export function emitResult(value: unknown): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(value)}\n`);
}

/** Preload that drops stack-trace work no result depends on (see lean-runtime.ts). */
export const LEAN_RUNTIME = ["--require", join(__dirname, "lean-runtime.ts")];

/** `nodeArgs`: Node options, flags first then `--require` preloads (run after tsx's own). */
export function runChild<T>(script: string, args: string[], nodeArgs: string[] = []): Promise<T> {
  const flags = nodeArgs.filter(
    (a, i) => a.startsWith("--") && a !== "--require" && nodeArgs[i - 1] !== "--require",
  );
  const preloads = nodeArgs.filter((a) => !flags.includes(a));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, "--require", TSX, ...preloads, script, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
      process.stderr.write(c);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || !line) {
        reject(
          new Error(
            `${script} ${args.join(" ")} exited with ${code}: ${err.trim().split("\n").slice(-5).join(" | ")}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as T);
    });
  });
}
