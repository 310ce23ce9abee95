import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { registerBare, type FloorResource } from "../../bench/floor/register";
import { floorResourcesFrom } from "../../bench/floor/capture";
import type { CapturedResource } from "../../offline/mock-capture";

const STACK = "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s";

function captured(
  type: string,
  name: string,
  parent: string,
  extra: Partial<CapturedResource> = {},
): CapturedResource {
  const urn = `urn:pulumi:s::p::${type}::${name}`;
  return {
    urn,
    type,
    name,
    inputs: { name },
    secretPaths: [],
    parent,
    dependencies: [],
    provider: "",
    protect: false,
    custom: !type.startsWith("spbe:"),
    ...extra,
  };
}

describe("floor capture", () => {
  it("keeps types, names, inputs, parents and explicit providers, and drops the stack and default providers", () => {
    const region = captured("spbe:index:SpbeRegion", "r", STACK);
    const provider = captured("pulumi:providers:kubernetes", "pd-utama", region.urn);
    const ns = captured("kubernetes:core/v1:Namespace", "ns", region.urn, {
      provider: `${provider.urn}::pd-utama-id`,
    });
    const list = [
      captured("pulumi:pulumi:Stack", "p-s", ""),
      captured("pulumi:providers:random", "default_4_21_2", ""),
      region,
      provider,
      ns,
    ];
    expect(floorResourcesFrom(list)).toEqual([
      {
        type: "spbe:index:SpbeRegion",
        name: "r",
        custom: false,
        parent: null,
        provider: null,
        inputs: { name: "r" },
      },
      {
        type: "pulumi:providers:kubernetes",
        name: "pd-utama",
        custom: true,
        parent: 0,
        provider: null,
        inputs: { name: "pd-utama" },
      },
      {
        type: "kubernetes:core/v1:Namespace",
        name: "ns",
        custom: true,
        parent: 0,
        provider: 1,
        inputs: { name: "ns" },
      },
    ]);
  });
});

describe("floor registration", () => {
  it("registers every resource with the mock monitor, with its parent", async () => {
    const list: FloorResource[] = [
      { type: "spbe:index:SpbeRegion", name: "r", custom: false, parent: null, provider: null, inputs: {} },
      {
        type: "pulumi:providers:kubernetes",
        name: "pd",
        custom: true,
        parent: 0,
        provider: null,
        inputs: { context: "pd" },
      },
      ...Array.from({ length: 20 }, (_, i): FloorResource => ({
        type: "kubernetes:core/v1:ConfigMap",
        name: `cm-${i}`,
        custom: true,
        parent: 0,
        provider: 1,
        inputs: { metadata: { name: `cm-${i}` } },
      })),
    ];
    await registerBare(list);
    const registered = [
      ...(
        pulumi.runtime.getMonitor() as unknown as { resources: Map<string, { urn: string }> }
      ).resources.values(),
    ];
    const urns = registered.map((r) => r.urn);
    for (const r of list) expect(urns.some((u) => u.endsWith(`${r.type}::${r.name}`))).toBe(true);
    expect(urns.filter((u) => u.includes("SpbeRegion$kubernetes:core/v1:ConfigMap::"))).toHaveLength(20);
  });

  it("refuses a parent that is not an earlier resource", async () => {
    const bad: FloorResource[] = [
      { type: "spbe:index:X", name: "x", custom: false, parent: 3, provider: null, inputs: {} },
    ];
    await expect(registerBare(bad)).rejects.toThrow(/parent index 3/);
  });
});
