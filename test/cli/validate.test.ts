import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "./run";
import { writeInventory } from "./workdir";

describe("spbe validate", () => {
  it("exits 0 and says ok for a valid inventory", async () => {
    const w = writeInventory();
    const { code, out, err } = await run(["validate", "--lang", "en", w.file]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toBe(`${w.file}: ok (3 agencies, 2 sites, 0 applications)\n`);
  });

  it("exits 2 with the position of each problem of a broken inventory, and still checks the others", async () => {
    const good = writeInventory();
    const bad = writeInventory();
    writeFileSync(bad.file, "region:\n  key: Contoh\n");
    const { code, out, err } = await run(["validate", "--lang", "en", bad.file, good.file]);
    expect(code).toBe(2);
    expect(err).toMatch(
      new RegExp(`^${bad.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:\\d+ region\\.key: `, "m"),
    );
    expect(out).toContain(`${good.file}: ok`);
  });

  it("exits 2 for a malformed lock beside a valid inventory", async () => {
    const w = writeInventory();
    writeFileSync(w.lock, "version: 1\nsupernet: 10.20.0.0/16\nallocations:\n  - { kind: host, owner: a }\n");
    const { code, err } = await run(["validate", "--lang", "en", w.file]);
    expect(code).toBe(2);
    expect(err).toContain("contoh.lock.yaml:4:5 allocations[0].address: a host needs an address");
  });

  it("exits 2 without a file", async () => {
    expect((await run(["validate", "--lang", "en"])).code).toBe(2);
  });
});

describe("spbe validate given lock files", () => {
  it("checks a *.lock.yaml argument as a lock, so a glob over a regions folder passes", async () => {
    const w = writeInventory();
    await run(["ipam", "--lang", "en", w.file]);
    const { code, out } = await run(["validate", "--lang", "en", w.file, w.lock]);
    expect(code).toBe(0);
    // 14 for the address plan, plus the transit links of the DRC and the interconnect (plan/devices/transit.ts).
    expect(out).toContain(`${w.lock}: ok (lock, 16 allocations)\n`);
  });

  it("exits 2 for a malformed or missing lock given by name", async () => {
    const w = writeInventory();
    expect((await run(["validate", "--lang", "en", w.lock])).err).toContain("no such lock file");
    writeFileSync(w.lock, "version: 1\nsupernet: 10.20.0.0/33\n");
    const { code, err } = await run(["validate", "--lang", "en", w.lock]);
    expect(code).toBe(2);
    expect(err).toContain("contoh.lock.yaml:2:11 supernet: ");
  });
});
