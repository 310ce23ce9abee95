/** The `spbe` entry point: dispatches to the commands registered in `cli/commands.ts`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { COMMANDS } from "./commands";
import { describeWriteError, printError } from "./args";

let esmHooks = false;
/**
 * bin/spbe.js registers tsx for `require` only, but the command registry loads modules with
 * `import()` (which vitest also understands). Registering tsx's ESM hooks once makes that
 * `import()` resolve .ts sources under plain node too; under vitest it is harmless.
 */
async function registerTsx(): Promise<void> {
  if (esmHooks) return;
  esmHooks = true;
  const tsxEsm: string = "tsx/esm";
  await import(tsxEsm);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * The `command` export of a loaded module. Under plain node a CommonJS module reached through
 * `import()` may expose its exports only as `default`; under vitest they are named.
 */
function commandOf(mod: unknown, name: string): Command {
  const m = mod as { command?: Command; default?: { command?: Command } };
  const command = m.command ?? m.default?.command;
  if (!command) throw new Error(`cli/commands.ts: module of '${name}' does not export \`command\``);
  return command;
}

async function topLevelUsage(): Promise<string> {
  const names = Object.keys(COMMANDS).sort();
  // One broken command module must not take the whole help down: it is listed with its error.
  const summaries = await Promise.all(
    names.map(async (n) => {
      try {
        return commandOf(await COMMANDS[n](), n).summary;
      } catch (err) {
        return `(cannot be loaded: ${err instanceof Error ? err.message.split("\n")[0] : String(err)})`;
      }
    }),
  );
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n, i) => `  ${n.padEnd(width)}  ${summaries[i]}`);
  return [
    "Usage: spbe <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    "  -h, --help     show this help (or `spbe <command> --help` for a command)",
    "  -v, --version  print the version",
  ].join("\n");
}

/** Runs `spbe <argv…>` and returns the exit code: 0 ok, 1 findings, 2 malformed input or usage. */
export async function main(argv: string[]): Promise<number> {
  await registerTsx();
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(`${await topLevelUsage()}\n`);
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`spbe ${version()}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) {
    process.stderr.write(`spbe: unknown command '${first}'\n\n${await topLevelUsage()}\n`);
    return EXIT_USAGE;
  }
  const command = commandOf(await load(), first);
  try {
    return await command.run(rest);
  } catch (err) {
    // A file system error the command did not expect (EACCES, EISDIR, EPIPE…) or a bug: one
    // line, no stack trace; SPBE_DEBUG=1 shows the stack for a bug report.
    const code = (err as { code?: string }).code;
    const path = (err as { path?: string }).path;
    const what = code ? `${describeWriteError(err)}${path ? ` (${path})` : ""}` : describeWriteError(err);
    printError(first, code ? what : `internal error: ${what}`);
    if (process.env.SPBE_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return EXIT_USAGE;
  }
}
