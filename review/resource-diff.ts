/**
 * What a change does to the resources, from two runs under the mocks (base and head): resources
 * added, removed and changed by URN, with the input fields that changed. Secret values never
 * appear: a field that was a Pulumi secret on either side (the capture's `secretPaths`) and
 * anything under a Kubernetes Secret's `data`/`stringData` is shown as "[secret]".
 *
 * A resource is *replaced* when a field the provider cannot update in place changes (a
 * Kubernetes object's name or namespace, a claim's storage class, a Docker container's image or
 * name …): it is deleted and created again, which for a protected resource means the engine
 * refuses, and for data means it is gone. Protected resources removed or replaced are flagged.
 */
import type { CapturedResource } from "../offline/mock-capture";

export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

export interface ResourceChange {
  urn: string;
  type: string;
  name: string;
  fields: FieldChange[];
  /** Deleted and created again (a field that forces replacement changed). */
  replaced: boolean;
  /** protect: true in the base (a delete or replace is refused by the engine, or loses data). */
  protected: boolean;
}

export interface ResourceDiff {
  added: ResourceChange[];
  changed: ResourceChange[];
  removed: ResourceChange[];
}

export const MASK = "[secret]";
const SECRET_TYPES = /^kubernetes:core\/v1:Secret$/;
const SECRET_FIELDS = /^(data|stringData)(\.|\[|$)/;

/** Input fields whose change forces a replacement, per type token (a regexp over the path). */
const REPLACE_ON: Array<[RegExp, RegExp]> = [
  [/^kubernetes:/, /^metadata\.(name|namespace)$/],
  [/^kubernetes:core\/v1:PersistentVolumeClaim$/, /^spec\.(storageClassName|accessModes|volumeMode)/],
  [/^kubernetes:apps\/v1:(Deployment|StatefulSet|DaemonSet)$/, /^spec\.selector/],
  [/^kubernetes:core\/v1:Service$/, /^spec\.clusterIP$/],
  [/^docker:index\/container:Container$/, /^(name|image|networksAdvanced|mounts|volumes)/],
  [/^docker:index\/volume:Volume$/, /^(name|driver)/],
  [/^docker:index\/network:Network$/, /^(name|ipamConfigs|driver)/],
];

function forcesReplace(type: string, path: string): boolean {
  return REPLACE_ON.some(([t, p]) => t.test(type) && p.test(path));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Leaves of a value as path → JSON text (objects and arrays walked, so a change names its field). */
function leaves(v: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.set(path, "[]");
    v.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  } else if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0 && path !== "") out.set(path, "{}");
    for (const k of keys) leaves(v[k], path === "" ? k : `${path}.${k}`, out);
  } else out.set(path, v === undefined ? "undefined" : JSON.stringify(v));
}

function secretIn(r: CapturedResource | undefined, path: string): boolean {
  if (!r) return false;
  if (SECRET_TYPES.test(r.type) && SECRET_FIELDS.test(path)) return true;
  return r.secretPaths.some(
    (s) => s === "" || path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`),
  );
}

/**
 * A property fed by a random resource (a generated password) takes a new value in every run under
 * the mocks, while the engine keeps the one in its state: it changes only if its random source
 * does, which the diff of that resource shows.
 */
function fromRandom(r: CapturedResource | undefined, path: string): boolean {
  const top = /^[^.[]+/.exec(path)?.[0] ?? "";
  return (r?.propertyDependencies?.[top] ?? []).some((u) => /\$random:|::random:/.test(u));
}

function fieldChanges(base: CapturedResource | undefined, head: CapturedResource | undefined): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (base) leaves(base.inputs, "", a);
  if (head) leaves(head.inputs, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: FieldChange[] = [];
  for (const p of paths) {
    const before = a.get(p) ?? "";
    const after = b.get(p) ?? "";
    if (before === after) continue;
    const secret = secretIn(base, p) || secretIn(head, p);
    if (before !== "" && after !== "" && fromRandom(base, p) && fromRandom(head, p)) continue;
    out.push({ path: p, before: secret && before ? MASK : before, after: secret && after ? MASK : after });
  }
  return out;
}

function entry(r: CapturedResource, fields: FieldChange[], replaced: boolean, prot: boolean): ResourceChange {
  return { urn: r.urn, type: r.type, name: r.name, fields, replaced, protected: prot };
}

/** Custom resources only: components and the stack have no inputs of their own to change. */
export function diffResources(base: CapturedResource[], head: CapturedResource[]): ResourceDiff {
  const before = new Map(base.filter((r) => r.custom).map((r) => [r.urn, r]));
  const after = new Map(head.filter((r) => r.custom).map((r) => [r.urn, r]));
  const diff: ResourceDiff = { added: [], changed: [], removed: [] };
  for (const [urn, h] of after) {
    const b = before.get(urn);
    if (!b) {
      diff.added.push(entry(h, [], false, h.protect));
      continue;
    }
    const fields = fieldChanges(b, h);
    if (fields.length === 0 && b.protect === h.protect) continue;
    const replaced = fields.some((f) => forcesReplace(h.type, f.path));
    diff.changed.push(entry(h, fields, replaced, b.protect));
  }
  for (const [urn, b] of before) if (!after.has(urn)) diff.removed.push(entry(b, [], false, b.protect));
  for (const list of [diff.added, diff.changed, diff.removed])
    list.sort((x, y) => x.urn.localeCompare(y.urn));
  return diff;
}
