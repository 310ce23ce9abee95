/** The lab on a generated region of 50 agencies: the matrix is as the policy says. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRegion } from "../../bench/generator/write";
import { loadInventory } from "../../inventory";
import { runLab } from "../../netlab/lab";
import { buildDeviceModel } from "../../plan/devices/model";
import { readLock } from "../../plan/lock";
import { skipReason } from "../devices/fixture";

const reason = skipReason(["ip", "nft", "vtysh", "zebra", "ospfd", "python3"], true);

describe.skipIf(reason !== null)(`the lab on a generated region ${reason ?? ""}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "spbe-netlab-gen-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("50 agencies converge and every pair is as the policy says", { timeout: 900_000 }, async () => {
    const region = writeRegion(dir, {
      key: "kab-lima-puluh",
      name: "Kabupaten Lima Puluh",
      kind: "kabupaten",
      regulation: "ppu",
      agencies: 50,
      applications: 20,
      seed: "netlab",
      asOf: "2026-11-20",
    });
    const loaded = loadInventory(region.yamlPath);
    const lock = readLock(region.lockPath);
    if (!loaded.ok || !lock.ok) throw new Error("the generated region does not load");
    const built = buildDeviceModel(loaded.inventory, lock.lock, region.yamlPath);
    if (!built.ok) throw new Error(built.errors.join("\n"));
    const result = await runLab(built.model, { convergeTimeoutMs: 300_000 });
    expect(result.converged).toBe(true);
    expect(result.unexpected).toEqual([]);
    expect(new Set(result.cells.map((c) => c.source)).size).toBe(50);
  });
});
