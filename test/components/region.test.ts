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
