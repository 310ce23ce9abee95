/**
 * One `spbe ipam` at a time per lock file. Allocation reads the lock, extends it and writes it
 * back; two runs at once would both start from the same lock and could give one block to two
 * agencies. The guard is a file beside the lock, created exclusively (O_EXCL) and holding the
 * owner's pid: a second run waits for it to go, and a guard whose process is gone (killed) is
 * taken over. The lock is read only once the guard is held.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { catalog, type Text } from "../inventory/messages";

const BUSY = catalog("lock-guard", {
  busy: {
    id: (p: { pid: string; lock: string; s: number; guard: string }) =>
      `spbe ipam lain${p.pid} sedang menulis ${p.lock}; belum selesai dalam ${p.s} detik (jika tidak ada spbe ipam yang berjalan, hapus ${p.guard})`,
    en: (p: { pid: string; lock: string; s: number; guard: string }) =>
      `another spbe ipam${p.pid} is writing ${p.lock}; it did not finish within ${p.s} s (if no spbe ipam runs, remove ${p.guard})`,
  },
});

/** Another run holds the lock: `message` is the English, `text` both languages. */
export class LockBusyError extends Error {
  override name = "LockBusyError";
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** `regions/tabanan.lock.yaml` → `regions/.tabanan.lock.yaml.guard`. */
export function guardPathFor(lockPath: string): string {
  return join(dirname(lockPath), `.${basename(lockPath)}.guard`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as { code?: string }).code === "EPERM";
  }
}

function holder(guard: string): number | null {
  try {
    const pid = Number(readFileSync(guard, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Runs `body` holding the guard of `lockPath`; waits up to `waitMs` for another holder to finish.
 * Throws LockBusyError when it does not, and the file system's error when the guard cannot be made.
 */
export async function withLockGuard<T>(
  lockPath: string,
  body: () => Promise<T> | T,
  waitMs = 30_000,
): Promise<T> {
  const guard = guardPathFor(lockPath);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(guard, "wx", 0o644);
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
      const pid = holder(guard);
      // A guard left by a process that is gone (or still being written: pid unreadable) is
      // taken over only once its process is known dead.
      if (pid !== null && !alive(pid)) {
        rmSync(guard, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new LockBusyError(
          BUSY.busy({ pid: pid ? ` (pid ${pid})` : "", lock: lockPath, s: Math.round(waitMs / 1000), guard }),
        );
      await sleep(100);
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } catch (e) {
      rmSync(guard, { force: true });
      throw e;
    } finally {
      closeSync(fd);
    }
    try {
      return await body();
    } finally {
      if (holder(guard) === process.pid) rmSync(guard, { force: true });
    }
  }
}
