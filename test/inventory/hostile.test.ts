/**
 * The loader on hostile input: `spbe check` runs on pull requests from forks, on runners that
 * hold credentials. Includes stay inside the region's folder and never print another file;
 * sizes, nesting, aliases and parse time are bounded; control characters and invalid UTF-8 are
 * located errors. Each case starts from the valid include fixture and changes one thing.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatErrorIn, loadInventory, loadInventoryFromString, type LoadResult } from "../../inventory";
import { LIMITS } from "../../inventory/limits";

const FIXTURES = join(__dirname, "../fixtures/inventory");
const VALID = join(FIXTURES, "valid/region.yaml");
const TODAY = "2026-11-23";
const SECRET = "SECRET-TOKEN-7f3a";

function errors(result: LoadResult): string[] {
  if (result.ok) throw new Error("expected the inventory to be rejected");
  return result.errors.map((e) => formatErrorIn(e, "en"));
}

/** A region folder with the include fixture (region.yaml + parts/more.yaml) and a secret beside it. */
function regionDir(): { dir: string; region: string; secret: string } {
  const root = mkdtempSync(join(tmpdir(), "spbe-hostile-"));
  const dir = join(root, "regions");
  cpSync(join(FIXTURES, "include"), dir, { recursive: true });
  const secret = join(root, "secret.yaml");
  writeFileSync(secret, `agencies: ${SECRET}\n${SECRET}: [\n`);
  return { dir, region: join(dir, "region.yaml"), secret };
}

/** Loads the region with `include: [<entry>]` in place of the fixture's include. */
function withInclude(region: string, ...entries: string[]): string[] {
  const text = readFileSync(region, "utf8").replace(
    "include: [parts/more.yaml]",
    `include: [${entries.map((e) => JSON.stringify(e)).join(", ")}]`,
  );
  writeFileSync(region, text);
  return errors(loadInventory(region, { today: TODAY }));
}

describe("include is confined to the region's folder", () => {
  it("still accepts a relative include inside the folder, and a symlink that stays inside", () => {
    const { dir, region } = regionDir();
    symlinkSync(join(dir, "parts/more.yaml"), join(dir, "link.yaml"));
    const text = readFileSync(region, "utf8").replace("parts/more.yaml", "link.yaml");
    writeFileSync(region, text);
    const result = loadInventory(region, { today: TODAY });
    if (!result.ok) throw new Error(result.errors.map((e) => formatErrorIn(e, "en")).join("\n"));
    expect(result.inventory.agencies.map((a) => a.id)).toContain("dinkes");
  });

  it.each([
    ["an absolute path", (s: string) => s, /absolute paths are not followed/],
    ["a path out through ..", () => "../secret.yaml", /leads out of the region's folder/],
    ["a path that leaves and comes back through ..", () => "parts/../../secret.yaml", /leads out/],
  ])("refuses %s and prints none of the file", (_, entry, reason) => {
    const { region, secret } = regionDir();
    const all = withInclude(region, entry(secret));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(new RegExp(`^${region}:2:11 include\\[0\\]: include ".*" is refused: `));
    expect(all[0]).toMatch(reason);
    expect(all.join("\n")).not.toContain(SECRET);
  });

  it("refuses a symlink inside the folder that points out of it, at the include entry", () => {
    const { dir, region, secret } = regionDir();
    symlinkSync(secret, join(dir, "parts/innocent.yaml"));
    const all = withInclude(region, "parts/innocent.yaml");
    expect(all).toEqual([
      `${region}:2:11 include[0]: include "parts/innocent.yaml" is refused: it resolves (through a symlink) to a file outside the region's folder`,
    ]);
  });

  it("refuses a symlinked folder that points out of it", () => {
    const { dir, region, secret } = regionDir();
    symlinkSync(join(secret, ".."), join(dir, "up"));
    const all = withInclude(region, "up/secret.yaml");
    expect(all[0]).toMatch(/is refused: it resolves \(through a symlink\) to a file outside/);
    expect(all.join("\n")).not.toContain(SECRET);
  });

  it("refuses a device reached through a symlink and a FIFO, without blocking", () => {
    const { dir, region } = regionDir();
    symlinkSync("/dev/zero", join(dir, "zero.yaml"));
    execFileSync("mkfifo", [join(dir, "fifo.yaml")]);
    const started = Date.now();
    const all = withInclude(region, "zero.yaml", "fifo.yaml");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(all).toEqual([
      `${region}:2:11 include[0]: include "zero.yaml" is refused: it resolves (through a symlink) to a file outside the region's folder`,
      `${region}:2:24 include[1]: include "fifo.yaml" is refused: it is not a regular file (a device, FIFO or socket)`,
    ]);
  });

  it("refuses a folder and a file past the size limit", () => {
    const { dir, region } = regionDir();
    writeFileSync(join(dir, "big.yaml"), `agencies: []\n# ${"x".repeat(LIMITS.fileBytes)}\n`);
    const all = withInclude(region, "parts", "big.yaml");
    expect(all[0]).toMatch(/include "parts" is refused: it is a folder, not a file/);
    expect(all[1]).toMatch(/include "big.yaml" is refused: it is larger than the limit of 4194304 bytes/);
  });

  it("refuses a file included twice", () => {
    const { region } = regionDir();
    expect(withInclude(region, "parts/more.yaml", "parts/more.yaml")).toEqual([
      `${region}:2:30 include[1]: include "parts/more.yaml" is refused: the file is already included (each file is included once)`,
    ]);
  });

  it("refuses a doubling fan-out past the count limit", () => {
    const { dir, region } = regionDir();
    // Each level names two files of the next: 2^7 files if nothing stopped it.
    for (let level = 0; level < 7; level++)
      for (let k = 0; k < 2 ** level; k++)
        writeFileSync(
          join(dir, `f${level}-${k}.yaml`),
          `include: [f${level + 1}-${2 * k}.yaml, f${level + 1}-${2 * k + 1}.yaml]\n`,
        );
    const all = withInclude(region, "f0-0.yaml").join("\n");
    expect(all).toContain(`more than ${LIMITS.includeFiles} files are included`);
  });

  it("refuses includes nested deeper than the depth limit", () => {
    const { dir, region } = regionDir();
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `d${i}.yaml`), `include: [d${i + 1}.yaml]\n`);
    writeFileSync(join(dir, "d12.yaml"), "agencies: []\n");
    const all = withInclude(region, "d0.yaml");
    expect(all).toEqual([
      `${join(dir, "d7.yaml")}:1:11 include[0]: include "d8.yaml" is refused: includes nest deeper than ${LIMITS.includeDepth} levels`,
    ]);
  });

  it("escapes control characters of an include path instead of printing them", () => {
    const { region } = regionDir();
    const [error] = withInclude(region, "parts/\u001b[2Jx.yaml");
    expect(error).not.toContain("\u001b");
    expect(error).toContain("\\u{1b}");
  });

  it("a region folder with a sub-folder: an include from parts/ may name a sibling of parts/", () => {
    const { dir, region } = regionDir();
    mkdirSync(join(dir, "more"));
    writeFileSync(join(dir, "more/x.yaml"), "include: [../parts/more.yaml]\n");
    const result = loadInventory(region, { today: TODAY });
    expect(result.ok).toBe(true);
    const text = readFileSync(region, "utf8").replace("parts/more.yaml", "more/x.yaml");
    writeFileSync(region, text);
    const again = loadInventory(region, { today: TODAY });
    if (!again.ok) throw new Error(again.errors.map((e) => formatErrorIn(e, "en")).join("\n"));
    expect(again.inventory.agencies.map((a) => a.id)).toContain("dinkes");
  });
});

describe("the loader is bounded", () => {
  const timed = (text: string) => {
    const started = Date.now();
    const result = loadInventoryFromString(text, "hostile.yaml", { today: TODAY });
    return { all: errors(result), ms: Date.now() - started };
  };

  it("refuses 40 KB of unclosed [ with one located error instead of crashing", () => {
    const { all, ms } = timed("[".repeat(40_000));
    expect(all).toEqual([
      `hostile.yaml:1:66 (root): invalid YAML: the YAML nests deeper than ${LIMITS.nesting} levels of mappings and lists`,
    ]);
    expect(ms).toBeLessThan(3000);
  });

  it("refuses deep block nesting (- - - …) the same way", () => {
    const { all } = timed(`${"- ".repeat(20_000)}x\n`);
    expect(all[0]).toMatch(/^hostile\.yaml:1:\d+ \(root\): invalid YAML: the YAML nests deeper than 64/);
  });

  it("answers unclosed flow lines within a few seconds", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `- [a${i}, b, {c: d`).join("\n");
    const { all, ms } = timed(text);
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(LIMITS.errors + 1);
    expect(ms).toBeLessThan(8000);
  });

  it("refuses aliases that stand for more values than the limit, at the alias that passes it", () => {
    const anchor = `&big [${Array.from({ length: 2000 }, (_, i) => `v${i}`).join(", ")}]`;
    const text = `a: ${anchor}\n${Array.from({ length: 8 }, (_, i) => `b${i}: *big`).join("\n")}\n`;
    const { all } = timed(text);
    expect(all).toEqual([
      `hostile.yaml:6:5 (root): invalid YAML: aliases here stand for more than ${LIMITS.aliasValues} values in all (an alias bomb?); write the values out or use fewer aliases`,
    ]);
  });

  it("lists at most the error limit and counts the rest", () => {
    const base = readFileSync(VALID, "utf8");
    const bad = Array.from(
      { length: 400 },
      (_, i) => `  - { id: X${i}, name: 1, owner: Q, category: z, placement: { mode: m, site: S } }`,
    ).join("\n");
    const { all } = timed(base.replace(/^applications:\n/m, `applications:\n${bad}\n`));
    expect(all).toHaveLength(LIMITS.errors + 1);
    expect(all[LIMITS.errors]).toMatch(/\d+ more errors from here on are not listed/);
  });

  it("refuses a file past the size limit before parsing it", () => {
    const { all } = timed(`# ${"x".repeat(LIMITS.fileBytes)}\n`);
    expect(all).toEqual([
      `hostile.yaml:1:1 (root): the inventory is larger than the limit of ${LIMITS.fileBytes} bytes`,
    ]);
  });
});

describe("control characters and encodings", () => {
  const base = readFileSync(VALID, "utf8");
  it.each([
    ["NUL", "\u0000"],
    ["a terminal escape", "\u001b[31m"],
    ["a C1 control (NEL)", "\u0085"],
    ["a bidi override", "\u202e"],
    ["DEL", "\u007f"],
  ])("refuses %s in the text at its line and column, and prints it escaped", (_, ch) => {
    const text = base.replace("name: Kabupaten Contoh", `name: Kabupaten ${ch}Contoh`);
    const line = text.split("\n").findIndex((l) => l.includes(ch)) + 1;
    const all = errors(loadInventoryFromString(text, "ctl.yaml", { today: TODAY }));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(
      new RegExp(`^ctl\\.yaml:${line}:19 \\(root\\): control character U\\+[0-9A-F]{4} is not allowed`),
    );
    expect(all[0]).not.toContain(ch);
  });

  it("refuses a control character written as a YAML escape, at its path", () => {
    const text = base.replace("name: Kabupaten Contoh", 'name: "Kabupaten \\e[2JContoh"');
    const all = errors(loadInventoryFromString(text, "esc.yaml", { today: TODAY }));
    expect(all).toEqual([
      expect.stringMatching(/^esc\.yaml:\d+:\d+ region\.name: the text holds the control character U\+001B$/),
    ]);
  });

  it("refuses bytes that are not UTF-8 at their line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-utf8-"));
    const file = join(dir, "latin1.yaml");
    const bytes = Buffer.from(
      base.replace("name: Kabupaten Contoh", "name: Kabupaten Contoh\u00e9"),
      "latin1",
    );
    writeFileSync(file, bytes);
    const line = base.split("\n").findIndex((l) => l.includes("name: Kabupaten Contoh")) + 1;
    expect(errors(loadInventory(file, { today: TODAY }))).toEqual([
      `${file}:${line}:25 (root): the file is not UTF-8 text: byte 0xE9 at byte offset ${bytes.indexOf(0xe9)} is not valid UTF-8 (save the file as UTF-8)`,
    ]);
  });

  it("refuses a region file that is a FIFO without blocking", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-fifo-"));
    const file = join(dir, "fifo.yaml");
    execFileSync("mkfifo", [file]);
    expect(errors(loadInventory(file, { today: TODAY }))).toEqual([
      `${file}:1:1 (root): the inventory file is refused: it is not a regular file (a device, FIFO or socket)`,
    ]);
  });
});
