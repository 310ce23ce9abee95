/** `spbe validate <inventory…>`: schema, cross-references and the lock file of each inventory. */
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { LANG_OPTION, langOf, parseCommandArgs, UsageError, withUsage } from "./args";
import { MISUSE } from "./usage-messages";
import { catalog } from "../inventory/messages";
import { locatedIpamErrors, lockOrReport, loadLocatedOrReport } from "./load";
import { resolve } from "../plan/ipam-resolve";
import { isLockFile, readLock } from "../plan/lock";

const SAY = catalog("validate", {
  ok: {
    id: (p: { agencies: number; sites: number; applications: number }) =>
      `ok (${p.agencies} Perangkat Daerah, ${p.sites} lokasi, ${p.applications} aplikasi)`,
    en: (p: { agencies: number; sites: number; applications: number }) =>
      `ok (${p.agencies} agencies, ${p.sites} sites, ${p.applications} applications)`,
  },
  lockOk: {
    id: (p: { n: number }) => `ok (lock, ${p.n} alokasi)`,
    en: (p: { n: number }) => `ok (lock, ${p.n} allocations)`,
  },
  noLock: { id: () => "berkas lock tidak ada", en: () => "no such lock file" },
});

export const command: Command = {
  name: "validate",
  summary: "check inventory files: schema, references, racks, prefixes, dates, and the lock file",
  usage: [
    "Usage: spbe validate <inventory.yaml…> [--lang id|en]",
    "",
    "Loads each region inventory and reports every problem as `file:line:col path: message`.",
    "A lock file beside it (<name>.lock.yaml), when present, must be well-formed too, and able to",
    "follow the inventory (the same network.supernet, ranges and LAN sizes it holds: allocations",
    "never move); a *.lock.yaml argument (as a glob like regions/*.yaml gives) is checked as a lock.",
    "",
    "  --lang id|en  language of the messages: id (Bahasa Indonesia, the default) or en;",
    "                without --lang the SPBE_LANG environment variable chooses",
    "",
    "Exit 0 when all are valid, 2 when any is malformed.",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, LANG_OPTION);
      if (help) return (process.stdout.write(`${command.usage}\n`), EXIT_OK);
      const lang = langOf(values);
      if (positionals.length === 0) throw new UsageError(MISUSE.someInventory());
      let bad = 0;
      for (const file of positionals) {
        // A shell glob such as inventory/regions/*.yaml also matches the lock files beside the
        // inventories: check those as locks rather than reject them as inventories.
        if (isLockFile(file)) {
          const read = readLock(file);
          if (!read.ok) for (const e of read.texts) process.stderr.write(`${e[lang]}\n`);
          else if (!read.lock) process.stderr.write(`${file}: ${SAY.noLock()[lang]}\n`);
          else process.stdout.write(`${file}: ${SAY.lockOk({ n: read.lock.allocations.length })[lang]}\n`);
          if (!read.ok || !read.lock) bad++;
          continue;
        }
        const loaded = loadLocatedOrReport(file, lang);
        const lock = loaded ? lockOrReport(file, lang) : { ok: false as const };
        if (!loaded || !lock.ok) {
          bad++;
          continue;
        }
        // What the plan would refuse later (a new supernet, a resized range, an outgrown LAN) is
        // an error here, at the inventory line: allocations the lock lacks are `spbe ipam`'s to make.
        if (lock.lock) {
          const plan = resolve(loaded.inventory, lock.lock, "plan");
          if (plan.errors.length > 0) {
            for (const line of locatedIpamErrors(file, loaded, plan, lang)) process.stderr.write(`${line}\n`);
            bad++;
            continue;
          }
        }
        const { agencies, sites, applications } = loaded.inventory;
        const ok = SAY.ok({
          agencies: agencies.length,
          sites: sites.length,
          applications: applications.length,
        });
        process.stdout.write(`${file}: ${ok[lang]}\n`);
      }
      return bad > 0 ? EXIT_USAGE : EXIT_OK;
    }),
};
