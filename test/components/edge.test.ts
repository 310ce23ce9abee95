/**
 * The internet edge on Envoy Gateway: one Gateway per site's edge in `spbe-edge`, an HTTPS
 * listener per published host whose certificate is a cert-manager Certificate beside it, an
 * HTTPRoute per application in its own namespace attached to its own listener; past 64 hosts
 * (the CRD's limit) a second Gateway. No Ingress.
 */
import { describe, expect, it } from "vitest";
import type { InventoryInput } from "../../inventory/schema";
import { ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";
import { GATEWAY_CLASS } from "../../platform/values";

const GW = "kubernetes:gateway.networking.k8s.io/v1:";

type Listener = {
  name: string;
  protocol: string;
  hostname: string;
  tls: { certificateRefs: Array<{ name: string }> };
  allowedRoutes: { namespaces: { selector: { matchLabels: Record<string, string> } } };
};

function edgeOf(resources: CapturedResource[]) {
  const gateways = ofType(resources, `${GW}Gateway`).filter((g) => metadataOf(g).namespace === "spbe-edge");
  const listeners = new Map<string, Listener>();
  for (const g of gateways) {
    for (const l of (g.inputs.spec as { listeners: Listener[] }).listeners) {
      listeners.set(`${metadataOf(g).name}/${l.name}`, l);
    }
  }
  const certs = new Map(
    ofType(resources, "kubernetes:cert-manager.io/v1:Certificate")
      .filter((c) => metadataOf(c).namespace === "spbe-edge")
      .map((c) => [
        (c.inputs.spec as { secretName: string }).secretName,
        c.inputs.spec as { dnsNames: string[] },
      ]),
  );
  const routes = ofType(resources, `${GW}HTTPRoute`).filter((r) =>
    JSON.stringify(r.inputs.spec).includes('"namespace":"spbe-edge"'),
  );
  return { gateways, listeners, certs, routes };
}

/** Every route on its own HTTPS listener, for its host, admitting its namespace, with a Certificate for it. */
function consistent(resources: CapturedResource[]): string[] {
  const { listeners, certs, routes } = edgeOf(resources);
  const problems: string[] = [];
  for (const r of routes) {
    const spec = r.inputs.spec as {
      parentRefs: Array<{ name: string; sectionName: string }>;
      hostnames: string[];
    };
    const ref = spec.parentRefs[0];
    const l = listeners.get(`${ref.name}/${ref.sectionName}`);
    const ns = metadataOf(r).namespace ?? "";
    if (!l) problems.push(`${r.name}: no listener ${ref.name}/${ref.sectionName}`);
    else {
      if (l.protocol !== "HTTPS" || l.hostname !== spec.hostnames[0])
        problems.push(`${r.name}: listener ${l.name}`);
      if (l.allowedRoutes.namespaces.selector.matchLabels["kubernetes.io/metadata.name"] !== ns)
        problems.push(`${r.name}: listener admits another namespace`);
      const cert = certs.get(l.tls.certificateRefs[0]?.name ?? "");
      if (!cert?.dnsNames.includes(l.hostname)) problems.push(`${r.name}: no certificate for ${l.hostname}`);
    }
  }
  return problems;
}

describe("the edge of the fixture region", () => {
  it("publishes each internet app by an HTTPRoute on its own TLS listener of the site's one Gateway", async () => {
    const { resources } = await runFixtureRegion(fixture());
    const { gateways, routes } = edgeOf(resources);
    expect(gateways.map((g) => metadataOf(g).name)).toEqual(["edge"]);
    expect(routes.map((r) => `${metadataOf(r).namespace}/${metadataOf(r).name}`)).toEqual(["bkpsdm/simpeg"]);
    expect(consistent(resources)).toEqual([]);
    expect(resources.filter((r) => /Ingress/.test(r.type))).toEqual([]);
    // The GatewayClass is the platform stack's (platform/program.ts): the Gateways name it, the region creates none.
    expect(ofType(resources, `${GW}GatewayClass`)).toEqual([]);
    for (const g of ofType(resources, `${GW}Gateway`))
      expect((g.inputs.spec as { gatewayClassName: string }).gatewayClassName).toBe(GATEWAY_CLASS);
  });
});

describe("a site publishing more hosts than one Gateway holds", () => {
  it("splits its listeners over edge and edge-2, every route still on its listener", async () => {
    const inv = fixture((i: InventoryInput) => {
      for (let n = 1; n <= 70; n++) {
        i.applications?.push({
          id: `web-${n}`,
          name: `Situs ${n}`,
          owner: "dinkes",
          category: "umum",
          placement: { mode: "hosting", site: "pd-utama" },
          image: "registry.contohkab.go.id/web:1.0.0",
          domain: `web-${n}.contohkab.go.id`,
          exposure: "internet",
        });
      }
    });
    const { resources } = await runFixtureRegion(inv);
    const { gateways, routes } = edgeOf(resources);
    const sizes = gateways.map(
      (g) => `${metadataOf(g).name}:${(g.inputs.spec as { listeners: unknown[] }).listeners.length}`,
    );
    expect(sizes.sort()).toEqual(["edge-2:7", "edge:64"]);
    expect(routes).toHaveLength(71);
    expect(consistent(resources)).toEqual([]);
  });
});
