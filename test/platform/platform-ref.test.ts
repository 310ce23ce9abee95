/**
 * The region takes what its platform stack exports, not constants: run the fixture region against
 * a platform whose issuer, gateway class, Velero namespace and blackbox exporter all differ from
 * the pinned defaults, and every object naming them follows.
 */
import { describe, expect, it } from "vitest";
import { SpbeRegion } from "../../components/region";
import { addressPlanOf, fixture } from "../components/fixture";
import { ofType, runComponent } from "../support/mocks";
import { platformsOf } from "../support/platform-double";

describe("the region reads its platform stack", () => {
  it("uses the issuer, gateway class, Velero namespace and prober the platform exports", async () => {
    const inventory = fixture();
    const base = platformsOf(inventory);
    const platform = (name: string) => {
      const out = base(name);
      if (!out) return undefined;
      return {
        ...out,
        issuer: { name: "bsre-acme", authority: "BSrE", acmeServer: "https://acme.test/directory" },
        gatewayClass: "eg-dinas",
        veleroNamespace: "backup-system",
        blackboxExporter: "prober.observability.svc:9115",
      };
    };
    const { resources } = await runComponent(
      () => ({
        ...new SpbeRegion(inventory.region.key, { inventory, addressPlan: addressPlanOf(inventory) }).outputs,
      }),
      "test",
      platform,
    );
    const meta = (r: { inputs: Record<string, unknown> }) => r.inputs.metadata as { namespace?: string };
    const schedules = ofType(resources, "kubernetes:velero.io/v1:Schedule");
    const locations = ofType(resources, "kubernetes:velero.io/v1:BackupStorageLocation");
    expect(schedules.length + locations.length).toBeGreaterThan(0);
    for (const r of [...schedules, ...locations]) expect(meta(r).namespace).toBe("backup-system");
    const gateways = ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:Gateway");
    expect(gateways.length).toBeGreaterThan(0);
    for (const g of gateways)
      expect((g.inputs.spec as { gatewayClassName: string }).gatewayClassName).toBe("eg-dinas");
    const probes = ofType(resources, "kubernetes:monitoring.coreos.com/v1:Probe");
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes)
      expect(p.inputs.spec).toMatchObject({ prober: { url: "prober.observability.svc:9115" } });
    expect(ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:GatewayClass")).toEqual([]);
  });

  it("names a platform stack the program reads that is not there", async () => {
    const inventory = fixture();
    const run = runComponent(
      () => ({
        ...new SpbeRegion(inventory.region.key, { inventory, addressPlan: addressPlanOf(inventory) }).outputs,
      }),
      "test",
      () => undefined,
    );
    await expect(run).rejects.toThrow(
      /StackReference 'organization\/spbe-platform\/test-pd-utama': no such stack/,
    );
  });
});
