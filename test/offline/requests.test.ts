/**
 * The engine's protobuf requests as offline/analyze-request.ts builds them: each resource's parts
 * are built once and shared, and a properties Struct keeps its converted value; neither may
 * change what a request carries, on the wire or to @pulumi/policy's deserialization.
 */
import { describe, expect, it } from "vitest";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { AnalyzerRequests, propertiesStruct, type AnalyzableResource } from "../../offline/analyze-request";
import { res, urn } from "../policies/fixture";

const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [require.resolve("@pulumi/pulumi")],
  }),
) as { Struct: { fromJavaScript(v: Record<string, unknown>): { toJavaScript(): unknown } } };

const PROVIDER_TYPE = "pulumi:providers:kubernetes";

function stack(): AnalyzableResource[] {
  const provider = res(PROVIDER_TYPE, "k8s", { kubeconfig: "{}", namespace: undefined });
  const ns = {
    ...res("kubernetes:core/v1:Namespace", "bkpsdm", {
      metadata: { name: "bkpsdm", labels: { "spbe.go.id/role": "agency-namespace" }, note: undefined },
      list: [1, undefined, "x"],
    }),
    provider: `${urn(PROVIDER_TYPE, "k8s")}::id-1`,
    propertyDependencies: { metadata: [urn(PROVIDER_TYPE, "k8s")] },
    ignoreChanges: ["metadata.annotations"],
  };
  return [provider, ns];
}

describe("the analyzer requests", () => {
  it("gives the same properties on every conversion, as a fresh Struct would, and lets no one change them", () => {
    const inputs = { a: { b: [1, "two", null, { c: true }] }, gone: undefined };
    const s = propertiesStruct(inputs);
    const first = s.toJavaScript();
    expect(first).toEqual(Struct.fromJavaScript({ a: { b: [1, "two", null, { c: true }] } }).toJavaScript());
    expect(s.toJavaScript()).toBe(first);
    expect(() => {
      (first.a as { b: unknown[] }).b.push(3);
    }).toThrow(TypeError);
  });

  it("sends a resource's properties, options and provider alike in its own request and in the stack request", () => {
    const resources = stack();
    const requests = new AnalyzerRequests(resources);
    const ns = resources[1]!;
    const one = analyzerPb.AnalyzeRequest.deserializeBinary(requests.analyzeRequest(ns).serializeBinary());
    const all = analyzerPb.AnalyzeStackRequest.deserializeBinary(
      requests.analyzeStackRequest().serializeBinary(),
    ).getResourcesList();
    expect(all.map((r) => r.getUrn())).toEqual(resources.map((r) => r.urn));
    const inStack = all[1]!;
    const expected = {
      metadata: { name: "bkpsdm", labels: { "spbe.go.id/role": "agency-namespace" } },
      list: [1, null, "x"],
    };
    expect(one.getProperties()!.toJavaScript()).toEqual(expected);
    expect(inStack.getProperties()!.toJavaScript()).toEqual(expected);
    for (const r of [one, inStack]) {
      expect(r.getOptions()!.getIgnorechangesList()).toEqual(["metadata.annotations"]);
      expect(r.getOptions()!.getParent()).toBe(ns.parent);
      expect(r.getProvider()!.getUrn()).toBe(urn(PROVIDER_TYPE, "k8s"));
      expect(r.getProvider()!.getProperties()!.toJavaScript()).toEqual({ kubeconfig: "{}" });
    }
    expect(inStack.getPropertydependenciesMap().get("metadata")!.getUrnsList()).toEqual([
      urn(PROVIDER_TYPE, "k8s"),
    ]);
    expect(all[0]!.getProvider()).toBeUndefined();
  });

  it("sends the same bytes whether or not a resource's request was built and converted before", () => {
    const a = new AnalyzerRequests(stack()).analyzeStackRequest().serializeBinary();
    const resources = stack();
    const requests = new AnalyzerRequests(resources);
    requests.analyzeRequest(resources[1]!).getProperties()!.toJavaScript();
    const b = requests.analyzeStackRequest().serializeBinary();
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });
});
