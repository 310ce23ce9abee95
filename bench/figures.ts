/**
 * The benchmark's figures and targets, computed from the child measurements. Pure: the table and
 * the JSON are both made from what this returns, so they cannot disagree.
 *
 * Every figure is given twice: on wall time (what a reviewer waits) and on CPU time (user +
 * system of the process). On a machine shared with other work, wall time is inflated by waiting
 * for a core; CPU time is not, so it is the steadier basis for comparing the check to its floor.
 */
import type { Stage } from "../offline/check-region";
import type { FloorMeasurement } from "./measure-floor";
import type { FullMeasurement } from "./measure-full";

export type Basis = "wall" | "cpu";
export const BASES: readonly Basis[] = ["wall", "cpu"];

export interface BasisFigures {
  floorMs: number;
  fullMs: number;
  floorMsPerResource: number;
  fullMsPerResource: number;
  /** full / floor */
  ratio: number;
  /** policy evaluation / full */
  policyShare: number;
  stages: Record<Stage, number>;
}

export interface SizeFigures {
  label: string;
  region: string;
  resources: number;
  wall: BasisFigures;
  cpu: BasisFigures;
  startupMs: number;
  peakRssMiB: { full: number; floor: number };
  findings: FullMeasurement["summary"];
}

export interface Target {
  what: string;
  basis: Basis | "memory";
  limit: number;
  measured: number | null;
  met: boolean | null;
}

function basis(
  resources: number,
  floorMs: number,
  fullMs: number,
  stages: Record<Stage, number>,
): BasisFigures {
  return {
    floorMs,
    fullMs,
    floorMsPerResource: floorMs / resources,
    fullMsPerResource: fullMs / resources,
    ratio: fullMs / floorMs,
    policyShare: stages.policies / fullMs,
    stages,
  };
}

export function sizeFigures(label: string, full: FullMeasurement, floor: FloorMeasurement): SizeFigures {
  if (floor.resources === 0 || full.resources === 0) throw new Error(`${label}: no resource was registered`);
  return {
    label,
    region: full.region,
    resources: full.resources,
    wall: basis(full.resources, floor.registerMs, full.totalMs, full.stages),
    cpu: basis(full.resources, floor.registerCpuMs, full.cpuTotalMs, full.cpuStages),
    startupMs: full.startupMs,
    peakRssMiB: { full: full.maxRssKiB / 1024, floor: floor.maxRssKiB / 1024 },
    findings: full.summary,
  };
}

function target(what: string, b: Target["basis"], limit: number, measured: number | null): Target {
  return { what, basis: b, limit, measured, met: measured === null ? null : measured <= limit };
}

/** The targets, each with what was measured; a target whose size was not run is `null`. */
export function targets(sizes: readonly SizeFigures[]): Target[] {
  const small = sizes.find((s) => s.label === "1k");
  const large = sizes.find((s) => s.label === "10k");
  const out: Target[] = [];
  for (const b of BASES) {
    const maxShare = sizes.length > 0 ? Math.max(...sizes.map((s) => s[b].policyShare)) : null;
    out.push(
      target("full/floor at 1k", b, 1.3, small?.[b].ratio ?? null),
      target("full/floor at 10k", b, 1.3, large?.[b].ratio ?? null),
      target("policy evaluation share of the total (worst size)", b, 0.1, maxShare),
      target(
        "ms per resource at 10k / at 1k",
        b,
        1.2,
        small && large ? large[b].fullMsPerResource / small[b].fullMsPerResource : null,
      ),
    );
  }
  out.push(
    target(
      "peak RSS at 10k (MB, 10^6 bytes)",
      "memory",
      1600,
      large ? (large.peakRssMiB.full * 2 ** 20) / 1e6 : null,
    ),
  );
  return out;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const STAGES: Stage[] = ["load", "plan", "program", "policies", "report"];

export function table(sizes: readonly SizeFigures[], goals: readonly Target[]): string {
  const head = [
    "size",
    "basis",
    "resources",
    "floor ms",
    "full ms",
    "floor ms/res",
    "full ms/res",
    "full/floor",
    "policy %",
    "peak RSS MiB",
  ];
  const rows = sizes.flatMap((s) =>
    BASES.map((b) => [
      s.label,
      b,
      String(s.resources),
      fmt(s[b].floorMs),
      fmt(s[b].fullMs),
      fmt(s[b].floorMsPerResource, 3),
      fmt(s[b].fullMsPerResource, 3),
      fmt(s[b].ratio, 2),
      fmt(s[b].policyShare * 100, 1),
      fmt(s.peakRssMiB.full),
    ]),
  );
  const stageRows = sizes.flatMap((s) =>
    BASES.map((b) => [s.label, b, ...STAGES.map((k) => fmt(s[b].stages[k]))]),
  );
  const goalLines = goals.map(
    (g) =>
      `  ${g.met === null ? "n/a " : g.met ? "met " : "MISS"}  [${g.basis}] ${g.what}: ${g.measured === null ? "not measured" : fmt(g.measured, 3)} (limit ${g.limit})`,
  );
  return [
    grid(head, rows),
    "",
    "stages (ms; plan runs inside the program stage, the runner reports no split):",
    grid(["size", "basis", ...STAGES], stageRows),
    "",
    "targets:",
    ...goalLines,
  ].join("\n");
}

function grid(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}
