import { describe, expect, it } from "vitest";
import { buildDeviceCatalog, buildServiceCatalog, buildUserCatalog, defaultGroup } from "../../plan/catalogs";
import { buildEvidence } from "../../plan/evidence";
import { buildGatewayPlan } from "../../plan/gateway-routes";
import { buildStackOutputs } from "../../plan/outputs";
import { addressPlanOf, fixture } from "./fixture";

describe("auditor catalogs", () => {
  it("lists each colocation server with its planned address", () => {
    const inv = fixture();
    const plan = addressPlanOf(inv);
    const server = buildDeviceCatalog(inv, plan).find((d) => d.id === "srv-rsud-01");
    const address = plan.hosts.find((h) => h.id === "srv-rsud-01")?.address;
    expect(address).toMatch(/^10\.30\./);
    expect(server).toMatchObject({
      kind: "colocation-server",
      owner: "rsud",
      address,
      source: "colocation[0]",
    });
  });

  it("gives an agency without declared access its default admin group, marked as defaulted", () => {
    const users = buildUserCatalog(fixture());
    expect(users.filter((u) => u.agency === "bkpsdm")).toEqual([
      expect.objectContaining({ subject: "bkpsdm-ops", role: "operator", defaulted: false }),
    ]);
    expect(users.filter((u) => u.agency === "dinkes")).toEqual([
      expect.objectContaining({
        subject: defaultGroup("dinkes"),
        kind: "Group",
        role: "admin",
        defaulted: true,
      }),
    ]);
  });

  it("names each gateway service's provider owner and consumers", () => {
    const cat = buildServiceCatalog(fixture());
    expect(cat.services.map((s) => [s.id, s.providerOwner, s.consumers])).toEqual([
      ["kepegawaian.pegawai", "bkpsdm", ["dinkes"]],
      ["kesehatan.rujukan", "rsud", ["dinkes", "bkpsdm"]],
    ]);
  });
});

describe("gateway plan", () => {
  it("routes a service provided by an upstream gateway to that upstream", () => {
    const inv = fixture((i) => {
      i.gateway?.services?.push({
        id: "kependudukan.nik",
        provider: "splp",
        path: "/nik",
        consumers: ["dinkes"],
      });
    });
    const route = buildGatewayPlan(inv)?.routes.find((r) => r.service === "kependudukan.nik");
    expect(route).toMatchObject({
      providerPlacement: "upstream",
      backend: null,
      upstream: { id: "splp", host: "splp.layanan.go.id", port: 443, tls: true },
    });
  });
});

describe("evidence", () => {
  it("records an absent item as null, never invented", () => {
    const ev = buildEvidence(fixture());
    expect(ev.dinas.serviceDesk).toBeNull();
    expect(ev.security.continuityPlan).toBeNull();
    expect(ev.agencies[0]).toMatchObject({
      id: "bkpsdm",
      lanDiagramSubmittedOn: null,
      source: "agencies[0]",
    });
    expect(ev.gateway).toMatchObject({ builtBy: "diskominfo", approvals: null });
  });
});

describe("stack outputs", () => {
  it("note the controls Pulumi cannot reach and the credentials an operator must provide", () => {
    const inv = fixture();
    const out = buildStackOutputs(inv, addressPlanOf(inv));
    const controls = out.securityNotes.map((n) => n.control);
    expect(controls).toEqual(
      expect.arrayContaining(["hardening", "ids-ips", "backup-credentials", "audit-policy"]),
    );
    expect(out.securityNotes.find((n) => n.control === "backup-credentials")?.en).toContain(
      "drc-pdn-s3-credentials",
    );
    expect(out.auditPolicy).toContain("kind: Policy");
    expect(out.auditPolicy).toContain("- bkpsdm");
  });
});
