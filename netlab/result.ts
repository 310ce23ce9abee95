/**
 * What ties a lab result to what it tested: a hash of the device model the lab ran (every
 * router's rendered Linux configuration, the targets and the reach policy the matrix compares
 * against). `spbe report --lab` recomputes it from the inventory and refuses a result made for
 * another plan, so an auditor never sees a matrix that is not this region's as it stands.
 */
import { createHash } from "node:crypto";
import { renderLinux } from "../plan/devices/render";
import type { DeviceModel } from "../plan/devices/types";

/** The version of the result's JSON shape; bumped when a field changes meaning. */
export const LAB_RESULT_FORMAT = "spbe-netlab-result/1";

/** sha256 (hex) over what the lab runs: the rendered FRR and nftables files, targets and reach. */
export function labModelHash(model: DeviceModel): string {
  const h = createHash("sha256");
  h.update(`${model.region}\0${model.supernet}\0`);
  for (const r of model.routers)
    for (const f of renderLinux(r, model.region)) h.update(`${r.id}\0${f.name}\0${f.content}\0`);
  h.update(JSON.stringify(model.targets));
  h.update(JSON.stringify(Object.entries(model.reach).sort(([a], [b]) => a.localeCompare(b))));
  return h.digest("hex");
}
