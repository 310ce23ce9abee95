/** Drc within SpbeRegion on the fixture region (it backs up the volumes the Pusat Data makes). */
import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv));
});

describe("Drc", () => {
  it("runs MinIO on the dinas' Docker DRC over TLS, keys as files, data on a protected volume", () => {
    const minio = byName(resources, "docker:index/container:Container", "drc-dinas-store-minio");
    expect(minio.inputs).toMatchObject({
      image: expect.stringMatching(/^quay\.io\/minio\/minio:RELEASE/),
      readOnly: true,
      command: ["server", "/data", "--certs-dir", "/etc/minio/certs"],
      envs: [
        "MINIO_ROOT_USER_FILE=/run/secrets/spbe/root-user",
        "MINIO_ROOT_PASSWORD_FILE=/run/secrets/spbe/root-password",
      ],
    });
    // The keys are uploaded files (secret), the environment holds only their paths.
    expect(minio.secretPaths).toEqual(["uploads"]);
    expect(JSON.stringify(minio.inputs.volumes)).toContain('"hostPath":"/etc/spbe-infra/secrets/minio-tls"');
    expect(byName(resources, "docker:index/volume:Volume", "drc-dinas-store-data").protect).toBe(true);
  });

  it("points a protected, retained BackupStorageLocation at each target", () => {
    const dinas = byName(
      resources,
      "kubernetes:velero.io/v1:BackupStorageLocation",
      "pd-utama-drc-dinas-bsl",
    );
    expect(dinas).toMatchObject({ protect: true, retainOnDelete: true });
    expect(dinas.inputs.spec).toMatchObject({
      config: { s3Url: "https://drc.contohkab.go.id:9000" },
      credential: { name: "drc-dinas-credentials", key: "cloud" },
    });
    const pdn = byName(resources, "kubernetes:velero.io/v1:BackupStorageLocation", "pd-utama-drc-pdn-bsl");
    expect(pdn.inputs.spec).toMatchObject({
      config: { s3Url: "https://s3.pdn.go.id" },
      objectStorage: { bucket: "spbe-contoh" },
      credential: { name: "drc-pdn-s3-credentials" },
    });
    // The PDN's credentials are the operator's to store: the program creates no Secret for them.
    expect(resources.filter((r) => r.name === "pd-utama-drc-pdn-credentials")).toEqual([]);
  });

  it("schedules each data set on the cluster with its cron, retention and target", () => {
    const schedules = ofType(resources, "kubernetes:velero.io/v1:Schedule");
    expect(schedules.map((s) => metadataOf(s).name).sort()).toEqual(["sikda", "simpeg"]);
    const sikda = byName(resources, "kubernetes:velero.io/v1:Schedule", "pd-utama-sikda-schedule");
    expect(sikda.inputs.spec).toMatchObject({
      schedule: "0 */6 * * *",
      template: { includedNamespaces: ["dinkes"], storageLocation: "drc-pdn", ttl: "2160h0m0s" },
    });
    expect(metadataOf(sikda)).toMatchObject({
      labels: {
        [LABEL.role]: ROLE.backupSchedule,
        [LABEL.failureDomain]: "contoh-kota",
        [LABEL.app]: "sikda",
      },
      annotations: { [ANNOTATION.backupTarget]: "drc-pdn", [ANNOTATION.backupFailureDomain]: "kepri-batam" },
    });
  });

  it("exports each data set's RPO in the backup plan", () => {
    const plan = outputs.backupPlan as { entries: Array<{ app: string; rpoHours: number }> };
    expect(Object.fromEntries(plan.entries.map((e) => [e.app, e.rpoHours]))).toEqual({
      simpeg: 24,
      sikda: 6,
      simrs: 24,
    });
  });
});

describe("Drc on a Kubernetes DRC run by the dinas", () => {
  it("runs MinIO as a Deployment on a protected claim, published with TLS, and backs up to that endpoint", async () => {
    const inv = fixture((i) => {
      i.sites[1].platform = { type: "kubernetes", context: "drc-dinas" };
    });
    const run = await runFixtureRegion(inv);
    const minio = byName(run.resources, "kubernetes:apps/v1:Deployment", "drc-dinas-store-minio");
    expect(metadataOf(minio)).toMatchObject({ name: "minio", namespace: "spbe-backup" });
    expect(
      byName(run.resources, "kubernetes:core/v1:PersistentVolumeClaim", "drc-dinas-store-data").protect,
    ).toBe(true);
    const route = byName(
      run.resources,
      "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute",
      "drc-dinas-store-minio-route",
    );
    expect(route.inputs.spec).toMatchObject({ hostnames: ["minio-drc-dinas.contohkab.go.id"] });
    const edge = byName(run.resources, "kubernetes:gateway.networking.k8s.io/v1:Gateway", "drc-dinas-edge");
    expect(JSON.stringify(edge.inputs.spec)).toContain('"hostname":"minio-drc-dinas.contohkab.go.id"');
    const bsl = byName(
      run.resources,
      "kubernetes:velero.io/v1:BackupStorageLocation",
      "pd-utama-drc-dinas-bsl",
    );
    expect(bsl.inputs.spec).toMatchObject({ config: { s3Url: "https://minio-drc-dinas.contohkab.go.id" } });
    const root = byName(run.resources, "kubernetes:core/v1:Secret", "drc-dinas-store-root");
    expect(root.secretPaths).toEqual(["stringData"]);
    expect(byName(run.resources, "pulumi:providers:kubernetes", "drc-dinas-k8s").inputs).toMatchObject({
      context: "drc-dinas",
    });
  });
});
