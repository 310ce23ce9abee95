/**
 * The benchmark's figures and targets, computed from the child measurements. Pure: the table and
 * the JSON are both made from what this returns, so they cannot disagree.
 */
import type { FloorMeasurement } from "./measure-floor";
import type { FullMeasurement } from "./measure-full";

export interface SizeFigures {
  label: string;
  region: string;
  resources: number;
  floorMs: number;
  fullMs: number;
  floorMsPerResource: number;
  fullMsPerResource: number;
  /** full / floor */
  ratio: number;
  /** policy evaluation / full */
  policyShare: number;
  stages: FullMeasurement["stages"];
  startupMs: { full: number };
  peakRssMiB: { full: number; floor: number };
  findings: FullMeasurement["summary"];
}

export interface Target {
  what: string;
  limit: number;
  measured: number | null;
  met: boolean | null;
}

export function sizeFigures(label: string, full: FullMeasurement, floor: FloorMeasurement): SizeFigures {
  if (floor.resources === 0 || full.resources === 0) throw new Error(`${label}: no resource was registered`);
  return {
    label,
    region: full.region,
    resources: full.resources,
    floorMs: floor.registerMs,
    fullMs: full.totalMs,
    floorMsPerResource: floor.registerMs / floor.resources,
    fullMsPerResource: full.totalMs / full.resources,
    ratio: full.totalMs / floor.registerMs,
    policyShare: full.stages.policies / full.totalMs,
    stages: full.stages,
    startupMs: { full: full.startupMs },
    peakRssMiB: { full: full.maxRssKiB / 1024, floor: floor.maxRssKiB / 1024 },
    findings: full.summary,
  };
}

function target(what: string, limit: number, measured: number | null, atMost = true): Target {
  return {
    what,
    limit,
    measured,
    met: measured === null ? null : atMost ? measured <= limit : measured >= limit,
  };
}

/** The targets, each with what was measured; a target whose size was not run is `null`. */
export function targets(sizes: readonly SizeFigures[]): Target[] {
  const at = (label: string) => sizes.find((s) => s.label === label);
  const small = at("1k");
  const large = at("10k");
  const maxShare = sizes.length > 0 ? Math.max(...sizes.map((s) => s.policyShare)) : null;
  return [
    target("full/floor at 1k", 1.3, small?.ratio ?? null),
    target("full/floor at 10k", 1.3, large?.ratio ?? null),
    target("policy evaluation share of the total (worst size)", 0.1, maxShare),
    target(
      "ms per resource at 10k / at 1k",
      1.2,
      small && large ? large.fullMsPerResource / small.fullMsPerResource : null,
    ),
    target("peak RSS at 10k (MB, 10^6 bytes)", 1600, large ? (large.peakRssMiB.full * 2 ** 20) / 1e6 : null),
  ];
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

export function table(sizes: readonly SizeFigures[], goals: readonly Target[]): string {
  const head = [
    "size",
    "resources",
    "floor ms",
    "full ms",
    "floor ms/res",
    "full ms/res",
    "full/floor",
    "policy %",
    "peak RSS MiB",
  ];
  const rows = sizes.map((s) => [
    s.label,
    String(s.resources),
    fmt(s.floorMs),
    fmt(s.fullMs),
    fmt(s.floorMsPerResource, 3),
    fmt(s.fullMsPerResource, 3),
    fmt(s.ratio, 2),
    fmt(s.policyShare * 100, 1),
    fmt(s.peakRssMiB.full),
  ]);
  const stageHead = ["size", "load", "plan", "program", "policies", "report", "startup"];
  const stageRows = sizes.map((s) => [
    s.label,
    ...(["load", "plan", "program", "policies", "report"] as const).map((k) => fmt(s.stages[k])),
    fmt(s.startupMs.full),
  ]);
  const goalLines = goals.map(
    (g) =>
      `  ${g.met === null ? "n/a " : g.met ? "met " : "MISS"}  ${g.what}: ${g.measured === null ? "not measured" : fmt(g.measured, 3)} (limit ${g.limit})`,
  );
  return [
    grid(head, rows),
    "",
    "stages (ms):",
    grid(stageHead, stageRows),
    "",
    "targets:",
    ...goalLines,
  ].join("\n");
}

function grid(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}
