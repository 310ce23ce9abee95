/**
 * BK-01's indexed coverage against its plain form (every volume against every schedule, in stack
 * order) on random stacks: the same answer for every volume, and the same reads through the
 * props in the same order, so an unknown value would stop both at the same point.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LABEL } from "../../inventory/facts";
import { makeView, type View } from "../../policies/rule";
import { coverage, template } from "../../policies/rules/backup-coverage";
import { matchesSelector } from "../../policies/rules/select";

/** The plain form: what BK-01 computed before the index. */
function plainCovers(schedule: View, volume: View): boolean {
  const tpl = template(schedule);
  const ns = tpl.includedNamespaces;
  if (Array.isArray(ns) && volume.namespace) {
    return (
      (ns.includes("*") || ns.includes(volume.namespace)) && matchesSelector(tpl.labelSelector, volume.labels)
    );
  }
  const app = volume.labels[LABEL.app];
  return app !== undefined && schedule.labels[LABEL.app] === app;
}

/** Props that log the path of every read, as the engine's proxy sees them. */
function recorded(value: unknown, path: string, log: string[]): unknown {
  if (value === null || typeof value !== "object") return value;
  return new Proxy(value as object, {
    get(target, key) {
      const p = `${path}.${String(key)}`;
      if (typeof key === "string") log.push(p);
      return recorded((target as Record<string | symbol, unknown>)[key], p, log);
    },
  });
}

const ns = fc.constantFrom("a", "b", "c");
const app = fc.option(fc.constantFrom("p", "q", "r"), { nil: undefined });
const tier = fc.option(fc.constantFrom("x", "y"), { nil: undefined });
const schedule = fc.record({
  namespaces: fc.option(fc.array(fc.oneof(ns, fc.constant("*")), { maxLength: 2 }), { nil: undefined }),
  tier,
  app,
});
const volume = fc.record({
  namespace: fc.option(fc.oneof(ns, fc.constant("")), { nil: undefined }),
  tier,
  app,
});
type S = typeof schedule extends fc.Arbitrary<infer T> ? T : never;
type V = typeof volume extends fc.Arbitrary<infer T> ? T : never;

function stack(schedules: S[], volumes: V[], log: string[]): { schedules: View[]; volumes: View[] } {
  const labels = (a: string | undefined, t?: string) => ({
    ...(a ? { [LABEL.app]: a } : {}),
    ...(t ? { tier: t } : {}),
  });
  const view = (type: string, name: string, props: Record<string, unknown>) => {
    const v = makeView({ type, name, urn: `urn:${name}`, props: recorded(props, name, log) as never });
    void v.labels; // BK-01 reads every label set (the role) before it asks about coverage
    return v;
  };
  return {
    schedules: schedules.map((s, i) =>
      view("kubernetes:velero.io/v1:Schedule", `s${i}`, {
        metadata: { name: `s${i}`, labels: labels(s.app) },
        spec: {
          template: {
            ...(s.namespaces ? { includedNamespaces: s.namespaces } : {}),
            ...(s.tier ? { labelSelector: { matchLabels: { tier: s.tier } } } : {}),
          },
        },
      }),
    ),
    volumes: volumes.map((v, i) =>
      view("kubernetes:core/v1:PersistentVolumeClaim", `v${i}`, {
        metadata: {
          name: `v${i}`,
          ...(v.namespace !== undefined ? { namespace: v.namespace } : {}),
          labels: labels(v.app, v.tier),
        },
      }),
    ),
  };
}

/** Each path at its first read: later reads of a path already read return what the first did. */
const firstReads = (log: string[]) => [...new Set(log)];

describe("BK-01's coverage index", () => {
  it("answers and reads as every volume against every schedule in stack order does", () => {
    fc.assert(
      fc.property(
        fc.array(schedule, { maxLength: 8 }),
        fc.array(volume, { maxLength: 10 }),
        (schedules, volumes) => {
          const plainLog: string[] = [];
          const plain = stack(schedules, volumes, plainLog);
          plainLog.length = 0;
          const expected = plain.volumes.map((v) => plain.schedules.some((s) => plainCovers(s, v)));

          const indexedLog: string[] = [];
          const indexed = stack(schedules, volumes, indexedLog);
          indexedLog.length = 0;
          const covered = coverage(indexed.schedules);
          expect(indexed.volumes.map(covered)).toEqual(expected);
          expect(firstReads(indexedLog)).toEqual(firstReads(plainLog));
        },
      ),
      { numRuns: 500 },
    );
  });
});
