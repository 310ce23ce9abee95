/**
 * Helpers for tests that run the program (or one component) under the recording mocks of
 * offline/mock-runtime.ts, and check what was registered: Kubernetes objects against their schemas,
 * parent chains, secrets.
 */
import { runProgramUnderMocks, type CapturedResource } from "../../offline/mock-run";
import { runUnderMocks } from "../../offline/mock-runtime";
import { validateCustomResource, vendoredKinds } from "./crd-validate";
import { everyAddOn } from "./platform-double";

export type { CapturedResource };

export const REGIONS = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"] as const;

/** Runs an example region's program (inventory/regions/<key>.yaml with its lock file). */
export function runRegion(key: string) {
  return runProgramUnderMocks({ inventoryPath: `inventory/regions/${key}.yaml` });
}

/**
 * Runs a program body under the recording mocks (for component tests). Its Kubernetes sites read
 * `platform` through their StackReferences: by default a platform with every add-on installed.
 */
export function runComponent(
  body: () => Record<string, unknown> | void,
  stack = "test",
  platform: (name: string) => Record<string, unknown> | undefined = everyAddOn,
) {
  return runUnderMocks(() => body() ?? {}, {
    project: "spbe-infra",
    stack,
    config: {},
    stackReferences: platform,
  });
}

export function ofType(resources: CapturedResource[], type: string): CapturedResource[] {
  return resources.filter((r) => r.type === type);
}

export function byName(resources: CapturedResource[], type: string, name: string): CapturedResource {
  const r = resources.find((x) => x.type === type && x.name === name);
  if (!r) throw new Error(`no ${type} named '${name}' among ${resources.length} resources`);
  return r;
}

export function isKubernetesObject(r: CapturedResource): boolean {
  return r.custom && r.type.startsWith("kubernetes:") && !r.type.startsWith("pulumi:providers:");
}

type Model = new (o: unknown) => { validate(): void };

/**
 * Models of kubernetes-models and its CRD companions, by `apiVersion/kind`. The packages are
 * ES modules that export only an `import` condition (5.x), so they are loaded with `import()`.
 */
async function modelFor(apiVersion: string, kind: string): Promise<Model | undefined> {
  const candidates = [
    apiVersion.startsWith("cert-manager.io/")
      ? `@kubernetes-models/cert-manager/${apiVersion}/${kind}`
      : null,
    apiVersion.startsWith("monitoring.coreos.com/")
      ? `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`
      : null,
    `kubernetes-models/${apiVersion}/${kind}`,
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const mod = (await import(c)) as Record<string, unknown>;
      const model = mod[kind];
      if (typeof model === "function") return model as Model;
    } catch {
      // not this package
    }
  }
  return undefined;
}

/**
 * Validates one Kubernetes object (the inputs sent to the API server) against kubernetes-models
 * or a vendored CRD schema. Returns the errors; an object of a kind no validator knows returns
 * one error saying so: every kind the program creates must have a schema.
 */
export async function validateKubernetesObject(obj: Record<string, unknown>): Promise<string[]> {
  const apiVersion = String(obj.apiVersion);
  const kind = String(obj.kind);
  const id = `${apiVersion}/${kind}`;
  if (vendoredKinds().includes(id)) return validateCustomResource(obj);
  const KindModel = await modelFor(apiVersion, kind);
  if (KindModel) {
    try {
      new KindModel(obj).validate();
      return [];
    } catch (e) {
      return [e instanceof Error ? e.message : String(e)];
    }
  }
  return [`no schema for ${id}`];
}

/** URNs from a resource up to the root, the resource's own first. */
export function parentChain(resources: CapturedResource[], r: CapturedResource): CapturedResource[] {
  const byUrn = new Map(resources.map((x) => [x.urn, x]));
  const chain: CapturedResource[] = [r];
  let cur = r;
  while (cur.parent) {
    const p = byUrn.get(cur.parent);
    if (!p || chain.includes(p)) break;
    chain.push(p);
    cur = p;
  }
  return chain;
}

/** Values at each secret path of a resource's inputs (strings only; objects are flattened). */
export function secretValues(r: CapturedResource): string[] {
  const out: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === "string" && v.length > 0) out.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  for (const path of r.secretPaths) collect(at(r.inputs, path));
  return out;
}

function at(obj: unknown, path: string): unknown {
  if (path === "") return obj;
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[m[1]];
    for (const idx of m[2].match(/\d+/g) ?? []) cur = (cur as unknown[] | undefined)?.[Number(idx)];
  }
  return cur;
}
