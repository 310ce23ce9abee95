/**
 * Writes the report's files into `--out` all at once: everything goes to a temporary folder
 * beside it, which then takes the folder's place by rename. A failure part-way leaves `--out` as
 * it was (or absent), never half-written. An existing `--out` is replaced only when it is empty
 * or holds an earlier report, so a mistyped path cannot wipe someone's folder.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";

export interface OutFile {
  /** Relative path inside the folder, `/`-separated, e.g. `diagrams/wan.svg`. */
  path: string;
  content: string;
}

/** Files that mark a folder as an earlier report, safe to replace. */
const MARKERS = ["index.html", "report.md"];

export class OutDirError extends Error {
  override name = "OutDirError";
}

function replaceable(dir: string): boolean {
  const entries = readdirSync(dir);
  return entries.length === 0 || MARKERS.every((m) => entries.includes(m));
}

/** Throws OutDirError unless `outDir` is absent, empty, or an earlier report: checked before any work. */
export function assertReplaceable(outDir: string): void {
  const target = resolve(outDir);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutDirError(`${outDir}: exists and is not a folder`);
  if (!replaceable(target))
    throw new OutDirError(
      `${outDir}: the folder is not empty and holds no earlier report (index.html, report.md); choose another --out`,
    );
}

export function writeReportDir(outDir: string, files: readonly OutFile[]): void {
  const target = resolve(outDir);
  assertReplaceable(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const suffix = randomBytes(6).toString("hex");
  const tmp = join(parent, `.${basename(target)}.${suffix}.tmp`);
  const old = join(parent, `.${basename(target)}.${suffix}.old`);
  try {
    mkdirSync(tmp);
    for (const f of files) {
      const path = resolve(tmp, f.path);
      if (!path.startsWith(tmp + sep))
        throw new OutDirError(`refusing to write '${f.path}' outside the report folder`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(tmp, target);
    } catch (e) {
      if (existsSync(old)) renameSync(old, target);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
