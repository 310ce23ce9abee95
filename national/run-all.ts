/**
 * `spbe check --all <dir>` as the command runs it: the region files of the directory (a warning
 * for two files declaring one region key), the shard of them with `--shard i/N`, the parallel
 * check (offline/check-all.ts) with paths shown relative to the directory, and with `--json <file>`
 * the national result file `spbe merge` reads.
 */
import { relative, resolve } from "node:path";
import { PACK_VERSION } from "../policies/pack";
import type { PackConfig } from "../policies/config";
import { writeFileAtomic } from "../cli/args";
import { CheckAllError, regionFiles, runFiles } from "../offline/check-all";
import { escapeControls } from "../inventory/text-screen";
import { UsageError } from "../cli/args";
import { NATIONAL_FORMAT, type NationalResult } from "./result";
import { duplicateKeys, parseShard, shardOf, type Shard } from "./shard";

export interface RunAllCommandOptions {
  format: "text" | "json";
  lang: "id" | "en";
  today?: string;
  policy?: PackConfig;
  jobs?: string | undefined;
  /** Seconds one region may take (default 120). */
  timeout?: string | undefined;
  shard?: string | undefined;
  json?: string | undefined;
}

export async function runAllCommand(dir: string, opts: RunAllCommandOptions): Promise<number> {
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError("--jobs must be a positive integer");
  const timeout = opts.timeout === undefined ? undefined : Number(opts.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0))
    throw new UsageError("--timeout must be a number of seconds above 0");
  let shard: Shard | null = null;
  try {
    if (opts.shard) shard = parseShard(opts.shard);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const rel = (f: string) => relative(resolve(dir), f).split("\\").join("/");
  let files: string[];
  try {
    files = regionFiles(dir, (f, why) =>
      process.stderr.write(`spbe check --all: skipped ${escapeControls(rel(f))}: ${why}\n`),
    );
  } catch (err) {
    if (!(err instanceof CheckAllError)) throw err;
    process.stderr.write(`spbe check --all: ${escapeControls(err.message)}\n`);
    return 2;
  }
  for (const [key, same] of duplicateKeys(files))
    process.stderr.write(
      `spbe check --all: peringatan/warning: region key '${key}' is declared by ${same.map(rel).join(", ")}; their results would be mixed up\n`,
    );
  const selected = shard ? shardOf(files, shard) : files;
  if (shard)
    process.stderr.write(
      `spbe check --all: shard ${shard.index}/${shard.count}: ${selected.length} of ${files.length} regions\n`,
    );
  const checkOptions: Record<string, unknown> = { lang: opts.lang };
  if (opts.today) checkOptions.today = opts.today;
  if (opts.policy) checkOptions.policy = opts.policy;
  const { exit, summary } = await runFiles(selected, {
    format: opts.format,
    checkOptions,
    root: dir,
    ...(jobs ? { jobs } : {}),
    ...(timeout ? { regionTimeoutMs: timeout * 1000 } : {}),
  });
  if (opts.json) {
    const result: NationalResult = {
      format: NATIONAL_FORMAT,
      tool: { name: "spbe-infra", version: PACK_VERSION },
      generated: new Date().toISOString(),
      directory: dir,
      shard,
      regions: summary.regions,
      total: summary.total,
    };
    writeFileAtomic(opts.json, `${JSON.stringify(result, null, 2)}\n`);
  }
  return exit;
}
