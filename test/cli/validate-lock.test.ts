/**
 * `spbe validate` knows the lock: a change of the inventory the append-only lock cannot follow
 * (a new supernet, a resized range or link, an outgrown LAN) is an error at the inventory line
 * that changed, as `spbe ipam` reports it too, always with file:line:col.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "./run";
import { writeInventory } from "./workdir";

/** The line and column of the first `needle` in the file (1-based), as the loader counts them. */
function at(file: string, needle: string): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  return `${file}:${line + 1}:${lines[line].indexOf(needle) + 1}`;
}

async function allocated() {
  const w = writeInventory();
  expect((await run(["ipam", "--lang", "en", w.file])).code).toBe(0);
  expect((await run(["validate", "--lang", "en", w.file])).code).toBe(0);
  return w;
}

describe("spbe validate with a lock", () => {
  it("reports a supernet the lock cannot follow at network.supernet", async () => {
    const w = await allocated();
    writeFileSync(w.file, readFileSync(w.file, "utf8").replace("10.20.0.0/16", "10.30.0.0/16"));
    const { code, err, out } = await run(["validate", "--lang", "en", w.file]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(
      `${at(w.file, "10.30.0.0/16")} network.supernet: the lock's supernet 10.20.0.0/16 differs from the inventory's network.supernet 10.30.0.0/16`,
    );
  });

  it("reports a range resized under the lock at network.ranges.<purpose>", async () => {
    const w = await allocated();
    const text = readFileSync(w.file, "utf8");
    const resized = text.includes("hosting: 22")
      ? text.replace("hosting: 22", "hosting: 21")
      : text.replace("network:\n", "network:\n  ranges: { hosting: 21 }\n");
    writeFileSync(w.file, resized);
    const { code, err } = await run(["validate", "--lang", "en", w.file]);
    expect(code).toBe(2);
    expect(err).toMatch(
      new RegExp(
        `^${w.file}:\\d+:\\d+ network\\.ranges\\.hosting: network\\.ranges\\.hosting asks for a /21 for the hosting range of site '[a-z0-9-]+', but the lock holds it as [0-9./]+; allocations never move`,
        "m",
      ),
    );
  });

  it("reports an outgrown LAN at the agency's lan.hosts", async () => {
    const w = await allocated();
    writeFileSync(w.file, readFileSync(w.file, "utf8").replace("hosts: 60", "hosts: 500"));
    const { code, err } = await run(["validate", "--lang", "en", w.file]);
    expect(code).toBe(2);
    expect(err).toContain(
      `${at(w.file, "500")} agencies[0].lan.hosts: Perangkat Daerah 'bappeda' has lan.hosts 500`,
    );
  });

  it("spbe ipam reports the same errors with file:line:col", async () => {
    const w = await allocated();
    writeFileSync(w.file, readFileSync(w.file, "utf8").replace("10.20.0.0/16", "10.30.0.0/16"));
    for (const argv of [
      ["ipam", "--lang", "en", w.file],
      ["ipam", "--lang", "en", "--check", w.file],
    ]) {
      const { code, err } = await run(argv);
      expect(code).toBe(1);
      expect(err.trim().split("\n")[0]).toMatch(
        new RegExp(`^${w.file}:\\d+:\\d+ network\\.supernet: the lock's supernet`),
      );
    }
  });
});
