/** A temporary directory holding the test inventory as YAML, the way a user's repository would. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { inventoryInput, type FixtureOptions } from "../plan/fixture";

export function writeInventory(opts: FixtureOptions = {}, dir = mkdtempSync(join(tmpdir(), "spbe-cli-"))) {
  const file = join(dir, "contoh.yaml");
  writeFileSync(file, stringify(inventoryInput(opts)));
  return { dir, file, lock: join(dir, "contoh.lock.yaml") };
}
