/**
 * Writes the report's files into `--out` all at once: everything goes to a temporary folder
 * beside it, which then takes the folder's place by rename. A failure part-way leaves `--out` as
 * it was (or absent), never half-written. An existing `--out` is replaced only when it is empty
 * or holds exactly an earlier report of ours: every report carries a marker file listing what it
 * wrote, and a folder holding anything else (a file added since, a folder that merely happens to
 * have an index.html) is refused, so a mistyped path cannot wipe someone's folder.
 */
import { randomBytes } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

export interface OutFile {
  /** Relative path inside the folder, `/`-separated, e.g. `diagrams/wan.svg`. */
  path: string;
  content: string;
}

/** The file every report folder holds: what `spbe report` wrote there, so it may replace it. */
export const MARKER = ".spbe-report.json";

export class OutDirError extends Error {
  override name = "OutDirError";
}

/** The files the marker of `dir` lists, or null when there is no marker of ours. */
function markedFiles(dir: string): Set<string> | null {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as {
      writtenBy?: unknown;
      files?: unknown;
    };
    if (marker.writtenBy !== "spbe report" || !Array.isArray(marker.files)) return null;
    return new Set(marker.files.filter((f): f is string => typeof f === "string"));
  } catch {
    return null;
  }
}

/** Whether everything in `dir` is what our marker says we wrote (folders holding only such files). */
function onlyOurs(dir: string): boolean {
  const files = markedFiles(dir);
  if (!files) return false;
  const entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).map((e) => e.split(sep).join("/"));
  return entries.every((e) => {
    if (e === MARKER || files.has(e)) return lstatSync(join(dir, e)).isFile();
    return lstatSync(join(dir, e)).isDirectory() && [...files].some((f) => f.startsWith(`${e}/`));
  });
}

/** Throws OutDirError unless `outDir` is absent, empty, or an earlier report: checked before any work. */
export function assertReplaceable(outDir: string): void {
  const target = resolve(outDir);
  const rel = relative(target, process.cwd());
  if (rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep)))
    throw new OutDirError(
      `${outDir}: is the current folder or holds it; a report is written into a folder of its own, such as --out laporan`,
    );
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutDirError(`${outDir}: exists and is not a folder`);
  if (readdirSync(target).length === 0) return;
  if (!onlyOurs(target))
    throw new OutDirError(
      `${outDir}: the folder is not empty and is not an earlier report written by spbe report (or holds files added since); ` +
        "nothing in it is replaced: choose another --out",
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
    const marker = { writtenBy: "spbe report", files: files.map((f) => f.path).sort() };
    writeFileSync(join(tmp, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
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
