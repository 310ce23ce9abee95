/**
 * What the in-process mock run records per resource, and how a registration request becomes such
 * a record. The request (`RegisterResourceRequest` of the resource-monitor protocol) is the only
 * place where parent, dependencies, provider and protect are visible: the SDK's `Mocks.newResource`
 * receives type, name and inputs only.
 */
import * as pulumi from "@pulumi/pulumi";

/** One registered resource, as the engine would have received it. */
export interface CapturedResource {
  urn: string;
  type: string;
  name: string;
  /** Plain inputs: secrets are unwrapped to their values and listed in `secretPaths`. */
  inputs: Record<string, unknown>;
  /** Dotted paths (`data.password`, `spec.keys[0]`) of the inputs that were Pulumi secrets. */
  secretPaths: string[];
  /** URN of the parent; the stack's own URN for a top-level resource, "" for the stack itself. */
  parent: string;
  /** URNs this resource depends on (explicit `dependsOn` and the resources its inputs came from). */
  dependencies: string[];
  /** Per input property, the URNs that property's value came from. */
  propertyDependencies?: Record<string, string[]>;
  /** Provider reference `<provider urn>::<provider id>`, "" for the default provider or a component. */
  provider: string;
  protect: boolean;
  retainOnDelete?: boolean;
  ignoreChanges?: string[];
  /** true for custom (provider-managed) resources, false for components and the stack. */
  custom: boolean;
  /** The id the mocks gave it (custom resources only). */
  id?: string;
}

/** The subset of the generated RegisterResourceRequest the capture reads. */
export interface RegisterRequestLike {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProtect(): boolean | undefined;
  getDependenciesList(): string[];
  getProvider(): string;
  getPropertydependenciesMap(): {
    forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void;
  };
  getIgnorechangesList(): string[];
  getAdditionalsecretoutputsList(): string[];
  getRetainondelete(): boolean | undefined;
}

/** Everything about a registration except its inputs, which arrive through the mocks. */
export type RegistrationMeta = Omit<CapturedResource, "urn" | "inputs" | "secretPaths" | "id">;

export function metaFromRequest(req: RegisterRequestLike): RegistrationMeta {
  const meta: RegistrationMeta = {
    type: req.getType(),
    name: req.getName(),
    parent: req.getParent(),
    dependencies: [...new Set(req.getDependenciesList())],
    provider: req.getProvider(),
    protect: req.getProtect() === true,
    custom: req.getCustom(),
  };
  const propertyDependencies: Record<string, string[]> = {};
  let any = false;
  req.getPropertydependenciesMap().forEach((value, key) => {
    const urns = value.getUrnsList();
    if (urns.length > 0) {
      propertyDependencies[key] = urns;
      any = true;
    }
  });
  if (any) meta.propertyDependencies = propertyDependencies;
  const retain = req.getRetainondelete();
  if (retain !== undefined) meta.retainOnDelete = retain;
  const ignore = req.getIgnorechangesList();
  if (ignore.length > 0) meta.ignoreChanges = ignore;
  return meta;
}

const SIG = pulumi.runtime.specialSigKey;
const SECRET = pulumi.runtime.specialSecretSig;

function isSecretWrapper(v: unknown): v is { value: unknown } {
  return typeof v === "object" && v !== null && (v as Record<string, unknown>)[SIG] === SECRET;
}

/**
 * Inputs as the mocks deserialized them, with every secret wrapper replaced by its value and its
 * path recorded. The SDK pushes secretness up to the nearest containing object or array, so a path
 * may name a whole object (then everything under it is secret).
 */
export function unwrapSecrets(inputs: Record<string, unknown>): {
  inputs: Record<string, unknown>;
  secretPaths: string[];
} {
  const secretPaths: string[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (isSecretWrapper(v)) {
      secretPaths.push(path);
      return walk(v.value, path);
    }
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x, i) => {
        const y = walk(x, `${path}[${i}]`);
        if (y !== x) changed = true;
        return y;
      });
      return changed ? out : v;
    }
    if (typeof v === "object" && v !== null) {
      const src = v as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(src)) {
        const y = walk(src[k], path === "" ? k : `${path}.${k}`);
        if (y !== src[k]) {
          out ??= { ...src };
          out[k] = y;
        }
      }
      return out ?? v;
    }
    return v;
  };
  const plain = walk(inputs, "") as Record<string, unknown>;
  return { inputs: plain, secretPaths };
}
