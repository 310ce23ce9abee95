/**
 * What the Pulumi program throws when it cannot build a region (under `pulumi up` the user sees
 * only the message): every problem with its file, line and field, in Bahasa Indonesia first and
 * then, after `EN:`, in English.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRegion, RegionLoadError } from "../../components/program";
import { allocate } from "../../plan/ipam";
import { serializeLock } from "../../plan/lock";
import { inventory } from "./fixture";
import { writeInventory } from "../cli/workdir";

function refusal(file: string): RegionLoadError {
  try {
    loadRegion(file);
  } catch (e) {
    if (e instanceof RegionLoadError) return e;
    throw e;
  }
  throw new Error("expected a RegionLoadError");
}

describe("the program's refusals", () => {
  it("a malformed lock: its line and field, in both languages", () => {
    const w = writeInventory();
    const text = serializeLock(allocate(inventory(), null, "2026-11-23")).replace(
      "kind: host, owner: core-1",
      "kind: hots, owner: core-1",
    );
    writeFileSync(w.lock, text);
    const line = text.split("\n").findIndex((l) => l.includes("kind: hots")) + 1;
    const e = refusal(w.file);
    expect(e.message).toBe(`${e.id}\nEN: ${e.en}`);
    expect(e.id).toMatch(
      new RegExp(
        `^${w.lock}: berkas lock tidak valid:\\n${w.lock}:${line}:13 allocations\\[\\d+\\]\\.kind: Pilihan tidak valid`,
      ),
    );
    expect(e.en).toMatch(
      new RegExp(
        `^${w.lock}: the lock file is malformed:\\n${w.lock}:${line}:13 allocations\\[\\d+\\]\\.kind: Invalid option`,
      ),
    );
  });

  it("a malformed inventory: its errors in each language", () => {
    const w = writeInventory();
    writeFileSync(w.file, readFileSync(w.file, "utf8").replace(/^region:/m, "regoin:"));
    const e = refusal(w.file);
    expect(e.id).toMatch(new RegExp(`^${w.file}: inventaris tidak valid:\\n${w.file}:\\d+:\\d+ `));
    expect(e.en).toMatch(new RegExp(`^${w.file}: the inventory is malformed:\\n${w.file}:\\d+:\\d+ `));
    expect(e.id).toContain('kunci tidak dikenal "regoin"');
    expect(e.en).toContain('unknown key "regoin"');
  });

  it("no lock at all: the address plan says to run spbe ipam, in both", () => {
    const w = writeInventory();
    const e = refusal(w.file);
    expect(e.id).toBe(
      `${w.file}: rencana alamat tidak dapat dibuat:\ninventaris ini tidak memiliki berkas lock: jalankan \`spbe ipam ${w.file}\``,
    );
    expect(e.en).toBe(
      `${w.file}: no address plan:\nthere is no lock file for this inventory: run \`spbe ipam ${w.file}\``,
    );
  });
});
