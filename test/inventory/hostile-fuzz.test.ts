/**
 * The hostile-input fuzz suite: seeded cases of broken syntax, bad encodings and control
 * characters, alias bombs, sizes and escaping includes (see test/support/hostile-inputs.ts).
 * Every answer is a located error or a legitimate acceptance, within seconds, and nothing
 * outside the region's folder is ever opened or printed. `SPBE_HOSTILE_RUNS` raises the number
 * of cases (default 60), `SPBE_HOSTILE_SEED` replays another seed; `npx tsx bench/hostile.ts`
 * prints the table.
 */
import { describe, expect, it } from "vitest";
import { CATEGORIES, hostileCase } from "../support/hostile-inputs";
import { formatTable, runCase, runHostile } from "../support/hostile-run";
import { rmSync } from "node:fs";
import { join } from "node:path";

const RUNS = Number(process.env.SPBE_HOSTILE_RUNS ?? 60);
const SEED = Number(process.env.SPBE_HOSTILE_SEED ?? 20261201);

describe("hostile inputs", () => {
  it("the read tracker sees the files the loader opens (so a zero below means something)", () => {
    // Case 4 of the cycle is an include case; its region file and parts/more.yaml are opened.
    const c = hostileCase(SEED, CATEGORIES.indexOf("include"));
    try {
      const o = runCase(c);
      expect(o.opened.some((p) => p.endsWith("region.yaml"))).toBe(true);
      expect(o.opened.some((p) => p.endsWith("more.yaml"))).toBe(true);
    } finally {
      rmSync(join(c.folder, ".."), { recursive: true, force: true });
    }
  });

  it(`${RUNS} cases: no crash, hang, wrong acceptance, unlocated error or read outside the region folder`, () => {
    const table = runHostile(RUNS, SEED);
    const summary = `${formatTable(table)}\n${table.failures.map((f) => `${f.category}/${f.name}: ${f.verdict} ${f.outside.join(",")} ${f.detail ?? ""}`).join("\n")}`;
    expect(table.tried, summary).toBe(RUNS);
    expect(table.located, summary).toBeGreaterThan(0);
    expect(
      {
        crashes: table.crashes,
        hangs: table.hangs,
        wrong: table.wrongAcceptances,
        unlocated: table.unlocated,
        outside: table.readsOutside,
      },
      summary,
    ).toEqual({ crashes: 0, hangs: 0, wrong: 0, unlocated: 0, outside: 0 });
  }, 600_000);
});
