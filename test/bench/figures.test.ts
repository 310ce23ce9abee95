import { describe, expect, it } from "vitest";
import { sizeFigures, targets } from "../../bench/figures";
import type { FullMeasurement } from "../../bench/measure-full";
import type { FloorMeasurement } from "../../bench/measure-floor";
import { fit } from "../../bench/generator/fit";

function full(resources: number, stages: FullMeasurement["stages"], maxRssKiB: number): FullMeasurement {
  const totalMs = Object.values(stages).reduce((a, b) => a + b, 0);
  const cpuStages = { ...stages, program: stages.program / 2 };
  const cpuTotalMs = Object.values(cpuStages).reduce((a, b) => a + b, 0);
  return {
    region: "r",
    resources,
    startupMs: 900,
    stages,
    totalMs,
    cpuStages,
    cpuTotalMs,
    summary: { mandatory: 0, advisory: 0, exempt: 0, resources },
    maxRssKiB,
  };
}
const floor = (resources: number, registerMs: number): FloorMeasurement => ({
  resources,
  registerMs,
  registerCpuMs: registerMs / 2,
  maxRssKiB: 1,
});

describe("benchmark figures", () => {
  it("derives ratio, policy share and ms per resource from the stage timings", () => {
    const f = sizeFigures(
      "1k",
      full(1000, { load: 100, plan: 50, program: 1000, policies: 200, report: 50 }, 1024),
      floor(1000, 1000),
    );
    expect(f.wall.fullMs).toBe(1400);
    expect(f.wall.ratio).toBeCloseTo(1.4);
    expect(f.wall.policyShare).toBeCloseTo(200 / 1400);
    expect(f.wall.fullMsPerResource).toBeCloseTo(1.4);
    // CPU: the program stage used half its wall time, the floor half its own.
    expect(f.cpu.fullMs).toBe(900);
    expect(f.cpu.ratio).toBeCloseTo(900 / 500);
  });

  it("marks each target met or not, and a size that was not run as not measured", () => {
    const small = sizeFigures(
      "1k",
      full(1000, { load: 10, plan: 10, program: 1000, policies: 50, report: 10 }, 1024),
      floor(1000, 1000),
    );
    const goals = targets([small]);
    expect(goals.find((g) => g.basis === "wall" && g.what === "full/floor at 1k")?.met).toBe(true);
    expect(goals.find((g) => g.basis === "cpu" && g.what === "full/floor at 10k")?.met).toBeNull();
    const large = sizeFigures(
      "10k",
      full(10000, { load: 100, plan: 100, program: 20000, policies: 500, report: 100 }, 2_000_000),
      floor(10000, 10000),
    );
    const both = targets([small, large]);
    expect(both.find((g) => g.basis === "wall" && g.what === "full/floor at 10k")?.met).toBe(false);
    expect(both.find((g) => g.basis === "wall" && g.what.startsWith("ms per resource"))?.met).toBe(false);
    expect(both.find((g) => g.what.startsWith("peak RSS"))?.met).toBe(false);
  });

  it("refuses a measurement in which nothing was registered", () => {
    expect(() =>
      sizeFigures("1k", full(0, { load: 1, plan: 1, program: 1, policies: 1, report: 1 }, 1), floor(0, 1)),
    ).toThrow(/no resource/);
  });
});

describe("calibration fit", () => {
  it("recovers the coefficients of samples that lie exactly on a plane", () => {
    const plane = (a: number, b: number) => 37 + 6 * a + 11 * b;
    const pts: Array<[number, number]> = [
      [5, 0],
      [5, 30],
      [30, 5],
      [30, 60],
      [60, 20],
    ];
    const f = fit(pts.map(([a, b]) => [a, b, plane(a, b)]));
    expect(f.base).toBeCloseTo(37, 6);
    expect(f.perAgency).toBeCloseTo(6, 6);
    expect(f.perApplication).toBeCloseTo(11, 6);
  });

  it("refuses samples that cannot separate agencies from applications", () => {
    expect(() =>
      fit([
        [1, 1, 10],
        [2, 2, 20],
        [3, 3, 30],
      ]),
    ).toThrow(/do not determine/);
  });
});
