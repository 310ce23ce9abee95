/** Drc within SpbeRegion on the fixture region (it backs up the volumes the Pusat Data makes). */
import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { metadataOf, runFixtureRegion } from "./run";
import { S3_GATEWAY_IMAGE } from "../../components/platform/object-store";
import { DINAS_STORE_REGION } from "../../plan/backup";

type PodSpec = {
  containers: Array<{ image: string; env?: unknown; command?: string[]; readinessProbe?: unknown }>;
  volumes: unknown[];
};

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv));
});

describe("Drc", () => {
  it("runs the S3 gateway on the dinas' Docker DRC over TLS, keys as files, data on a protected volume", () => {
    const store = byName(resources, "docker:index/container:Container", "drc-dinas-store-s3");
    expect(store.inputs).toMatchObject({
      image: S3_GATEWAY_IMAGE,
      readOnly: true,
      entrypoints: ["/bin/sh"],
    });
    // No credential in the container's configuration: the start script reads the uploaded files.
    expect(store.inputs.envs).toBeUndefined();
    const [flag, script] = store.inputs.command as string[];
    expect(flag).toBe("-c");
    expect(script).toContain(`ROOT_ACCESS_KEY_ID="$(cat '/run/secrets/spbe/root-user')"`);
    expect(script).toContain(
      "'--cert' '/run/secrets/s3-tls/tls.crt' '--key' '/run/secrets/s3-tls/tls.key' 'posix' '/data'",
    );
    expect(script).toContain(`'--region' '${DINAS_STORE_REGION}'`);
    expect(script).toContain("mkdir -p '/data/spbe-contoh'");
    expect(store.secretPaths).toEqual(["uploads"]);
    expect(JSON.stringify(store.inputs.volumes)).toContain('"hostPath":"/etc/spbe-infra/secrets/s3-tls"');
    expect(byName(resources, "docker:index/volume:Volume", "drc-dinas-store-data").protect).toBe(true);
    expect(byName(resources, "docker:index/volume:Volume", "drc-dinas-store-secrets").protect).toBe(true);
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
  it("runs the S3 gateway as a Deployment on a protected claim, published with TLS, and backs up to that endpoint", async () => {
    const inv = fixture((i) => {
      i.sites[1].platform = { type: "kubernetes", context: "drc-dinas" };
    });
    const run = await runFixtureRegion(inv);
    const store = byName(run.resources, "kubernetes:apps/v1:Deployment", "drc-dinas-store-s3");
    expect(metadataOf(store)).toMatchObject({ name: "s3", namespace: "spbe-backup" });
    const pod = (store.inputs.spec as { template: { spec: PodSpec } }).template.spec;
    const c = pod.containers[0];
    expect(c?.image).toBe(S3_GATEWAY_IMAGE);
    expect(c?.env).toBeUndefined();
    expect(c?.command?.[2]).toContain("exec '/usr/local/bin/versitygw' '--port' ':9000'");
    expect(c?.command?.[2]).not.toContain("--cert");
    expect(c?.readinessProbe).toMatchObject({ httpGet: { path: "/_/health" } });
    expect(pod.volumes).toContainEqual({
      name: "root",
      secret: { secretName: "s3-root", defaultMode: 0o440 },
    });
    expect(
      byName(run.resources, "kubernetes:core/v1:PersistentVolumeClaim", "drc-dinas-store-data").protect,
    ).toBe(true);
    const route = byName(
      run.resources,
      "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute",
      "drc-dinas-store-s3-route",
    );
    expect(route.inputs.spec).toMatchObject({ hostnames: ["s3-drc-dinas.contohkab.go.id"] });
    const edge = byName(run.resources, "kubernetes:gateway.networking.k8s.io/v1:Gateway", "drc-dinas-edge");
    expect(JSON.stringify(edge.inputs.spec)).toContain('"hostname":"s3-drc-dinas.contohkab.go.id"');
    const bsl = byName(
      run.resources,
      "kubernetes:velero.io/v1:BackupStorageLocation",
      "pd-utama-drc-dinas-bsl",
    );
    expect(bsl.inputs.spec).toMatchObject({
      config: {
        s3Url: "https://s3-drc-dinas.contohkab.go.id",
        region: DINAS_STORE_REGION,
        s3ForcePathStyle: "true",
      },
    });
    const root = byName(run.resources, "kubernetes:core/v1:Secret", "drc-dinas-store-root");
    expect(root.secretPaths).toEqual(["stringData"]);
    expect(byName(run.resources, "pulumi:providers:kubernetes", "drc-dinas-k8s").inputs).toMatchObject({
      context: "drc-dinas",
    });
  });
});
