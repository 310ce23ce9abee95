/** Helpers shared by the `spbe` commands: argument parsing, error printing, atomic writes. */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT_USAGE, type Command } from "./command";

/** A mistake in how the command was called: reported with the command's usage, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/**
 * Parses argv strictly with node's `util.parseArgs`; `--help`/`-h` is always accepted.
 * Unknown options and missing option values become a `UsageError` (no stack trace).
 */
export function parseCommandArgs(argv: string[], options: Options): Parsed & { help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    const help = values.help === true;
    delete (values as Record<string, unknown>).help;
    return { values: values as Parsed["values"], positionals, help };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Prints `spbe <name>: <message>` to stderr. */
export function printError(name: string, message: string): void {
  process.stderr.write(`spbe ${name}: ${message}\n`);
}

/**
 * Runs a command body, turning a `UsageError` into "message + usage on stderr, exit 2".
 * Any other error is a bug and propagates (bin/spbe.js prints it as an internal error).
 */
export async function withUsage(command: Command, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      printError(command.name, err.message);
      process.stderr.write(`\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

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
