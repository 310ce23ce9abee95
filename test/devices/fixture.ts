/** The device models of the example regions, and a skip rule for the tests that need real tools. */
import { join } from "node:path";
import { loadInventory, type Inventory } from "../../inventory";
import { buildDeviceModel } from "../../plan/devices/model";
import type { DeviceModel } from "../../plan/devices/types";
import { lockPathFor, readLock } from "../../plan/lock";
import type { Lock } from "../../plan/types";
import { missingTools, TOOLS } from "../../netlab/tools";

export const REGIONS = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"] as const;
export const REGIONS_DIR = join(__dirname, "..", "..", "inventory", "regions");

export function exampleInputs(key: string): { inventory: Inventory; lock: Lock; file: string } {
  const file = join(REGIONS_DIR, `${key}.yaml`);
  const loaded = loadInventory(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const read = readLock(lockPathFor(file));
  if (!read.ok || !read.lock) throw new Error(`${file}: no lock`);
  return { inventory: loaded.inventory, lock: read.lock, file };
}

export function exampleModel(key: string): DeviceModel {
  const { inventory, lock, file } = exampleInputs(key);
  const r = buildDeviceModel(inventory, lock, file);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.model;
}

/**
 * Why a test needing `tools` (and root, for network namespaces) cannot run here, or null when it
 * can. In CI (`CI` set) nothing is skipped: a missing tool fails the test instead.
 */
export function skipReason(tools: (keyof typeof TOOLS)[], needsRoot: boolean): string | null {
  if (process.env.CI) return null;
  const missing = missingTools(tools);
  if (missing.length > 0)
    return `skipped: ${missing.join(", ")} not installed (apt-get install frr nftables iproute2 iputils-ping)`;
  if (needsRoot && process.getuid?.() !== 0) return "skipped: network namespaces need root";
  return null;
}
