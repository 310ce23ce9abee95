/**
 * The protobuf messages the Pulumi engine sends a policy pack: `AnalyzeRequest` (one per
 * resource) and `AnalyzeStackRequest` (all resources at the end), built from captured resources.
 *
 * Each resource's parts (its properties Struct, its options, its provider) are built once and
 * shared by both requests: a protobuf message is a plain value here, never mutated after it is
 * built, so sharing a part changes no byte of either request (test/offline/requests.test.ts).
 *
 * Properties Structs also keep their `toJavaScript()` result. @pulumi/policy's stack handler
 * converts every resource's Struct once per stack policy (deserializeProperties, then a deep copy
 * and the unknown-checking proxy for that policy); with ~40 stack policies, re-walking the same
 * immutable Struct was most of the offline check's policy time. The handler still runs its own
 * deserialization, copy and proxy per policy; only the Struct walk is not repeated. The kept
 * result is deep-frozen, so nothing downstream can alter what the next policy sees.
 */
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";

/** What the analyzer needs of a resource (CapturedResource of offline/mock-capture.ts fits). */
export interface AnalyzableResource {
  urn: string;
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  parent: string;
  dependencies: string[];
  propertyDependencies?: Record<string, string[]>;
  /** `<provider urn>::<id>`, "" for the default provider or a component. */
  provider: string;
  protect: boolean;
  ignoreChanges?: string[];
}

interface StructMessage {
  toJavaScript(): Record<string, unknown>;
}

// The Struct class of the google-protobuf copy @pulumi/pulumi's generated messages use.
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [require.resolve("@pulumi/pulumi")],
  }),
) as { Struct: { fromJavaScript(v: Record<string, unknown>): StructMessage } };

/** JSON-safe copy: undefined members dropped (the engine never sends them), as protobuf Struct wants. */
function plain(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : plain(x)));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plain(x);
  return out;
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** A properties Struct whose `toJavaScript()` walks the message once and returns that (frozen) value after. */
export function propertiesStruct(props: Record<string, unknown>): StructMessage {
  const s = Struct.fromJavaScript(plain(props) as Record<string, unknown>);
  const walk = s.toJavaScript.bind(s);
  let js: Record<string, unknown> | undefined;
  Object.defineProperty(s, "toJavaScript", { value: () => (js ??= deepFreeze(walk())) });
  return s;
}

interface Parts {
  properties: StructMessage;
  options: analyzerPb.AnalyzerResourceOptions;
  provider: analyzerPb.AnalyzerProviderResource | undefined;
}

/** Builds the engine's requests for one set of resources, each resource's parts once. */
export class AnalyzerRequests {
  private readonly byUrn: Map<string, AnalyzableResource>;
  private readonly parts = new Map<AnalyzableResource, Parts>();
  private readonly providers = new Map<string, analyzerPb.AnalyzerProviderResource | undefined>();

  constructor(private readonly resources: readonly AnalyzableResource[]) {
    this.byUrn = new Map(resources.map((r) => [r.urn, r]));
  }

  private partsOf(r: AnalyzableResource): Parts {
    let p = this.parts.get(r);
    if (!p) {
      const options = new analyzerPb.AnalyzerResourceOptions();
      options.setProtect(r.protect);
      options.setIgnorechangesList(r.ignoreChanges ?? []);
      if (r.parent) options.setParent(r.parent);
      p = { properties: propertiesStruct(r.inputs), options, provider: this.providerOf(r) };
      this.parts.set(r, p);
    }
    return p;
  }

  private providerOf(r: AnalyzableResource): analyzerPb.AnalyzerProviderResource | undefined {
    if (!r.provider) return undefined;
    const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
    if (this.providers.has(urn)) return this.providers.get(urn);
    const p = this.byUrn.get(urn);
    let msg: analyzerPb.AnalyzerProviderResource | undefined;
    if (p) {
      msg = new analyzerPb.AnalyzerProviderResource();
      msg.setType(p.type);
      msg.setUrn(p.urn);
      msg.setName(p.name);
      msg.setProperties(this.partsOf(p).properties as never);
    }
    this.providers.set(urn, msg);
    return msg;
  }

  /** The per-resource request the engine sends before a resource is created or updated. */
  analyzeRequest(r: AnalyzableResource): analyzerPb.AnalyzeRequest {
    const p = this.partsOf(r);
    const req = new analyzerPb.AnalyzeRequest();
    req.setType(r.type);
    req.setUrn(r.urn);
    req.setName(r.name);
    req.setProperties(p.properties as never);
    req.setOptions(p.options);
    if (p.provider) req.setProvider(p.provider);
    return req;
  }

  /** The whole-stack request the engine sends at the end of a preview or update. */
  analyzeStackRequest(): analyzerPb.AnalyzeStackRequest {
    const req = new analyzerPb.AnalyzeStackRequest();
    req.setResourcesList(
      this.resources.map((r) => {
        const p = this.partsOf(r);
        const m = new analyzerPb.AnalyzerResource();
        m.setType(r.type);
        m.setUrn(r.urn);
        m.setName(r.name);
        m.setProperties(p.properties as never);
        m.setOptions(p.options);
        if (p.provider) m.setProvider(p.provider);
        m.setParent(r.parent);
        m.setDependenciesList(r.dependencies);
        const deps = m.getPropertydependenciesMap();
        for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
          const d = new analyzerPb.AnalyzerPropertyDependencies();
          d.setUrnsList(urns);
          deps.set(k, d);
        }
        return m;
      }),
    );
    return req;
  }
}

/** The per-resource request of `r` (its provider looked up in `byUrn`). */
export function analyzeRequest(
  r: AnalyzableResource,
  byUrn: Map<string, AnalyzableResource>,
): analyzerPb.AnalyzeRequest {
  return new AnalyzerRequests([...byUrn.values()]).analyzeRequest(r);
}

/** The whole-stack request of `resources`. */
export function analyzeStackRequest(resources: AnalyzableResource[]): analyzerPb.AnalyzeStackRequest {
  return new AnalyzerRequests(resources).analyzeStackRequest();
}
