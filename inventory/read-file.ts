/**
 * Reading an inventory file without trusting it: regular files only (a FIFO would block, a
 * device such as /dev/zero never ends), at most a given number of bytes, and, for an included
 * file, only inside the region's folder once every symlink is resolved. A refusal says why in
 * words and never quotes the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import type { Text } from "./messages";
import { READ } from "./messages-load";

/**
 * `code`: the system's error code when the file could not be opened or read (ENOENT, EACCES);
 * otherwise `reason` says why it was refused.
 */
export type FileRead = { ok: true; bytes: Buffer; real: string } | { ok: false; reason: Text; code?: string };

function codeOf(e: unknown): string {
  return (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
}

/** Whether `path` (real) is `dir` (real) or lies inside it. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}

/** The real path of `dir`, or null when it cannot be resolved. */
export function realDir(dir: string): string | null {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}

/**
 * The bytes of `path` when it is a regular file of at most `maxBytes`, and (with `confineTo`, a
 * real path) its real path lies inside that folder.
 */
export function readRegularFile(path: string, maxBytes: number, confineTo?: string): FileRead {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return { ok: false, reason: READ.cannotRead({ code: codeOf(e) }), code: codeOf(e) };
  }
  if (confineTo !== undefined && !isInside(confineTo, real))
    return { ok: false, reason: READ.outsideFolder() };
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer must not wait; the type is checked next.
    // No-follow: the real path has no symlink left, so one appearing now is refused.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    return { ok: false, reason: READ.cannotRead({ code: codeOf(e) }), code: codeOf(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: READ.folder() };
    if (!stat.isFile()) return { ok: false, reason: READ.notRegular() };
    if (stat.size > maxBytes)
      return { ok: false, reason: READ.tooLarge({ limit: maxBytes, size: String(stat.size) }) };
    // Read at most one byte past the limit: a file growing while it is read is refused too.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, reason: READ.tooLarge({ limit: maxBytes, size: "" }) };
        return { ok: false, reason: READ.changed() };
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buffer.subarray(0, length), real };
  } catch (e) {
    return { ok: false, reason: READ.cannotRead({ code: codeOf(e) }), code: codeOf(e) };
  } finally {
    closeSync(fd);
  }
}
