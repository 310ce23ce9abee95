/**
 * `--shard i/N`: a deterministic split of the national set into N parts balanced by size. Files
 * are taken largest first (ties by path) and each goes to the part with the fewest bytes so far
 * (ties to the lowest part): every machine computes the same parts from the same directory, and
 * no part gets all the provinces. Parts are numbered 1..N.
 */
import { statSync } from "node:fs";
import { readRegularFile } from "../inventory/read-file";

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || !(count >= 1) || !(index >= 1 && index <= count))
    throw new Error(`--shard must be i/N with 1 <= i <= N (got '${text}')`);
  return { index, count };
}

/** The parts of `files` (sizes in bytes), each in the input's order. */
export function splitBySize(files: ReadonlyArray<{ file: string; size: number }>, count: number): string[][] {
  const parts = Array.from({ length: count }, () => ({ bytes: 0, files: [] as string[] }));
  const order = [...files].sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  for (const f of order) {
    let best = 0;
    for (let i = 1; i < count; i++) if ((parts[i]?.bytes ?? 0) < (parts[best]?.bytes ?? 0)) best = i;
    const part = parts[best]!;
    part.bytes += f.size;
    part.files.push(f.file);
  }
  const rank = new Map(files.map((f, i) => [f.file, i]));
  return parts.map((p) => p.files.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}

export function shardOf(files: readonly string[], shard: Shard): string[] {
  // A file that cannot be stat'ed still belongs to a shard (its check reports why, exit 2).
  const sized = files.map((file) => {
    try {
      return { file, size: statSync(file).size };
    } catch {
      return { file, size: 0 };
    }
  });
  return splitBySize(sized, shard.count)[shard.index - 1] ?? [];
}

/**
 * `region.key` of an inventory file, read without parsing the whole document; undefined for a
 * file that is not a readable regular file (a FIFO, a folder: its own check reports it).
 */
export function regionKeyOf(file: string): string | undefined {
  const read = readRegularFile(file, 4 * 2 ** 20);
  if (!read.ok) return undefined;
  const text = read.bytes.toString("utf8");
  const block = /^region:[^\n]*\n((?:[ \t]+[^\n]*\n?|[ \t]*#[^\n]*\n|\s*\n)*)/m.exec(text)?.[1] ?? "";
  return /^[ \t]+key:[ \t]*["']?([A-Za-z0-9_-]+)/m.exec(block)?.[1];
}

/** Files sharing a region key: `[key, files]` for every key held by more than one file. */
export function duplicateKeys(files: readonly string[]): Array<[string, string[]]> {
  const byKey = new Map<string, string[]>();
  for (const f of files) {
    const key = regionKeyOf(f);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  return [...byKey].filter(([, fs]) => fs.length > 1);
}
