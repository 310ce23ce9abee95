/**
 * One check reads and checks its inventory once: the program under the mocks, the platforms, the
 * findings and a refusal's position all use the check's own load. Counted by wrapping the
 * loader's `loadInventory` (every import of it, through `inventory/index.ts` too, gets the spy).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkRegion } from "../../offline/check-region";
import { loadInventory } from "../../inventory/loader";
import { gatherReport } from "../../report/gather";
import { runRegion } from "../../review/run";
import { mutatedRegion } from "./mutate";

vi.mock("../../inventory/loader", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../inventory/loader")>();
  return { ...actual, loadInventory: vi.fn(actual.loadInventory) };
});

const TABANAN = "inventory/regions/tabanan.yaml";
const loads = vi.mocked(loadInventory);

/** The files read, one entry per load. */
const files = (): string[] => loads.mock.calls.map(([file]) => file);

beforeEach(() => {
  loads.mockClear();
});

describe("the inventory is loaded once per check", () => {
  it("spbe check's library reads the region once, for the program and the findings alike", async () => {
    const report = await checkRegion(TABANAN);
    expect(report.summary.resources).toBeGreaterThan(0);
    expect(files()).toEqual([TABANAN]);
  });

  it("reads nothing when the caller passes the inventory it loaded", async () => {
    const loaded = loadInventory(TABANAN);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    loads.mockClear();
    const report = await checkRegion(TABANAN, {}, loaded);
    expect(report.region).toBe("tabanan");
    expect(files()).toEqual([]);
  });

  it("places a refusal at the path it names in the check's own load, without reading again", async () => {
    const file = mutatedRegion("prabumulih", (doc) => doc.setIn(["sites", 1, "operator"], "setda"));
    const run = await runRegion(file);
    expect(run.report).toBeNull();
    expect(run.errors[0]?.path).toBe("sites[1].objectStorage");
    expect(run.errors[0]?.line).toBeGreaterThan(1);
    expect(files()).toEqual([file]);
  });

  it("the report reads the region once for its plan and both languages' evaluations", async () => {
    const gathered = await gatherReport(TABANAN);
    expect(gathered.ok).toBe(true);
    expect(files()).toEqual([TABANAN]);
  });
});
