/**
 * Convergence: every router still cabled to the core has a route to every prefix of every cabled
 * router (LANs, ranges, links). A router cut off by a mutation is left out, so the wait ends as
 * soon as what can converge has; the deadline bounds it otherwise.
 */
import type { DeviceModel } from "../plan/devices/types";
import { routesOf } from "./frr";
import type { LabPlan } from "./plan";
import { pool } from "./pool";

export function cabledRouters(model: DeviceModel, plan: LabPlan): Set<string> {
  const idOf = new Map(plan.routers.map((r) => [r.ns, r.id]));
  const adj = new Map<string, string[]>();
  for (const l of plan.links) {
    const a = idOf.get(l.a.ns);
    const b = idOf.get(l.b.ns);
    if (!a || !b || l.what.startsWith("leak ")) continue;
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  }
  const core = model.routers.find((r) => r.role === "core")?.id as string;
  const seen = new Set([core]);
  const queue = [core];
  while (queue.length > 0) {
    for (const n of adj.get(queue.shift() as string) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}

export async function waitForConvergence(
  model: DeviceModel,
  plan: LabPlan,
  timeoutMs: number,
): Promise<boolean> {
  const cabled = cabledRouters(model, plan);
  const routers = model.routers.filter((r) => cabled.has(r.id));
  const expected = [...new Set(routers.flatMap((r) => r.interfaces.map((i) => i.prefix)))];
  const nsOf = new Map(plan.routers.map((r) => [r.id, r.ns]));
  const deadline = Date.now() + timeoutMs;
  let waiting = routers.map((r) => nsOf.get(r.id) as string);
  while (Date.now() < deadline) {
    const done = await pool(waiting, 16, async (ns) => {
      const routes = await routesOf(ns);
      return expected.every((p) => routes.has(p));
    });
    waiting = waiting.filter((_, i) => !done[i]);
    if (waiting.length === 0) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
