/** SpbeRegion itself: the evidence it leaves for the paper-trail rules. */
import { beforeAll, describe, expect, it } from "vitest";
import { byName, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv));
});

describe("the evidence ConfigMap", () => {
  it("carries the evidence record in the dinas namespace", () => {
    const cm = byName(resources, "kubernetes:core/v1:ConfigMap", "pd-utama-evidence-config");
    expect(metadataOf(cm)).toMatchObject({ name: "spbe-evidence", namespace: "diskominfo" });
    const ev = JSON.parse((cm.inputs.data as Record<string, string>)["evidence.json"]);
    expect(ev).toEqual(outputs.evidence);
  });
});

describe("SpbeRegion", () => {
  it("builds a region with no applications, servers or gateway: tenants closed, nothing to route or back up", async () => {
    const bare = fixture((i) => {
      delete i.gateway;
      i.applications = [];
      i.colocation = [];
    });
    const run = await runFixtureRegion(bare);
    const types = new Set(run.resources.map((r) => r.type));
    expect(types.has("kubernetes:core/v1:Namespace")).toBe(true);
    expect(types.has("kubernetes:networking.k8s.io/v1:NetworkPolicy")).toBe(true);
    for (const absent of [
      "kubernetes:apps/v1:Deployment",
      "kubernetes:velero.io/v1:Schedule",
      "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute",
    ]) {
      expect(types.has(absent), absent).toBe(false);
    }
    expect(run.outputs.serviceCatalog).toEqual({ gateway: null, services: [], upstreams: [] });
  });

  it("refuses an application on a site without a platform, naming where it is placed", async () => {
    const misplaced = fixture((i) => {
      const app = i.applications?.[0];
      if (app) app.placement = { mode: "hosting", site: "kantor" };
    });
    await expect(runFixtureRegion(misplaced)).rejects.toThrow(
      /applications\[0\]\.placement\.site: site 'kantor' declares no platform to run 'simpeg' on/,
    );
  });
});
