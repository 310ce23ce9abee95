/** Helpers shared by the `spbe` commands: argument parsing, error printing, atomic writes. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT_USAGE, type Command } from "./command";

export { writeFileAtomic } from "../plan/lock-write";

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
