/** KeamananSpbe within SpbeRegion on the fixture region. */
import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv));
});

describe("KeamananSpbe", () => {
  it("runs an agent for each declared control in a privileged namespace of its own", () => {
    const agents = ofType(resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d));
    expect(agents.map((a) => a.name).sort()).toEqual(["falco", "fluent-bit", "node-exporter"]);
    expect(agents.every((a) => a.namespace === "spbe-security")).toBe(true);
    expect(agents.find((a) => a.name === "falco")?.annotations[ANNOTATION.controls]).toBe('["ids-ips"]');
    const ns = metadataOf(byName(resources, "kubernetes:core/v1:Namespace", "pd-utama-spbe-security-ns"));
    expect(ns.labels["pod-security.kubernetes.io/enforce"]).toBe("privileged");
  });

  it("exports the API-server audit policy and notes for what Pulumi cannot reach", () => {
    expect(String(outputs.auditPolicy)).toContain("apiVersion: audit.k8s.io/v1");
    expect((outputs.securityNotes as Array<{ control: string }>).map((n) => n.control)).toContain(
      "hardening",
    );
  });

  it("runs no intrusion detection when the inventory declares none", async () => {
    const quiet = fixture((i) => {
      if (i.security) i.security.controls = ["log-analysis"];
    });
    const run = await runFixtureRegion(quiet);
    const agents = ofType(run.resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d).name);
    expect(agents).toEqual(["fluent-bit"]);
  });
});
