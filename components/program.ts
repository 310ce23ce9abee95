/**
 * The Pulumi program's body: load and check the region inventory, read its address plan from the
 * lock file, build `SpbeRegion`, return the stack outputs. `index.ts` calls this under the engine;
 * `offline/mock-run.ts` calls it under the SDK's mocks. A bad inventory or lock stops everything with
 * all its errors in one message; nothing is registered.
 */
import type * as pulumi from "@pulumi/pulumi";
import { formatError, loadInventory } from "../inventory";
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
    throw new Error(
      `${inventoryPath}: the inventory is malformed:\n${loaded.errors.map(formatError).join("\n")}`,
    );
  }
  const lock = readLock(lockPath);
  if (!lock.ok) throw new Error(`${lockPath}: the lock file is malformed:\n${lock.errors.join("\n")}`);
  const plan = planAddresses(loaded.inventory, lock.lock, inventoryPath);
  if (!plan.ok) throw new Error(`${inventoryPath}: no address plan:\n${plan.errors.join("\n")}`);
  const devices = buildDeviceModel(loaded.inventory, lock.lock, inventoryPath);
  if (!devices.ok) throw new Error(`${inventoryPath}: no device model:\n${devices.errors.join("\n")}`);
  return { inventory: loaded.inventory, addressPlan: plan.plan, deviceModel: devices.model };
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
