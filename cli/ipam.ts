/** `spbe ipam <inventory> [--check] [--release <id>]`: writes or verifies the append-only lock. */
import { readFileSync } from "node:fs";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { LANG_OPTION, langOf, parseCommandArgs, printError, UsageError, withUsage } from "./args";
import { MISUSE } from "./usage-messages";
import { catalog, same, type Lang, type Text } from "../inventory/messages";
import { locatedIpamErrors, lockOrReport, loadLocatedOrReport, type Located } from "./load";
import { IpamError, release } from "../plan/ipam";
import { resolve } from "../plan/ipam-resolve";
import { lockPathFor, serializeLock, writeLock } from "../plan/lock";
import { LockBusyError, withLockGuard } from "../plan/lock-guard";
import type { Allocation, Lock } from "../plan/types";
import type { Inventory } from "../inventory";

type Lock_ = { lock: string };
type Run = Lock_ & { file: string };
const SAY = catalog("ipam-cli", {
  noLock: {
    id: (p: Run) => `${p.lock} tidak ada: jalankan \`spbe ipam ${p.file}\``,
    en: (p: Run) => `${p.lock} does not exist: run \`spbe ipam ${p.file}\``,
  },
  lacks: {
    id: (p: Lock_ & { what: Text }) => `${p.lock} tidak memiliki alokasi untuk ${p.what.id}`,
    en: (p: Lock_ & { what: Text }) => `${p.lock} lacks an allocation for ${p.what.en}`,
  },
  runToAllocate: {
    id: (p: { file: string }) => `jalankan \`spbe ipam ${p.file}\` untuk mengalokasikan`,
    en: (p: { file: string }) => `run \`spbe ipam ${p.file}\` to allocate`,
  },
  differs: {
    id: (p: Run) =>
      `${p.lock} berbeda dari yang ditulis spbe ipam (diedit manual?): jalankan \`spbe ipam ${p.file}\``,
    en: (p: Run) =>
      `${p.lock} differs from what spbe ipam writes (edited by hand?): run \`spbe ipam ${p.file}\``,
  },
  reserved: {
    id: (p: { what: string }) => `dicadangkan sampai dilepas: ${p.what}`,
    en: (p: { what: string }) => `reserved until released: ${p.what}`,
  },
  upToDate: {
    id: (p: Lock_ & { n: number }) => `${p.lock}: mutakhir (${p.n} alokasi)`,
    en: (p: Lock_ & { n: number }) => `${p.lock}: up to date (${p.n} allocations)`,
  },
  written: {
    id: (p: Lock_ & { n: number }) => `${p.lock}: ditulis (${p.n} alokasi)`,
    en: (p: Lock_ & { n: number }) => `${p.lock}: written (${p.n} allocations)`,
  },
  cannotWrite: {
    id: (p: Lock_ & { code: string }) => `${p.lock} tidak dapat ditulis (${p.code}); lock lama tidak berubah`,
    en: (p: Lock_ & { code: string }) => `cannot write ${p.lock} (${p.code}); the old lock is unchanged`,
  },
  nothingToRelease: {
    id: (p: Lock_) => `${p.lock} tidak ada: tidak ada yang dapat dilepas`,
    en: (p: Lock_) => `${p.lock} does not exist: there is nothing to release`,
  },
});

const today = () => new Date().toISOString().slice(0, 10);

function describe(a: Allocation): string {
  const vlan = a.vlan === undefined ? "" : ` vlan ${a.vlan}`;
  return `${a.kind} ${a.owner} ${a.prefix ?? a.address}${vlan}`;
}

/** Allocations of ids the inventory no longer has: kept reserved until an explicit release. */
function reserved(inventory: Inventory, lock: Lock): Allocation[] {
  const ids = new Set<string>([
    ...inventory.agencies.map((a) => a.id),
    ...inventory.colocation.map((c) => c.id),
    ...inventory.sites.flatMap((s) => [s.id, ...s.devices.map((d) => d.id)]),
  ]);
  return lock.allocations.filter((a) => !ids.has(a.kind === "site-range" ? a.owner.split("/")[0] : a.owner));
}

function check(file: string, lockPath: string, loaded: Located, lock: Lock | null, lang: Lang): number {
  const { inventory } = loaded;
  if (!lock) {
    printError("ipam", SAY.noLock({ lock: lockPath, file })[lang]);
    return EXIT_FINDINGS;
  }
  const r = resolve(inventory, lock, "plan");
  for (const e of locatedIpamErrors(file, loaded, r, lang)) process.stderr.write(`${e}\n`);
  for (const m of r.missing) {
    const what = r.texts.get(m) ?? same(m);
    printError("ipam", SAY.lacks({ lock: lockPath, what })[lang]);
  }
  if (r.errors.length + r.missing.length > 0) {
    if (r.missing.length > 0) process.stderr.write(`${SAY.runToAllocate({ file })[lang]}\n`);
    return EXIT_FINDINGS;
  }
  if (readFileSync(lockPath, "utf8") !== serializeLock(lock)) {
    printError("ipam", SAY.differs({ lock: lockPath, file })[lang]);
    return EXIT_FINDINGS;
  }
  for (const a of reserved(inventory, lock))
    process.stdout.write(`${SAY.reserved({ what: describe(a) })[lang]}\n`);
  process.stdout.write(`${SAY.upToDate({ lock: lockPath, n: lock.allocations.length })[lang]}\n`);
  return EXIT_OK;
}

export const command: Command = {
  name: "ipam",
  summary: "allocate addresses into the append-only lock file beside the inventory, or verify it",
  usage: [
    "Usage: spbe ipam <inventory.yaml> [--check] [--release <id>] [--lang id|en]",
    "",
    "Allocates what the inventory needs and its lock (<name>.lock.yaml beside it) lacks: agency",
    "LANs, WAN links, site ranges, VLANs, host addresses. Existing allocations never move.",
    "",
    "  --check         verify only: exit 1 when the lock lacks an allocation or differs, write nothing",
    "  --release <id>  free the allocations of an agency, site or host id (repeatable), then allocate",
    "                  anew whatever the inventory still needs (the way to renumber an outgrown LAN)",
    "  --lang id|en    language of the messages: id (Bahasa Indonesia, the default) or en;",
    "                  without --lang the SPBE_LANG environment variable chooses",
    "",
    "Exit 0 ok, 1 when the lock is not up to date or the plan cannot be made, 2 malformed input.",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        check: { type: "boolean" },
        release: { type: "string", multiple: true },
        ...LANG_OPTION,
      });
      if (help) return (process.stdout.write(`${command.usage}\n`), EXIT_OK);
      const lang = langOf(values);
      if (positionals.length !== 1) throw new UsageError(MISUSE.oneInventory());
      const releases = (values.release as string[] | undefined) ?? [];
      if (values.check && releases.length > 0) throw new UsageError(MISUSE.checkOrRelease());
      const [file] = positionals;
      const loaded = loadLocatedOrReport(file, lang);
      if (!loaded) return EXIT_USAGE;
      if (values.check) {
        const read = lockOrReport(file, lang);
        return read.ok ? check(file, read.path, loaded, read.lock, lang) : EXIT_USAGE;
      }
      // The lock is read, extended and written holding its guard: one spbe ipam at a time.
      try {
        return await withLockGuard(lockPathFor(file), () => allocateInto(file, loaded, releases, lang));
      } catch (err) {
        if (!(err instanceof LockBusyError)) throw err;
        printError("ipam", err.text[lang]);
        return EXIT_USAGE;
      }
    }),
};

function allocateInto(file: string, loaded: Located, releases: string[], lang: Lang): number {
  const { inventory } = loaded;
  const read = lockOrReport(file, lang);
  if (!read.ok) return EXIT_USAGE;
  let lock = read.lock;
  try {
    for (const id of releases) {
      if (!lock) {
        const none = SAY.nothingToRelease({ lock: read.path })[lang];
        process.stderr.write(`${read.path}:1:1 (lock): ${none}\n`);
        return EXIT_FINDINGS;
      }
      const before = lock;
      lock = release(lock, id, today());
      for (const a of before.allocations.filter((x) => !lock?.allocations.includes(x))) {
        process.stdout.write(`- ${describe(a)}\n`);
      }
    }
    const resolution = resolve(inventory, lock, "allocate", today());
    if (resolution.errors.length > 0) {
      for (const e of locatedIpamErrors(file, loaded, resolution, lang)) process.stderr.write(`${e}\n`);
      return EXIT_FINDINGS;
    }
    const next = resolution.lock;
    const text = serializeLock(next);
    const old = read.lock ? serializeLock(read.lock) : null;
    if (text === old) {
      process.stdout.write(`${SAY.upToDate({ lock: read.path, n: next.allocations.length })[lang]}\n`);
      return EXIT_OK;
    }
    for (const a of next.allocations.slice(lock?.allocations.length ?? 0))
      process.stdout.write(`+ ${describe(a)}\n`);
    try {
      writeLock(read.path, next);
    } catch (err) {
      const code = (err as { code?: string }).code ?? String(err);
      printError("ipam", SAY.cannotWrite({ lock: read.path, code })[lang]);
      return EXIT_USAGE;
    }
    process.stdout.write(`${SAY.written({ lock: read.path, n: next.allocations.length })[lang]}\n`);
    return EXIT_OK;
  } catch (err) {
    if (!(err instanceof IpamError)) throw err;
    // Release errors are about the lock file the --release names an owner in.
    for (const e of err.texts) process.stderr.write(`${read.path}:1:1 (lock): ${e[lang]}\n`);
    return EXIT_FINDINGS;
  }
}
