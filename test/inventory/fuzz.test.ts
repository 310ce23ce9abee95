/**
 * Fuzzing the loader with seeded random mutations of the example regions (and the valid fixture):
 * dropped keys, values of the wrong type, broken references, duplicated elements, junk in the YAML
 * and truncated files. Whatever comes in, the loader answers with errors that have positions, or
 * with an inventory, and never throws. `SPBE_FUZZ_RUNS` raises the number of runs (default 1,000);
 * `SPBE_FUZZ_SEED` replays another seed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  formatErrorIn,
  loadInventoryFromString,
  parsePath,
  type LoadResult,
  type PathSegment,
} from "../../inventory";

const RUNS = Number(process.env.SPBE_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.SPBE_FUZZ_SEED ?? 20261123);
const TODAY = "2026-11-23";

const REGIONS = join(__dirname, "../../inventory/regions");
const SOURCES = [
  join(__dirname, "../fixtures/inventory/valid/region.yaml"),
  ...readdirSync(REGIONS)
    .filter((f) => f.endsWith(".yaml") && !f.endsWith(".lock.yaml"))
    .sort()
    .map((f) => join(REGIONS, f)),
].map((file) => {
  const text = readFileSync(file, "utf8");
  // Parsed once: each run mutates a copy rather than parsing the YAML again.
  return { file, text, data: parse(text) as unknown };
});

/** Fields that hold a reference to another element: breaking one must be reported there. */
const REFERENCE_KEYS = new Set(["owner", "target", "consumes", "calls", "provider", "server"]);
const JUNK = [
  "{[",
  "]: :",
  "\t- x",
  "&a *b",
  "- [",
  '"',
  "key: value: other",
  "\u0000",
  "? ?",
  "!!binary %%",
];

type Tree = Record<string, unknown> | unknown[];
interface Site {
  path: PathSegment[];
  parent: Tree;
  key: string | number;
  value: unknown;
}

/** Every value of the tree with where it sits, in document order. */
function sites(value: unknown, path: PathSegment[] = []): Site[] {
  if (value === null || typeof value !== "object") return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, child]) => [
    { path: [...path, key], parent: value as Tree, key, value: child },
    ...sites(child, [...path, key]),
  ]);
}

function wrongType(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "not-a-number";
  if (typeof value === "boolean") return "maybe";
  return "a-scalar-instead";
}

type Expectation = { kind: "anything" } | { kind: "error-at"; path: PathSegment[] } | { kind: "error" };

interface Mutation {
  source: number;
  kind: "drop-key" | "wrong-type" | "break-reference" | "duplicate" | "junk" | "truncate";
  pick: number;
  junk: number;
}

function mutate(m: Mutation): { file: string; text: string; expect: Expectation } {
  const { file, text, data: original } = SOURCES[m.source % SOURCES.length];
  if (m.kind === "junk") {
    const at = m.pick % (text.length + 1);
    return {
      file,
      text: text.slice(0, at) + JUNK[m.junk % JUNK.length] + text.slice(at),
      expect: { kind: "anything" },
    };
  }
  if (m.kind === "truncate")
    return { file, text: text.slice(0, m.pick % text.length), expect: { kind: "anything" } };
  const data = structuredClone(original);
  const all = sites(data);
  const choose = (candidates: Site[]) => candidates[m.pick % candidates.length];
  let expectation: Expectation = { kind: "anything" };
  if (m.kind === "drop-key") {
    const s = choose(all.filter((x) => !Array.isArray(x.parent)));
    delete (s.parent as Record<string, unknown>)[s.key];
  } else if (m.kind === "wrong-type") {
    const s = choose(all);
    (s.parent as Record<string | number, unknown>)[s.key] = wrongType(s.value);
    expectation = { kind: "error-at", path: s.path };
  } else if (m.kind === "break-reference") {
    const refs = all.filter(
      (x) =>
        typeof x.value === "string" &&
        (REFERENCE_KEYS.has(String(x.key)) || (typeof x.key === "number" && x.path.at(-2) === "consumers")),
    );
    const s = choose(refs);
    (s.parent as Record<string | number, unknown>)[s.key] = `zz-nowhere-${m.pick % 997}`;
    expectation = { kind: "error-at", path: s.path };
  } else {
    const lists = all.filter(
      (x) => Array.isArray(x.value) && x.value.some((e) => e && typeof e === "object" && "id" in e),
    );
    const s = choose(lists);
    const list = s.value as unknown[];
    list.push(structuredClone(list[m.pick % list.length]));
    expectation = { kind: "error" };
  }
  return { file, text: stringify(data), expect: expectation };
}

/** True when `prefix` is `path` or an ancestor of it. */
function within(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}

function check(result: LoadResult, file: string, expectation: Expectation): void {
  if (result.ok) {
    expect(expectation.kind).toBe("anything");
    expect(Array.isArray(result.inventory.agencies)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.file).toBe(file);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
    expect(formatErrorIn(e, "en")).not.toContain("\n");
    expect(parsePath(e.path)).not.toBeNull();
  }
  if (expectation.kind === "error-at") {
    const target = expectation.path;
    const blamed = result.errors.some((e) => {
      const p = parsePath(e.path) ?? [];
      return within(p, target) || within(target, p);
    });
    expect(
      blamed,
      `no error at or around ${target.join(".")}: ${result.errors.map((e) => formatErrorIn(e, "en")).join(" | ")}`,
    ).toBe(true);
  }
}

describe("loader fuzzing", () => {
  it("loads every source unmutated", () => {
    for (const { file, text } of SOURCES) {
      const result = loadInventoryFromString(text, file, { today: TODAY });
      expect(result.ok ? [] : result.errors.map((e) => formatErrorIn(e, "en"))).toEqual([]);
    }
  });

  it(
    `answers ${RUNS} random mutations with positioned errors or an inventory, never by throwing`,
    () => {
      const mutation = fc.record({
        source: fc.nat(),
        kind: fc.constantFrom("drop-key", "wrong-type", "break-reference", "duplicate", "junk", "truncate"),
        pick: fc.nat(),
        junk: fc.nat(),
      });
      fc.assert(
        fc.property(mutation, (m) => {
          const { file, text, expect: expectation } = mutate(m as Mutation);
          check(loadInventoryFromString(text, file, { today: TODAY }), file, expectation);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // A run takes ~10-25 ms on a busy two-core machine; the limit grows with SPBE_FUZZ_RUNS.
    },
    Math.max(120_000, RUNS * 100),
  );
});
