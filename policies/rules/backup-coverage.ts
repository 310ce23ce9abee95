/**
 * BK-01's coverage: whether any backup schedule covers a data volume, for every data volume of a
 * stack. A Velero schedule covers a volume when its namespaces include the volume's and its label
 * selector matches the volume's labels; a schedule without namespaces (Docker's backup
 * container), or a volume without a namespace, is matched by the app label instead.
 *
 * The plain form is "for each volume, the first schedule in stack order that covers it": volumes
 * × schedules, quadratic in the size of a region (0.5 s of a 10k-resource check). Here what a
 * schedule showed is kept (its scope, the namespaces its list names, where the first schedule
 * of each app is) and indexed by namespace, so a volume only looks at the schedules that name
 * its namespace (or `*`). Every read
 * through the engine's unknown-checking proxy still happens when the plain form would first make
 * it, in the same order, so an unknown value stops the rule at the same point
 * (test/policies/backup-coverage.test.ts compares both on random stacks).
 */
import { LABEL } from "../../inventory/facts";
import type { View } from "../rule";
import { matchesSelector } from "./select";

/** A Velero schedule's `spec.template`. */
export function template(v: View): Record<string, unknown> {
  const spec = (v.props.spec ?? {}) as Record<string, unknown>;
  return (spec.template ?? {}) as Record<string, unknown>;
}

/** What of a schedule decides what it covers, read when the plain form first reads it. */
interface ScheduleScope {
  /** `template.includedNamespaces` when it is a list, else null (the schedule matches by app). */
  namespaces: unknown[] | null;
  /** `template.labelSelector`, read when a namespace matched, as the plain form reads it. */
  labelSelector: () => unknown;
  app: string | undefined;
}

function scopeOf(schedule: View): ScheduleScope {
  const tpl = template(schedule);
  const ns = tpl.includedNamespaces;
  return {
    namespaces: Array.isArray(ns) ? ns : null,
    labelSelector: () => tpl.labelSelector,
    app: schedule.labels[LABEL.app],
  };
}

/**
 * The namespaces a list names, read as the plain form's first `includes("*") || includes(ns)`
 * reads it: up to a `*`, else every element (any later test of the list only reads these again).
 */
function namesOf(list: unknown[]): { all: boolean; names: Set<unknown> } {
  if (list.includes("*")) return { all: true, names: new Set() };
  const names = new Set<unknown>();
  for (let i = 0; i < list.length; i++) names.add(list[i]);
  return { all: false, names };
}

const firstAt = (m: Map<string, number>, key: string, i: number) => void (m.has(key) || m.set(key, i));

/** `coverage(schedules)(volume)`: whether any of `schedules` covers `volume`. */
export function coverage(schedules: View[]): (volume: View) => boolean {
  const n = schedules.length;
  const scopes: ScheduleScope[] = [];
  // Schedules before `built` have their scope read; the first with a namespace list is `listed`.
  let built = 0;
  let listed: number | undefined;
  const byApp = new Map<string, number>();
  const byAppUnlisted = new Map<string, number>();
  const build = (): ScheduleScope => {
    const i = built++;
    const s = (scopes[i] = scopeOf(schedules[i]!));
    if (s.app !== undefined) {
      firstAt(byApp, s.app, i);
      if (!s.namespaces) firstAt(byAppUnlisted, s.app, i);
    }
    if (s.namespaces && listed === undefined) listed = i;
    return s;
  };
  // Schedules before `named` have been visited by a volume with a namespace: their lists are read.
  let named = 0;
  const everyNamespace: number[] = [];
  const byNamespace = new Map<unknown, number[]>();

  return (volume) => {
    const app = volume.labels[LABEL.app];
    // Before the first namespace list, every schedule matches by app; the namespace is not read.
    while (listed === undefined) {
      if (app !== undefined && byApp.has(app)) return true;
      if (built === n) return false;
      const s = build();
      if (!s.namespaces && app !== undefined && s.app === app) return true;
    }
    if (app !== undefined && (byApp.get(app) ?? n) < listed) return true;
    const namespace = volume.namespace;
    if (!namespace) {
      // Without a namespace every schedule matches by app.
      if (app !== undefined && byApp.has(app)) return true;
      while (built < n) {
        const s = build();
        if (app !== undefined && s.app === app) return true;
      }
      return false;
    }
    named = Math.max(named, listed);
    const unlistedApp = app === undefined ? undefined : byAppUnlisted.get(app);
    const appAt = unlistedApp !== undefined && unlistedApp < named ? unlistedApp : n;
    const candidates = [...(byNamespace.get(namespace) ?? []), ...everyNamespace].sort((x, y) => x - y);
    for (const i of candidates) {
      if (i > appAt) break;
      if (matchesSelector(scopes[i]!.labelSelector(), volume.labels)) return true;
    }
    if (appAt < n) return true;
    for (let i = named; i < n; i++) {
      const s = i < built ? scopes[i]! : build();
      named = i + 1;
      if (s.namespaces) {
        const { all, names } = namesOf(s.namespaces);
        if (all) everyNamespace.push(i);
        for (const x of names) {
          const at = byNamespace.get(x);
          if (at) at.push(i);
          else byNamespace.set(x, [i]);
        }
        if ((all || names.has(namespace)) && matchesSelector(s.labelSelector(), volume.labels)) return true;
      } else if (app !== undefined && s.app === app) return true;
    }
    return false;
  };
}
