/**
 * Every namespace the program creates is closed in both directions, with only labelled openings:
 * the agencies', the dinas', and the security, gateway, backup and edge namespaces. A dinas-owned
 * internet app is bounded like an agency's (isolation and quota).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ALLOWANCE_LABEL } from "../../components/platform/kubernetes-tenant";
import { ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { AGENT_ADD_ONS, metadataOf, runFixtureRegion } from "./run";

const NP = "kubernetes:networking.k8s.io/v1:NetworkPolicy";

function namespacesOf(resources: CapturedResource[]): string[] {
  return ofType(resources, "kubernetes:core/v1:Namespace").map((n) => metadataOf(n).name);
}

function policiesIn(resources: CapturedResource[], ns: string): CapturedResource[] {
  return ofType(resources, NP).filter((p) => metadataOf(p).namespace === ns);
}

/** Namespaces without a policy selecting every pod, denying both directions, allowing nothing. */
function notClosed(resources: CapturedResource[]): string[] {
  return namespacesOf(resources).filter(
    (ns) =>
      !policiesIn(resources, ns).some(
        (p) =>
          JSON.stringify(p.inputs.spec) ===
          JSON.stringify({ podSelector: {}, policyTypes: ["Ingress", "Egress"] }),
      ),
  );
}

describe("network boundaries of the fixture region (Docker DRC)", () => {
  let resources: CapturedResource[];
  beforeAll(async () => {
    // The region's own agents (platforms without their charts): its security namespace too.
    ({ resources } = await runFixtureRegion(fixture(), { without: AGENT_ADD_ONS }));
  });

  it("closes every namespace it creates in both directions", () => {
    const names = namespacesOf(resources);
    expect(names).toEqual(
      expect.arrayContaining(["diskominfo", "bkpsdm", "spbe-security", "spbe-gateway", "spbe-edge"]),
    );
    expect(notClosed(resources)).toEqual([]);
  });

  it("labels every NetworkPolicy with the opening it is, and opens no namespace to everything", () => {
    const policies = ofType(resources, NP);
    expect(policies.filter((p) => !metadataOf(p).labels[ALLOWANCE_LABEL]).map((p) => p.name)).toEqual([]);
    for (const p of policies) {
      const spec = p.inputs.spec as {
        ingress?: Array<{ from?: unknown[] }>;
        egress?: Array<{ to?: unknown[]; ports?: unknown[] }>;
      };
      for (const r of spec.ingress ?? []) expect(r.from?.length, p.name).toBeGreaterThan(0);
      for (const r of spec.egress ?? []) {
        expect(r.to?.length, p.name).toBeGreaterThan(0);
        // An opening to any address is limited to a port.
        if (JSON.stringify(r.to).includes("0.0.0.0/0")) expect(r.ports?.length, p.name).toBeGreaterThan(0);
      }
    }
  });

  it("opens nothing but DNS in the namespaces where no pod of the program runs", () => {
    for (const ns of ["spbe-gateway", "spbe-edge"]) {
      const names = policiesIn(resources, ns).map((p) => metadataOf(p).name);
      expect(names.sort(), ns).toEqual(["allow-dns", "default-deny"]);
    }
  });

  it("lets the log shipper reach only DNS and the log store's TLS port", () => {
    const names = policiesIn(resources, "spbe-security").map((p) => metadataOf(p).name);
    expect(names.sort()).toEqual(["allow-dns", "allow-log-store", "default-deny"]);
    const store = policiesIn(resources, "spbe-security").find(
      (p) => metadataOf(p).name === "allow-log-store",
    );
    expect(store?.inputs.spec).toMatchObject({
      policyTypes: ["Egress"],
      egress: [{ ports: [{ protocol: "TCP" }] }],
    });
  });

  it("lets the edge proxies, and only they, reach an agency's internet app", () => {
    const edge = policiesIn(resources, "bkpsdm").find((p) => metadataOf(p).name === "allow-edge");
    expect(edge?.inputs.spec).toMatchObject({
      policyTypes: ["Ingress"],
      ingress: [
        {
          from: [
            {
              namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "envoy-gateway-system" } },
              podSelector: { matchLabels: { "gateway.envoyproxy.io/owning-gateway-namespace": "spbe-edge" } },
            },
          ],
        },
      ],
    });
  });
});

describe("network boundaries with a Kubernetes DRC run by the dinas", () => {
  it("closes the backup namespace, opened only to the edge on the S3 store's port", async () => {
    const { resources } = await runFixtureRegion(
      fixture((i) => void (i.sites[1].platform = { type: "kubernetes", context: "drc-dinas" })),
    );
    expect(notClosed(resources)).toEqual([]);
    const names = policiesIn(resources, "spbe-backup").map((p) => metadataOf(p).name);
    expect(names.sort()).toEqual(["allow-dns", "allow-edge", "default-deny"]);
    const edge = policiesIn(resources, "spbe-backup").find((p) => metadataOf(p).name === "allow-edge");
    expect(edge?.inputs.spec).toMatchObject({ ingress: [{ ports: [{ protocol: "TCP", port: 9000 }] }] });
  });
});

describe("a dinas-owned app published to the internet", () => {
  let resources: CapturedResource[];
  beforeAll(async () => {
    const inv = fixture((i) => {
      i.applications?.push({
        id: "portal",
        name: "Portal Pemda",
        owner: "diskominfo",
        category: "umum",
        placement: { mode: "hosting", site: "pd-utama" },
        image: "registry.contohkab.go.id/portal:1.0.0",
        domain: "www.contohkab.go.id",
        exposure: "internet",
      });
    });
    ({ resources } = await runFixtureRegion(inv));
  });

  it("is isolated like an agency's: default deny both ways, the edge in, the gateway both ways", () => {
    expect(notClosed(resources)).toEqual([]);
    const names = policiesIn(resources, "diskominfo").map((p) => metadataOf(p).name);
    expect(names.sort()).toEqual([
      "allow-dns",
      "allow-edge",
      "allow-gateway-in",
      "allow-gateway-out",
      "allow-same-namespace",
      "default-deny",
    ]);
  });

  it("runs under a ResourceQuota like an agency's", () => {
    const quotas = ofType(resources, "kubernetes:core/v1:ResourceQuota").filter(
      (q) => metadataOf(q).namespace === "diskominfo",
    );
    expect(quotas).toHaveLength(1);
    expect(quotas[0].inputs.spec).toMatchObject({ hard: { pods: "20" } });
  });

  it("is published by an HTTPRoute in the dinas' namespace on the site's edge", () => {
    const routes = ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").filter(
      (r) => metadataOf(r).namespace === "diskominfo",
    );
    expect(routes.map((r) => metadataOf(r).name)).toEqual(["portal"]);
  });
});
