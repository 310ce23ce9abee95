/**
 * The contract every `spbe` sub-command implements. A command module exports
 * `export const command: Command` and is registered with one line in `cli/commands.ts`.
 *
 * Exit codes, everywhere: 0 ok, 1 findings (the input is well-formed but something is wrong with
 * it), 2 malformed input or usage. Results go to stdout, errors to stderr; a user error never
 * prints a stack trace. `--help` prints `usage` to stdout and exits 0.
 */
export interface Command {
  /** The word after `spbe`, e.g. `validate`. */
  name: string;
  /** One line for the top-level command list. */
  summary: string;
  /** Full usage text printed by `--help` and after a usage error. */
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes shared by all commands. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
