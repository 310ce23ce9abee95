/**
 * The lock's errors, `spbe ipam --release`'s and the usage errors are said in the language of
 * the run: Bahasa Indonesia by default, English with `--lang en` (or SPBE_LANG=en), each at the
 * file, line and field it is about.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "./run";
import { writeInventory } from "./workdir";

describe("lock errors in both languages", () => {
  it("names the line and field of a VLAN taken twice, in Indonesian and in English", async () => {
    const w = writeInventory();
    await run(["ipam", "--lang", "en", w.file]);
    const text = readFileSync(w.lock, "utf8");
    const vlans = [...text.matchAll(/vlan: (\d+)/g)].map((m) => m[1]);
    // The second allocation with a VLAN takes the first one's.
    const second = text.indexOf(`vlan: ${vlans[1]}`);
    writeFileSync(
      w.lock,
      `${text.slice(0, second)}vlan: ${vlans[0]}${text.slice(second + `vlan: ${vlans[1]}`.length)}`,
    );
    const line = text.slice(0, second).split("\n").length;
    for (const command of ["plan", "validate", "ipam"]) {
      const id = await run([command, w.file]);
      expect(id.code, command).toBe(2);
      expect(id.err, command).toMatch(
        new RegExp(
          `${w.lock}:${line}:\\d+ allocations\\[\\d+\\]\\.vlan: VLAN ${vlans[0]} sudah dipakai oleh allocations\\[\\d+\\]`,
        ),
      );
      const en = await run([command, w.file, "--lang", "en"]);
      expect(en.code, command).toBe(2);
      expect(en.err, command).toMatch(
        new RegExp(
          `${w.lock}:${line}:\\d+ allocations\\[\\d+\\]\\.vlan: VLAN ${vlans[0]} is already taken by allocations\\[\\d+\\]`,
        ),
      );
      expect(en.err, command).not.toContain("sudah dipakai");
    }
  });

  it("says a lock that is not YAML at its line, in both", async () => {
    const w = writeInventory();
    writeFileSync(w.lock, "version: 1\nsupernet: [10.20.0.0/16\nallocations: []\n");
    const id = await run(["validate", w.file]);
    expect(id.code).toBe(2);
    expect(id.err).toMatch(new RegExp(`${w.lock}:3:1: YAML tidak valid: `));
    const en = await run(["validate", w.file, "--lang", "en"]);
    expect(en.err).toMatch(new RegExp(`${w.lock}:3:1: `));
    expect(en.err).not.toContain("YAML tidak valid");
  });

  it("spbe ipam --release of an id the lock does not hold: exit 1, in both", async () => {
    const w = writeInventory();
    await run(["ipam", "--lang", "en", w.file]);
    const id = await run(["ipam", w.file, "--release", "tidak-ada"]);
    expect(id.code).toBe(1);
    expect(id.err).toContain(`${w.lock}:1:1 (lock): lock tidak memiliki alokasi milik 'tidak-ada'`);
    const en = await run(["ipam", w.file, "--release", "tidak-ada", "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.err).toContain(`${w.lock}:1:1 (lock): the lock has no allocation owned by 'tidak-ada'`);
  });
});

describe("usage errors in both languages", () => {
  it("are said in the language --lang or SPBE_LANG asks for, even before the options are read", async () => {
    const id = await run(["regulation", "check"]);
    expect(id.code).toBe(2);
    expect(id.err).toContain("spbe regulation: check memerlukan sedikitnya satu berkas data");
    const en = await run(["regulation", "check", "--lang", "en"]);
    expect(en.err).toContain("spbe regulation: check needs at least one data file");
    // node's own parser refuses the option: its sentence, introduced in Indonesian.
    const unknown = await run(["diagram", "x.yaml", "--warna", "merah"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/spbe diagram: argumen tidak valid: Unknown option '--warna'/);
    process.env.SPBE_LANG = "en";
    try {
      const env = await run(["merge"]);
      expect(env.err).toContain("spbe merge: give at least one result file");
      const flag = await run(["merge", "--lang", "id"]);
      expect(flag.err).toContain("spbe merge: berikan sedikitnya satu berkas hasil");
    } finally {
      delete process.env.SPBE_LANG;
    }
    const bad = await run(["netlab", "x.yaml", "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--lang harus id atau en, bukan "fr" (--lang must be id or en, got "fr")');
  });
});
