/**
 * The Pulumi program's body: load and check the region inventory, read its address plan from the
 * lock file, build `SpbeRegion`, return the stack outputs. `index.ts` calls this under the engine;
 * `offline/mock-run.ts` calls it under the SDK's mocks. A bad inventory or lock stops everything with
 * all its errors in one message, in Bahasa Indonesia and then (after `EN:`) in English;
 * nothing is registered.
 */
import type * as pulumi from "@pulumi/pulumi";
import { formatErrorIn, loadInventory, type Lang, type Text } from "../inventory";
import type { Inventory } from "../inventory/schema";
import { buildDeviceModel } from "../plan/devices/model";
import type { DeviceModel } from "../plan/devices/types";
import { planAddresses } from "../plan/ipam";
import { lockPathFor, readLock } from "../plan/lock";
import type { AddressPlan } from "../plan/types";
import { SpbeRegion } from "./region";

export interface LoadedRegion {
  inventory: Inventory;
  addressPlan: AddressPlan;
  deviceModel: DeviceModel;
}

/**
 * The region and its address plan, or an Error listing every problem with where it is. `given` is
 * the inventory the caller already loaded from `inventoryPath` (the offline check), else it is read.
 */
export function loadRegion(
  inventoryPath: string,
  lockPath = lockPathFor(inventoryPath),
  given?: Inventory,
): LoadedRegion {
  const loaded = given ? { ok: true as const, inventory: given } : loadInventory(inventoryPath);
  if (!loaded.ok) {
    const lines = (lang: Lang) => loaded.errors.map((e) => formatErrorIn(e, lang));
    throw bilingual(
      {
        id: `${inventoryPath}: inventaris tidak valid:`,
        en: `${inventoryPath}: the inventory is malformed:`,
      },
      { id: lines("id"), en: lines("en") },
    );
  }
  const lock = readLock(lockPath);
  if (!lock.ok) {
    const heads = {
      id: `${lockPath}: berkas lock tidak valid:`,
      en: `${lockPath}: the lock file is malformed:`,
    };
    throw bilingual(heads, both(lock.texts));
  }
  const plan = planAddresses(loaded.inventory, lock.lock, inventoryPath);
  if (!plan.ok) {
    const heads = {
      id: `${inventoryPath}: rencana alamat tidak dapat dibuat:`,
      en: `${inventoryPath}: no address plan:`,
    };
    throw bilingual(heads, both(plan.texts));
  }
  const devices = buildDeviceModel(loaded.inventory, lock.lock, inventoryPath);
  if (!devices.ok) {
    // The device model words its problems in English only: the Indonesian part shows them as they are.
    const heads = {
      id: `${inventoryPath}: model perangkat tidak dapat dibuat:`,
      en: `${inventoryPath}: no device model:`,
    };
    throw bilingual(heads, { id: devices.errors, en: devices.errors });
  }
  return { inventory: loaded.inventory, addressPlan: plan.plan, deviceModel: devices.model };
}

/** The lines of `texts`, language by language. */
function both(texts: readonly Text[]): { id: string[]; en: string[] } {
  return { id: texts.map((t) => t.id), en: texts.map((t) => t.en) };
}

/**
 * The error the engine shows (its message only): the heading and every line in Bahasa Indonesia,
 * then `EN:` and the same in English.
 */
function bilingual(head: Text, lines: { id: string[]; en: string[] }): RegionLoadError {
  return new RegionLoadError([head.id, ...lines.id].join("\n"), [head.en, ...lines.en].join("\n"));
}

/** Why a region cannot be built: `id` and `en` hold the text in each language, `message` both. */
export class RegionLoadError extends Error {
  override name = "RegionLoadError";
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id}\nEN: ${en}`);
  }
}

/** Builds the region's resources and returns the stack outputs. */
export function buildRegion(
  inventoryPath: string,
  lockPath?: string,
): Record<string, pulumi.Output<unknown>> {
  return regionOutputs(loadRegion(inventoryPath, lockPath));
}

/** Builds the resources of an already loaded region and returns the stack outputs. */
export function regionOutputs({
  inventory,
  addressPlan,
  deviceModel,
}: LoadedRegion): Record<string, pulumi.Output<unknown>> {
  const region = new SpbeRegion(inventory.region.key, { inventory, addressPlan, deviceModel });
  return { ...region.outputs };
}
