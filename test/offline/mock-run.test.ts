/** The in-process mock runner: what it records, and what it refuses. */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { runProgramUnderMocks } from "../../offline/mock-run";
import { engineUrn } from "../../offline/mock-runtime";
import { byName, runComponent, runRegion } from "../support/mocks";

class Holder extends pulumi.ComponentResource {
  constructor() {
    super("spbe:test:Holder", "holder", {});
    const provider = new k8s.Provider("site-k8s", { context: "site" }, { parent: this });
    const ns = new k8s.core.v1.Namespace(
      "ns",
      { metadata: { name: "a" } },
      { parent: this, provider, protect: true, ignoreChanges: ["metadata.labels"] },
    );
    new k8s.core.v1.Secret(
      "secret",
      {
        metadata: { name: "s", namespace: ns.metadata.name },
        stringData: { key: pulumi.secret("rahasia-sekali") },
      },
      { parent: this, provider, retainOnDelete: true },
    );
    this.registerOutputs({});
  }
}

describe("runProgramUnderMocks", () => {
  it("records parent, provider, protect, dependencies and options as the engine receives them", async () => {
    const { resources } = await runComponent(() => {
      new Holder();
    });
    const holder = byName(resources, "spbe:test:Holder", "holder");
    const provider = byName(resources, "pulumi:providers:kubernetes", "site-k8s");
    const ns = byName(resources, "kubernetes:core/v1:Namespace", "ns");
    const secret = byName(resources, "kubernetes:core/v1:Secret", "secret");
    expect(ns).toMatchObject({
      parent: holder.urn,
      protect: true,
      ignoreChanges: ["metadata.labels"],
      custom: true,
    });
    expect(ns.provider).toBe(`${provider.urn}::${provider.id}`);
    expect(secret.dependencies).toEqual([ns.urn]);
    expect(secret.propertyDependencies).toEqual({ metadata: [ns.urn] });
    expect(secret).toMatchObject({ retainOnDelete: true, protect: false });
    expect(holder.custom).toBe(false);
  });

  it("unwraps secrets to their values and lists where they were", async () => {
    const { resources } = await runComponent(() => {
      new Holder();
    });
    const secret = byName(resources, "kubernetes:core/v1:Secret", "secret");
    expect(secret.inputs.stringData).toEqual({ key: "rahasia-sekali" });
    expect(secret.secretPaths).toEqual(["stringData"]);
  });

  it("fails when the program calls a provider function, which the mocks do not answer", async () => {
    const run = runComponent(() => {
      // Even a program that swallows the rejection does not get a made-up answer past the runner.
      pulumi.runtime.invoke("kubernetes:yaml:decode", { text: "a: 1" }).catch(() => undefined);
    });
    await expect(run).rejects.toThrow(/provider function 'kubernetes:yaml:decode'/);
  });

  it("runs twice in one process with the same resources", async () => {
    const first = await runRegion("tabanan");
    const second = await runRegion("tabanan");
    const list = (r: typeof first) => r.resources.map((x) => `${x.type} ${x.name} ${x.parent}`).sort();
    expect(list(second)).toEqual(list(first));
    expect(second.outputs).toEqual(first.outputs);
  });

  it("refuses a malformed inventory with every error and its position, registering nothing", async () => {
    const run = runProgramUnderMocks({ inventoryPath: "test/fixtures/program/broken.yaml" });
    await expect(run).rejects.toThrow(/test\/fixtures\/program\/broken\.yaml:\d+:\d+.*bkpsdm/s);
  });
});

describe("engineUrn", () => {
  it("qualifies a type by its parents' types, as the engine does, but not by the stack's", async () => {
    const { resources } = await runComponent(() => {
      new Holder();
    }, "dev");
    expect(byName(resources, "spbe:test:Holder", "holder").urn).toBe(
      "urn:pulumi:dev::spbe-infra::spbe:test:Holder::holder",
    );
    expect(byName(resources, "kubernetes:core/v1:Namespace", "ns").urn).toBe(
      "urn:pulumi:dev::spbe-infra::spbe:test:Holder$kubernetes:core/v1:Namespace::ns",
    );
    expect(engineUrn("dev", "p", "urn:pulumi:dev::p::a:b:C$d:e:F::x", "g:h:I", "y")).toBe(
      "urn:pulumi:dev::p::a:b:C$d:e:F$g:h:I::y",
    );
  });
});
