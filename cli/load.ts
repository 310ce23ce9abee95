/** Loading an inventory (and its lock) for a command: print every problem, never a stack trace. */
import { loadInventory, formatError, type Inventory } from "../inventory";
import { lockPathFor, readLock } from "../plan/lock";
import type { Lock } from "../plan/types";

/** Loads `file`; on failure prints all its errors to stderr and returns null. Warnings go to stderr too. */
export function loadOrReport(file: string): Inventory | null {
  const result = loadInventory(file);
  if (!result.ok) {
    for (const e of result.errors) process.stderr.write(`${formatError(e)}\n`);
    return null;
  }
  for (const w of result.warnings) process.stderr.write(`warning: ${formatError(w)}\n`);
  return result.inventory;
}

/**
 * Reads the lock beside `inventoryFile`. `lock: null` when it does not exist yet; `ok: false`
 * (errors printed) when it is malformed.
 */
export function lockOrReport(
  inventoryFile: string,
): { ok: true; path: string; lock: Lock | null } | { ok: false } {
  const path = lockPathFor(inventoryFile);
  const read = readLock(path);
  if (!read.ok) {
    for (const e of read.errors) process.stderr.write(`${e}\n`);
    return { ok: false };
  }
  return { ok: true, path, lock: read.lock };
}
