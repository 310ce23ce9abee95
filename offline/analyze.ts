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
import { AnalyzerRequests, type AnalyzableResource } from "./analyze-request";

export type { AnalyzableResource } from "./analyze-request";
export { analyzeRequest, analyzeStackRequest } from "./analyze-request";

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
const LEVELS: Record<number, Level> = { 0: "advisory", 1: "mandatory", 2: "disabled", 3: "remediate" };
const SEVERITIES: Record<number, SeverityName> = {
  0: undefined,
  1: "low",
  2: "medium",
  3: "high",
  4: "critical",
};

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
  const requests = new AnalyzerRequests(resources);
  const out: Diagnostic[] = [];
  for (const r of resources) out.push(...read(await call(perResource, requests.analyzeRequest(r)), r.urn));
  out.push(...read(await call(perStack, requests.analyzeStackRequest()), ""));
  return out;
}
