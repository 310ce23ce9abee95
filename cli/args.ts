/** Helpers shared by the `spbe` commands: argument parsing, error printing, atomic writes. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT_USAGE, type Command } from "./command";
import { escapeControls } from "../inventory/text-screen";
import { chooseLang, type Lang, type Text } from "../inventory/messages";
import { MISUSE } from "./usage-messages";

export { writeFileAtomic } from "../plan/lock-write";

/**
 * A mistake in how the command was called: reported with the command's usage, exit 2, in the
 * language of the run. `id` and `en` hold it in each language; `message` is the English. A plain
 * string (a sentence from elsewhere, already said as it should be) reads the same in both.
 */
export class UsageError extends Error {
  override name = "UsageError";
  readonly id: string;
  readonly en: string;
  constructor(text: Text | string) {
    const t = typeof text === "string" ? { id: text, en: text } : text;
    super(t.en);
    this.id = t.id;
    this.en = t.en;
  }
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
    throw new UsageError(MISUSE.badArgs({ detail: err instanceof Error ? err.message : String(err) }));
  }
}

/** The `--lang id|en` option of the commands that print user messages. */
export const LANG_OPTION = { lang: { type: "string" } } as const;

/**
 * The language of user messages: `--lang`, else the SPBE_LANG environment variable, else
 * Bahasa Indonesia. Any other value is a usage error.
 */
export function langOf(values: Parsed["values"]): Lang {
  const lang = chooseLang(values.lang);
  if (typeof lang === "string") return lang;
  // The language is what is wrong: the error says it in both.
  throw new UsageError(`${lang.id} (${lang.en})`);
}

/** Prints `spbe <name>: <message>` to stderr, control characters escaped. */
export function printError(name: string, message: string): void {
  process.stderr.write(`spbe ${name}: ${escapeControls(message)}\n`);
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: "ENOENT: the folder does not exist",
  ENOTDIR: "ENOTDIR: a part of the path is a file, not a folder",
  EISDIR: "EISDIR: it is a folder",
  EACCES: "EACCES: permission denied",
  EPERM: "EPERM: operation not permitted",
  EROFS: "EROFS: read-only file system",
  ENOSPC: "ENOSPC: no space left on the device",
};

/** A file system error as one clause: `ENOENT: the folder does not exist`. */
export function describeWriteError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code) return WRITE_ERRORS[code] ?? code;
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}

/**
 * The language a usage error is said in: `--lang` of `argv` (or `--lang=…`), else SPBE_LANG, else
 * Bahasa Indonesia; an invalid value (itself the error then, said in both) reads as Indonesian.
 */
function usageLang(argv: readonly string[]): Lang {
  let flag: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--lang") flag = argv[i + 1];
    else if (a.startsWith("--lang=")) flag = a.slice("--lang=".length);
  });
  const lang = chooseLang(flag);
  return typeof lang === "string" ? lang : "id";
}

/**
 * Runs a command body, turning a `UsageError` into "message + usage on stderr, exit 2", the
 * message in the language `argv` asks for. Any other error is a bug and propagates (bin/spbe.js
 * prints it as an internal error).
 */
export async function withUsage(
  command: Command,
  argv: readonly string[],
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      printError(command.name, err[usageLang(argv)]);
      process.stderr.write(`\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
