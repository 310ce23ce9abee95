/** `spbe validate <inventory…>`: schema, cross-references and the lock file of each inventory. */
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { parseCommandArgs, UsageError, withUsage } from "./args";
import { lockOrReport, loadOrReport } from "./load";
import { isLockFile, readLock } from "../plan/lock";

export const command: Command = {
  name: "validate",
  summary: "check inventory files: schema, references, racks, prefixes, dates, and the lock file",
  usage: [
    "Usage: spbe validate <inventory.yaml…>",
    "",
    "Loads each region inventory and reports every problem as `file:line:col path: message`.",
    "A lock file beside it (<name>.lock.yaml), when present, must be well-formed too; a",
    "*.lock.yaml argument (as a glob like regions/*.yaml gives) is checked as a lock.",
    "Exit 0 when all are valid, 2 when any is malformed.",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, async () => {
      const { positionals, help } = parseCommandArgs(argv, {});
      if (help) return (process.stdout.write(`${command.usage}\n`), EXIT_OK);
      if (positionals.length === 0) throw new UsageError("give at least one inventory file");
      let bad = 0;
      for (const file of positionals) {
        // A shell glob such as inventory/regions/*.yaml also matches the lock files beside the
        // inventories: check those as locks rather than reject them as inventories.
        if (isLockFile(file)) {
          const read = readLock(file);
          if (!read.ok) for (const e of read.errors) process.stderr.write(`${e}\n`);
          else if (!read.lock) process.stderr.write(`${file}: no such lock file\n`);
          else process.stdout.write(`${file}: ok (lock, ${read.lock.allocations.length} allocations)\n`);
          if (!read.ok || !read.lock) bad++;
          continue;
        }
        const inventory = loadOrReport(file);
        const lock = inventory ? lockOrReport(file) : { ok: false };
        if (!inventory || !lock.ok) {
          bad++;
          continue;
        }
        const { agencies, sites, applications } = inventory;
        process.stdout.write(
          `${file}: ok (${agencies.length} agencies, ${sites.length} sites, ${applications.length} applications)\n`,
        );
      }
      return bad > 0 ? EXIT_USAGE : EXIT_OK;
    }),
};
