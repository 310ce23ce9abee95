/**
 * The reachability matrix: from the host of every agency LAN to every target of the model (the
 * other agency LANs, the site ranges, the interconnect edges), one ICMP echo and, where a host
 * stands for the target, one TCP connection, sent by `send-probes.py` inside the source's namespace.
 * Each cell compares what got through with what the policy says (`DeviceModel.reach`).
 */
import type { DeviceModel } from "../plan/devices/types";
import type { LabPlan } from "./plan";
import { pool } from "./pool";
import { must, TOOLS } from "./tools";

export interface Cell {
  source: string;
  target: string;
  expected: boolean;
  icmp: boolean;
  /** null where no host stands for the target (an interconnect edge answers ICMP only). */
  tcp: boolean | null;
  ok: boolean;
}

export async function probeAll(
  model: DeviceModel,
  plan: LabPlan,
  opts: { port: number; timeoutS: number; python: string; probe: string },
): Promise<Cell[]> {
  const sources = plan.hosts.filter((h) => h.target.kind === "agency");
  const addressOf = (id: string) => {
    const host = plan.hosts.find((h) => h.target.id === id);
    if (host) return { address: host.address.split("/")[0], port: opts.port };
    const t = model.targets.find((x) => x.id === id);
    return { address: (t?.prefix ?? "").split("/")[0], port: null };
  };
  const rows = await pool(sources, 8, async (src) => {
    const agency = src.target.id.replace(/^agency:/, "");
    const targets = model.targets
      .filter((t) => t.id !== src.target.id)
      .map((t) => ({ id: t.id, ...addressOf(t.id) }));
    const out = await must(TOOLS.ip, ["netns", "exec", src.ns, opts.python, opts.probe], {
      input: JSON.stringify({ timeout: opts.timeoutS, targets }),
      timeoutMs: (opts.timeoutS + 20) * 1000,
    });
    const seen = JSON.parse(out) as Record<string, { icmp: boolean; tcp: boolean | null }>;
    const allowed = new Set(model.reach[agency] ?? []);
    return targets.map((t): Cell => {
      const s = seen[t.id];
      const expected = allowed.has(t.id);
      return {
        source: agency,
        target: t.id,
        expected,
        icmp: s.icmp,
        tcp: s.tcp,
        ok: s.icmp === expected && (s.tcp === null || s.tcp === expected),
      };
    });
  });
  return rows.flat();
}
