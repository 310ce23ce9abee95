/** Atomic file writes, for the lock file and any file the CLI writes (re-exported by cli/args.ts). */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes `contents` to `path` so that readers see the old file or the new one, never half of
 * one: a temp file in the same directory (same filesystem, so rename is atomic), fsync, rename.
 * On failure the temp file is removed and the original is untouched.
 */
export function writeFileAtomic(path: string, contents: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    writeSync(fd, contents);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}
