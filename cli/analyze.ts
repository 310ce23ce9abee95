/**
 * The offline analyzer: evaluates a policy list on captured resources through @pulumi/policy's
 * own RPC handlers (`makeAnalyzeRpcFun`, `makeAnalyzeStackRpcFun`), fed the same protobuf
 * `AnalyzeRequest` / `AnalyzeStackRequest` messages the Pulumi engine sends, and reads the
 * diagnostics back from the `AnalyzeResponse`. Calling the handlers, not the rules, is what
 * keeps this path equal to the engine's: deserialization, the unknown-checking proxy,
 * enforcement resolution and the reportViolation plumbing are the library's, not ours.
 */
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { Policies } from "@pulumi/policy";

/** What the analyzer needs of a resource (CapturedResource of cli/mock-capture.ts fits). */
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

export type Level = "advisory" | "mandatory" | "disabled" | "remediate";
export type SeverityName = "low" | "medium" | "high" | "critical" | undefined;

export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  /** The resource the diagnostic is about; "" for a stack-wide one. */
  urn: string;
  enforcementLevel: Level;
  severity: SeverityName;
}

type Handler = (
  call: { request: unknown },
  cb: (err: unknown, resp?: analyzerPb.AnalyzeResponse) => void,
) => Promise<void>;
type MakeHandler = (name: string, version: string, level: string, policies: Policies) => Handler;

// server.d.ts declares nothing (the handlers are @internal); these are the functions `serve` wires up.
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun: MakeHandler;
  makeAnalyzeStackRpcFun: MakeHandler;
};
// The Struct class of the google-protobuf copy @pulumi/pulumi's generated messages use.
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [require.resolve("@pulumi/pulumi")],
  }),
) as { Struct: { fromJavaScript(v: Record<string, unknown>): unknown } };

const LEVELS: Record<number, Level> = { 0: "advisory", 1: "mandatory", 2: "disabled", 3: "remediate" };
const SEVERITIES: Record<number, SeverityName> = {
  0: undefined,
  1: "low",
  2: "medium",
  3: "high",
  4: "critical",
};

/** JSON-safe copy: undefined members dropped (the engine never sends them), as protobuf Struct wants. */
function plain(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : plain(x)));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plain(x);
  return out;
}

function struct(props: Record<string, unknown>): never {
  return Struct.fromJavaScript(plain(props) as Record<string, unknown>) as never;
}

function options(r: AnalyzableResource): analyzerPb.AnalyzerResourceOptions {
  const o = new analyzerPb.AnalyzerResourceOptions();
  o.setProtect(r.protect);
  o.setIgnorechangesList(r.ignoreChanges ?? []);
  if (r.parent) o.setParent(r.parent);
  return o;
}

function provider(
  r: AnalyzableResource,
  byUrn: Map<string, AnalyzableResource>,
): analyzerPb.AnalyzerProviderResource | undefined {
  if (!r.provider) return undefined;
  const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
  const p = byUrn.get(urn);
  if (!p) return undefined;
  const msg = new analyzerPb.AnalyzerProviderResource();
  msg.setType(p.type);
  msg.setUrn(p.urn);
  msg.setName(p.name);
  msg.setProperties(struct(p.inputs));
  return msg;
}

/** The per-resource request the engine sends before a resource is created or updated. */
export function analyzeRequest(
  r: AnalyzableResource,
  byUrn: Map<string, AnalyzableResource>,
): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType(r.type);
  req.setUrn(r.urn);
  req.setName(r.name);
  req.setProperties(struct(r.inputs));
  req.setOptions(options(r));
  const p = provider(r, byUrn);
  if (p) req.setProvider(p);
  return req;
}

/** The whole-stack request the engine sends at the end of a preview or update. */
export function analyzeStackRequest(resources: AnalyzableResource[]): analyzerPb.AnalyzeStackRequest {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const req = new analyzerPb.AnalyzeStackRequest();
  req.setResourcesList(
    resources.map((r) => {
      const m = new analyzerPb.AnalyzerResource();
      m.setType(r.type);
      m.setUrn(r.urn);
      m.setName(r.name);
      m.setProperties(struct(r.inputs));
      m.setOptions(options(r));
      const p = provider(r, byUrn);
      if (p) m.setProvider(p);
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

function call(handler: Handler, request: unknown): Promise<analyzerPb.AnalyzeResponse> {
  return new Promise((resolve, reject) => {
    void handler({ request }, (err, resp) =>
      err || !resp ? reject(err ?? new Error("analyzer returned nothing")) : resolve(resp),
    );
  });
}

function read(resp: analyzerPb.AnalyzeResponse, fallbackUrn: string): Diagnostic[] {
  return resp.getDiagnosticsList().map((d) => ({
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    policyPackVersion: d.getPolicypackversion(),
    description: d.getDescription(),
    message: d.getMessage(),
    urn: d.getUrn() || fallbackUrn,
    enforcementLevel: LEVELS[d.getEnforcementlevel()] ?? "mandatory",
    severity: SEVERITIES[d.getSeverity()],
  }));
}

export interface AnalyzeOptions {
  packName: string;
  packVersion: string;
  /** The pack's default level (PolicyPackArgs.enforcementLevel). */
  enforcementLevel?: Level;
}

/**
 * Analyzes every resource (Analyze, one request each, as the engine does per step), then the
 * stack (AnalyzeStack with all resources). A handler error (a policy that throws past our
 * fail-closed wrapper) rejects: the caller must not report a clean result.
 */
export async function analyze(
  policies: Policies,
  resources: AnalyzableResource[],
  opts: AnalyzeOptions,
): Promise<Diagnostic[]> {
  const level = opts.enforcementLevel ?? "mandatory";
  const perResource = server.makeAnalyzeRpcFun(opts.packName, opts.packVersion, level, policies);
  const perStack = server.makeAnalyzeStackRpcFun(opts.packName, opts.packVersion, level, policies);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const out: Diagnostic[] = [];
  for (const r of resources) out.push(...read(await call(perResource, analyzeRequest(r, byUrn)), r.urn));
  out.push(...read(await call(perStack, analyzeStackRequest(resources)), ""));
  return out;
}
