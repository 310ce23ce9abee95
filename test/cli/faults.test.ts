/**
 * The CLI under faults, run as a user runs it (`node bin/spbe.js` in a child process): two
 * `spbe ipam` at once, a stale guard, two inventories sharing a lock, an output path that cannot
 * be written, a region that hangs past its timeout, Ctrl-C during a sweep, and region files that
 * cannot be read.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRegion } from "../../bench/generator/write";
import type { RegionSpec } from "../../bench/generator/region";
import { parseLock } from "../../plan/lock";
import { guardPathFor } from "../../plan/lock-guard";
import { run } from "./run";
import { writeInventory } from "./workdir";

const BIN = join(__dirname, "../../bin/spbe.js");

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function spbe(
  argv: string[],
  onStdout?: (text: string, pid: number) => void,
): Promise<Exit> & { pid: number } {
  const child = spawn(process.execPath, [BIN, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
    onStdout?.(out, child.pid!);
  });
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const done = new Promise<Exit>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, out, err })),
  );
  return Object.assign(done, { pid: child.pid! });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("spbe ipam: one at a time per lock", () => {
  it("two runs at once: one allocates, the other waits and finds the lock up to date", async () => {
    const w = writeInventory();
    const [a, b] = await Promise.all([
      spbe(["ipam", "--lang", "en", w.file]),
      spbe(["ipam", "--lang", "en", w.file]),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const written = [a, b].filter((r) => r.out.includes(": written ("));
    const upToDate = [a, b].filter((r) => r.out.includes(": up to date ("));
    expect(written).toHaveLength(1);
    expect(upToDate).toHaveLength(1);
    expect(parseLock(readFileSync(w.lock, "utf8"), w.lock).ok).toBe(true);
    expect(existsSync(guardPathFor(w.lock))).toBe(false);
  }, 60_000);

  it("waits while another live process holds the guard and writes nothing until it goes", async () => {
    const w = writeInventory();
    const guard = guardPathFor(w.lock);
    writeFileSync(guard, `${process.pid}\n`);
    const running = spbe(["ipam", "--lang", "en", w.file]);
    await sleep(6000);
    expect(existsSync(w.lock)).toBe(false);
    rmSync(guard);
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.out).toContain(": written (");
  }, 60_000);

  it("takes over the guard of a process that is gone", async () => {
    const w = writeInventory();
    const dead = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    writeFileSync(guardPathFor(w.lock), `${dead}\n`);
    const r = await run(["ipam", "--lang", "en", w.file]);
    expect(r.code).toBe(0);
    expect(existsSync(guardPathFor(w.lock))).toBe(false);
  });

  it("refuses r.yaml and r.yml that would share one lock", async () => {
    const w = writeInventory();
    writeFileSync(w.file.replace(/\.yaml$/, ".yml"), readFileSync(w.file));
    const r = await run(["ipam", "--lang", "en", w.file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${w.lock}:1:1 (lock): both ${w.file} and ${w.file.replace(/\.yaml$/, ".yml")} exist and would share this lock file`,
    );
    expect(existsSync(w.lock)).toBe(false);
  });
});

const base: Omit<RegionSpec, "key" | "name"> = {
  kind: "kota",
  regulation: "tangerang",
  agencies: 3,
  applications: 2,
  seed: "faults",
  asOf: "2026-11-20",
};

describe("spbe check --all under faults", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spbe-faults-"));
    writeRegion(dir, { ...base, key: "kota-a", name: "Kota A" });
    writeRegion(dir, { ...base, key: "kota-b", name: "Kota B" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a region past --timeout and goes on with the others", async () => {
    const r = await spbe(["check", "--all", dir, "--jobs", "1", "--timeout", "0.2"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^kota-a .* error: timed out after 0.2 s \(--timeout\); the worker was stopped$/m);
    expect(r.out).toMatch(/^kota-b .* error: timed out/m);
    expect(r.out).toMatch(/2 regions, 2 not checked, worst exit 2$/m);
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("Ctrl-C prints what finished and leaves no worker behind", async () => {
    let workers: number[] = [];
    let sent = false;
    const running = spbe(["check", "--all", dir, "--jobs", "2"], (text, pid) => {
      if (sent || !text.startsWith("region")) return;
      sent = true;
      // The header is out: the workers run. Interrupt the parent only, as `kill -INT` would.
      setTimeout(() => {
        workers = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)])
          .toString()
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number);
        process.kill(pid, "SIGINT");
      }, 1500);
    });
    const r = await running;
    expect(workers.length).toBeGreaterThan(0);
    expect(r.code).toBe(130);
    expect(r.err).toContain("SIGINT: stopping; the regions finished are listed below");
    expect(r.out).toMatch(/^total .*2 regions/m);
    expect(r.out).toMatch(/interrupted before its check finished/);
    await sleep(500);
    expect(workers.filter(alive)).toEqual([]);
  }, 120_000);

  it("reports a region file it cannot read (a FIFO, a folder) as not checked, exit 2, without blocking", async () => {
    const odd = mkdtempSync(join(tmpdir(), "spbe-faults-odd-"));
    try {
      execFileSync("mkfifo", [join(odd, "pipa.yaml")]);
      mkdirSync(join(odd, "folder.yaml"));
      writeFileSync(join(odd, "bagian.yaml"), "applications: []\n");
      const r = await spbe(["check", "--all", odd, "--jobs", "1", "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/^pipa .* error: .*not a regular file/m);
      expect(r.out).toMatch(/^folder .* error: .*a folder, not a file/m);
      expect(r.err).toContain(`skipped bagian.yaml: no top-level region: section`);
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("output errors are clean messages", () => {
  it("check --out into a missing folder: one line, exit 2, nothing written", async () => {
    const w = writeInventory();
    await run(["ipam", "--lang", "en", w.file]);
    const target = join(w.dir, "no-such-folder", "hasil.txt");
    const r = await spbe(["check", w.file, "--out", target, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `spbe check: cannot write ${target} (ENOENT: the folder does not exist); nothing was written`,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 120_000);

  it("report --out over a file: one line, exit 2", async () => {
    const w = writeInventory();
    await run(["ipam", "--lang", "en", w.file]);
    const r = await run(["report", w.file, "--out", w.file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("exists and is not a folder; nothing was written");
  });
});
