/** SistemPenghubungLayanan within SpbeRegion on the fixture region. */
import { beforeAll, describe, expect, it } from "vitest";
import { LABEL, ROLE } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
import { addressPlanOf, fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
beforeAll(async () => {
  ({ resources } = await runFixtureRegion(inv));
});

describe("SistemPenghubungLayanan", () => {
  it("routes each gateway service and upstream through the TLS listener of one Gateway", () => {
    const gw = byName(resources, "kubernetes:gateway.networking.k8s.io/v1:Gateway", "pd-utama-spl-gateway");
    expect(JSON.stringify(gw.inputs.spec)).toContain('"protocol":"HTTPS"');
    const routes = ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute")
      .filter((r) => metadataOf(r).namespace === "spbe-gateway")
      .map((r) => metadataOf(r).name);
    expect(routes.sort()).toEqual(["kepegawaian-pegawai", "kesehatan-rujukan", "upstream-splp"]);
  });

  it("admits only a service's own consumers, from a secret", () => {
    const secret = byName(resources, "kubernetes:core/v1:Secret", "spl-kepegawaian-pegawai-consumers");
    expect(secret.secretPaths).toEqual(["stringData"]);
    const users = String((secret.inputs.stringData as Record<string, string>)[".htpasswd"])
      .trim()
      .split("\n")
      .map((l) => l.split(":")[0]);
    expect(users).toEqual(["dinkes"]);
    expect(metadataOf(secret).labels[LABEL.role]).toBe(ROLE.gatewayConsumer);
    const policy = byName(
      resources,
      "kubernetes:gateway.envoyproxy.io/v1alpha1:SecurityPolicy",
      "spl-kepegawaian-pegawai-policy",
    );
    expect(policy.inputs.spec).toMatchObject({
      targetRef: { kind: "HTTPRoute", name: "kepegawaian-pegawai" },
      basicAuth: { users: { name: "kepegawaian-pegawai-consumers" } },
    });
  });

  it("reaches a provider in another namespace through a ReferenceGrant there", () => {
    const grant = byName(
      resources,
      "kubernetes:gateway.networking.k8s.io/v1beta1:ReferenceGrant",
      "spl-kepegawaian-pegawai-grant",
    );
    expect(metadataOf(grant).namespace).toBe("bkpsdm");
  });

  it("reaches a colocation provider at its server's address", () => {
    const address = addressPlanOf(inv).hosts.find((h) => h.id === "srv-rsud-01")?.address;
    const slice = byName(
      resources,
      "kubernetes:discovery.k8s.io/v1:EndpointSlice",
      "spl-kesehatan-rujukan-external",
    );
    expect(slice.inputs).toMatchObject({
      addressType: "IPv4",
      endpoints: [{ addresses: [address] }],
      ports: [{ port: 8443 }],
    });
  });
});

describe("SistemPenghubungLayanan backend TLS", () => {
  it("verifies an https upstream's certificate for its host name (BackendTLSPolicy)", () => {
    const tls = byName(
      resources,
      "kubernetes:gateway.networking.k8s.io/v1:BackendTLSPolicy",
      "spl-upstream-splp-backend-tls",
    );
    expect(tls.inputs.spec).toEqual({
      targetRefs: [{ group: "", kind: "Service", name: "upstream-splp" }],
      validation: { hostname: "splp.layanan.go.id", wellKnownCACertificates: "System" },
    });
  });

  it("names each backend it reaches without TLS, and why, in the security notes", async () => {
    const { outputs } = await runFixtureRegion(inv);
    const notes = outputs.securityNotes as Array<{ control: string; id: string; en: string }>;
    const note = notes.find((n) => n.control === "backend-tls");
    expect(note?.en).toContain("kesehatan-rujukan → srv-rsud-01");
    expect(note?.en).toContain("no server certificate");
    expect(note?.id).toContain("kesehatan-rujukan → srv-rsud-01");
    expect(note?.en).not.toContain("splp");
  });
});

describe("SistemPenghubungLayanan consumers", () => {
  it("gives the dinas a credential when it consumes a service itself", async () => {
    const withDinas = fixture((i) => {
      i.gateway?.services?.[0].consumers?.push("diskominfo");
    });
    const run = await runFixtureRegion(withDinas);
    const secret = byName(run.resources, "kubernetes:core/v1:Secret", "spl-kepegawaian-pegawai-consumers");
    const users = String((secret.inputs.stringData as Record<string, string>)[".htpasswd"])
      .trim()
      .split("\n")
      .map((l) => l.split(":")[0]);
    expect(users).toEqual(["dinkes", "diskominfo"]);
  });
});
