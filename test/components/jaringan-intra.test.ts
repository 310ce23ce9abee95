/** JaringanIntra within SpbeRegion on the fixture region (it closes the tenants the Pusat Data makes). */
import { beforeAll, describe, expect, it } from "vitest";
import { LABEL } from "../../inventory/facts";
import { ofType, type CapturedResource } from "../support/mocks";
import { addressPlanOf, fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv));
});

const policiesOf = (ns: string) =>
  ofType(resources, "kubernetes:networking.k8s.io/v1:NetworkPolicy").filter(
    (p) => metadataOf(p).namespace === ns,
  );

describe("JaringanIntra", () => {
  it("closes every agency namespace by default", () => {
    for (const agency of inv.agencies) {
      const deny = policiesOf(agency.id).find((p) => metadataOf(p).name === "default-deny");
      expect(deny?.inputs.spec, agency.id).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
      expect(metadataOf(deny as CapturedResource).labels[LABEL.agency]).toBe(agency.id);
    }
  });

  it("lets an agency's egress leave its namespace only for DNS and the gateway", () => {
    const peers = policiesOf("dinkes")
      .flatMap((p) =>
        ((p.inputs.spec as { egress?: Array<{ to?: unknown[] }> }).egress ?? []).flatMap((e) => e.to ?? []),
      )
      .map((to) => JSON.stringify(to));
    const namespaces = peers
      .map((p) => /"kubernetes\.io\/metadata\.name":"([^"]+)"/.exec(p)?.[1])
      .filter(Boolean);
    expect([...new Set(namespaces)].sort()).toEqual(["envoy-gateway-system", "kube-system"]);
    expect(peers.some((p) => p.includes("ipBlock"))).toBe(false);
  });

  it("exports the address plan", () => {
    expect(outputs.addressPlan).toEqual(addressPlanOf(inv));
  });
});
