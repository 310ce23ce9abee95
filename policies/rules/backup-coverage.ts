/**
 * BK-01's coverage: whether any backup schedule covers a data volume, for every data volume of a
 * stack. A Velero schedule covers a volume when its namespaces include the volume's and its label
 * selector matches the volume's labels; a schedule without namespaces (Docker's backup
 * container), or a volume without a namespace, is matched by the app label instead.
 *
 * The plain form is "for each volume, the first schedule in stack order that covers it": volumes
 * × schedules, quadratic in the size of a region (0.5 s of a 10k-resource check). Here what a
 * schedule showed is kept (its scope; per namespace, whether it includes it; per app, where the
 * first app match is), so a volume only looks at the schedules of its own namespace. Every read
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

/** What of a schedule decides what it covers, read once per schedule and check. */
interface ScheduleScope {
  /** Whether `template.includedNamespaces` (when a list) names `*` or this namespace; kept per namespace. */
  includes: ((namespace: string) => boolean) | null;
  /** `template.labelSelector`, read when a namespace matched, as the plain form reads it. */
  labelSelector: () => unknown;
  app: string | undefined;
}

function scopeOf(schedule: View): ScheduleScope {
  const tpl = template(schedule);
  const ns = tpl.includedNamespaces;
  let includes: ScheduleScope["includes"] = null;
  if (Array.isArray(ns)) {
    const seen = new Map<string, boolean>();
    includes = (namespace) => {
      let hit = seen.get(namespace);
      if (hit === undefined) seen.set(namespace, (hit = ns.includes("*") || ns.includes(namespace)));
      return hit;
    };
  }
  return { includes, labelSelector: () => tpl.labelSelector, app: schedule.labels[LABEL.app] };
}

/** The schedules from `from` on, as examined for the volumes of one namespace. */
interface Examined {
  /** Schedules before this position have been examined. */
  next: number;
  /** Of those, the ones whose namespaces include this one, in stack order. */
  selecting: number[];
  /** Of those, the ones matched by app label: app → first position. */
  byApp: Map<string, number>;
}

function firstApp(byApp: Map<string, number>, app: string, position: number): void {
  if (!byApp.has(app)) byApp.set(app, position);
}

/** `coverage(schedules)(volume)`: whether any of `schedules` covers `volume`. */
export function coverage(schedules: View[]): (volume: View) => boolean {
  const scopes: ScheduleScope[] = [];
  const scope = (i: number): ScheduleScope => (scopes[i] ??= scopeOf(schedules[i]!));
  // Leading schedules without a namespace list: matched by app before a volume's namespace is read.
  let leading = 0;
  let leadingDone = schedules.length === 0;
  const leadingApps = new Map<string, number>();
  const byNamespace = new Map<string, Examined>();

  return (volume) => {
    const app = volume.labels[LABEL.app];
    if (app !== undefined && leadingApps.has(app)) return true;
    while (!leadingDone) {
      const s = scope(leading);
      if (s.includes) {
        leadingDone = true;
        break;
      }
      if (s.app !== undefined) firstApp(leadingApps, s.app, leading);
      leading += 1;
      leadingDone = leading === schedules.length;
      if (app !== undefined && s.app === app) return true;
    }
    if (leading === schedules.length) return false;
    // The schedule at `leading` has a namespace list: here the plain form reads the namespace.
    const namespace = volume.namespace || "";
    let seen = byNamespace.get(namespace);
    if (!seen) byNamespace.set(namespace, (seen = { next: leading, selecting: [], byApp: new Map() }));
    const appAt = app === undefined ? undefined : seen.byApp.get(app);
    for (const i of seen.selecting) {
      if (appAt !== undefined && i > appAt) break;
      if (matchesSelector(scope(i).labelSelector(), volume.labels)) return true;
    }
    if (appAt !== undefined) return true;
    for (let i = seen.next; i < schedules.length; i++) {
      const s = scope(i);
      seen.next = i + 1;
      if (s.includes && namespace) {
        if (!s.includes(namespace)) continue;
        seen.selecting.push(i);
        if (matchesSelector(s.labelSelector(), volume.labels)) return true;
      } else {
        if (s.app !== undefined) firstApp(seen.byApp, s.app, i);
        if (app !== undefined && s.app === app) return true;
      }
    }
    return false;
  };
}
