/** Loading an inventory (and its lock) for a command: print every problem, never a stack trace. */
import { loadInventory, formatErrorIn, formatPath, type Inventory, type SourceLocation } from "../inventory";
import { located } from "../inventory/errors";
import { catalog, same, type Lang, type Text } from "../inventory/messages";

const SHARED = catalog("lock-shared", {
  both: {
    id: (p: { inventory: string; other: string }) =>
      `${p.inventory} dan ${p.other} sama-sama ada dan akan memakai berkas lock ini bersama; ganti nama atau hapus salah satunya`,
    en: (p: { inventory: string; other: string }) =>
      `both ${p.inventory} and ${p.other} exist and would share this lock file; rename or remove one`,
  },
});
import { lockPathFor, lockSharedWith, readLock } from "../plan/lock";
import type { Lock } from "../plan/types";

/** Loads `file`; on failure prints all its errors to stderr and returns null. Warnings go to stderr too. */
export function loadOrReport(file: string, lang: Lang = "id"): Inventory | null {
  return loadLocatedOrReport(file, lang)?.inventory ?? null;
}

export interface Located {
  inventory: Inventory;
  locate(path: string): SourceLocation | null;
}

/** Like `loadOrReport`, keeping the positions of the inventory's paths. Messages are in `lang`. */
export function loadLocatedOrReport(file: string, lang: Lang = "id"): Located | null {
  const result = loadInventory(file);
  if (!result.ok) {
    for (const e of result.errors) process.stderr.write(`${formatErrorIn(e, lang)}\n`);
    return null;
  }
  const warning = lang === "en" ? "warning" : "peringatan";
  for (const w of result.warnings) process.stderr.write(`${warning}: ${formatErrorIn(w, lang)}\n`);
  return result;
}

/**
 * Address-plan errors as `file:line:col path: message`, at the inventory element each is about
 * (`network.supernet`, `agencies[2].lan.hosts`); one without a path points at the file's start.
 */
export function locatedIpamErrors(
  file: string,
  loaded: Located,
  r: {
    errors: readonly string[];
    paths: ReadonlyMap<string, Array<string | number>>;
    texts?: ReadonlyMap<string, Text>;
  },
  lang: Lang = "id",
): string[] {
  return r.errors.map((message) => {
    const segments = r.paths.get(message) ?? [];
    const path = formatPath(segments);
    const at = loaded.locate(path) ?? { file, line: 1, column: 1 };
    return formatErrorIn(located(at, path, r.texts?.get(message) ?? same(message)), lang);
  });
}

/**
 * Reads the lock beside `inventoryFile`. `lock: null` when it does not exist yet; `ok: false`
 * (errors printed) when it is malformed.
 */
export function lockOrReport(
  inventoryFile: string,
  lang: Lang = "id",
): { ok: true; path: string; lock: Lock | null } | { ok: false } {
  const path = lockPathFor(inventoryFile);
  const other = lockSharedWith(inventoryFile);
  if (other) {
    const said = SHARED.both({ inventory: inventoryFile, other })[lang];
    process.stderr.write(`${path}:1:1 (lock): ${said}\n`);
    return { ok: false };
  }
  const read = readLock(path);
  if (!read.ok) {
    for (const e of read.texts) process.stderr.write(`${e[lang]}\n`);
    return { ok: false };
  }
  return { ok: true, path, lock: read.lock };
}
