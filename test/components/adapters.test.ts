import { describe, expect, it } from "vitest";
import { DockerAdapter, memoryMb } from "../../components/platform/docker";
import { KubernetesAdapter } from "../../components/platform/kubernetes";
import { placeSites } from "../../plan/placement";
import { byName, ofType, runComponent } from "../support/mocks";
import { adaptersOf, fixture, TestRoot } from "./fixture";
import { runFixtureRegion } from "./run";

describe("platform adapters", () => {
  it("make one explicit provider per site, from the inventory's kube context and docker host", async () => {
    const { resources } = await runFixtureRegion(fixture());
    expect(byName(resources, "pulumi:providers:kubernetes", "pd-utama-k8s").inputs).toMatchObject({
      context: "pd-utama",
    });
    expect(byName(resources, "pulumi:providers:docker", "drc-dinas-docker").inputs).toMatchObject({
      host: "ssh://spbe@drc.contohkab.go.id",
    });
    expect(ofType(resources, "pulumi:providers:kubernetes")).toHaveLength(1);
    expect(ofType(resources, "pulumi:providers:docker")).toHaveLength(1);
  });

  it("pick the adapter by the site's platform, none for a site without one", async () => {
    const inv = fixture();
    let kinds: Record<string, string> = {};
    await runComponent(() => {
      const adapters = adaptersOf(inv, new TestRoot());
      kinds = Object.fromEntries([...adapters].map(([id, a]) => [id, a.constructor.name]));
    });
    expect(kinds).toEqual({ "pd-utama": KubernetesAdapter.name, "drc-dinas": DockerAdapter.name });
  });

  it("refuse on Docker what a Docker host cannot run, naming the site", async () => {
    const inv = fixture();
    let error: unknown;
    await runComponent(() => {
      const root = new TestRoot();
      const docker = new DockerAdapter(
        placeSites(inv).get("drc-dinas") as never,
        "ssh://spbe@drc.contohkab.go.id",
        root,
      );
      try {
        docker.virtualMachine();
      } catch (e) {
        error = e;
      }
    });
    expect(String(error)).toMatch(
      /sites\[1\] \(site 'drc-dinas', docker\): cannot provide a virtual machine \(VPS\)/,
    );
  });

  it("run a Docker-hosted app as a hardened container on its tenant's internal network, backed up on schedule", async () => {
    const inv = fixture((i) => {
      i.sites[1].kind = "pusat-data";
      i.applications?.push({
        id: "arsip",
        name: "Arsip",
        owner: "bkpsdm",
        category: "umum",
        placement: { mode: "hosting", site: "drc-dinas" },
        image: "registry.contohkab.go.id/arsip:1.0.0",
        resources: { cpu: "250m", memory: "1Gi" },
        data: {
          classification: "internal",
          storageGi: 5,
          backup: { schedule: "0 3 * * *", retentionDays: 14, media: "object-storage", target: "drc-dinas" },
        },
      });
    });
    const { resources } = await runFixtureRegion(inv);
    const app = byName(resources, "docker:index/container:Container", "drc-dinas-arsip-app");
    expect(app.inputs).toMatchObject({
      user: "10001:10001",
      readOnly: true,
      capabilities: { drops: ["ALL"] },
      memory: 1024,
      networksAdvanced: [{ name: "bkpsdm" }],
    });
    expect(byName(resources, "docker:index/network:Network", "drc-dinas-bkpsdm-net").inputs).toMatchObject({
      internal: true,
    });
    const backup = byName(resources, "docker:index/container:Container", "drc-dinas-arsip-backup");
    expect(backup.inputs.envs).toEqual(
      expect.arrayContaining([
        "BACKUP_CRON_EXPRESSION=0 3 * * *",
        "BACKUP_RETENTION_DAYS=14",
        "AWS_ENDPOINT_PROTO=https",
        "AWS_ACCESS_KEY_ID_FILE=/run/secrets/spbe/access-key",
      ]),
    );
    // The keys are uploaded files, not environment variables.
    expect(JSON.stringify(backup.inputs.envs)).not.toMatch(/AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY)=/);
    expect(backup.secretPaths).toEqual(["uploads"]);
    expect(backup.inputs).toMatchObject({ user: "10001:10001", securityOpts: ["no-new-privileges:true"] });
  });

  it("convert Kubernetes memory quantities for Docker, refusing what they cannot say", () => {
    expect(memoryMb("512Mi")).toBe(512);
    expect(memoryMb("2Gi")).toBe(2048);
    expect(() => memoryMb("1G")).toThrow(/memory '1G' must be written in Mi or Gi/);
  });

  it("never use the ambient default provider", async () => {
    const { resources } = await runFixtureRegion(fixture());
    const platform = resources.filter((r) => r.custom && /^(kubernetes|docker):/.test(r.type));
    expect(platform.length).toBeGreaterThan(0);
    expect(platform.filter((r) => !/^urn:.*pulumi:providers:(kubernetes|docker)::/.test(r.provider))).toEqual(
      [],
    );
  });
});
