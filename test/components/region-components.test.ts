/**
 * JaringanIntra, Drc, SistemPenghubungLayanan and KeamananSpbe, run within SpbeRegion on the
 * fixture region (they read the tenants the Pusat Data makes).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
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
    expect([...new Set(namespaces)].sort()).toEqual(["kube-system", "spbe-gateway"]);
    expect(peers.some((p) => p.includes("ipBlock"))).toBe(false);
  });

  it("exports the address plan", () => {
    expect(outputs.addressPlan).toEqual(addressPlanOf(inv));
  });
});

describe("Drc", () => {
  it("runs MinIO on the dinas' Docker DRC with its data on a protected volume", () => {
    const minio = byName(resources, "docker:index/container:Container", "drc-dinas-store-minio");
    expect(minio.inputs).toMatchObject({
      image: expect.stringMatching(/^quay\.io\/minio\/minio:RELEASE/),
      readOnly: true,
    });
    expect(minio.secretPaths).toContain("envs");
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
      config: { s3Url: "http://drc.contohkab.go.id:9000" },
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

describe("SistemPenghubungLayanan", () => {
  it("routes each gateway service and upstream through the TLS listener of one Gateway", () => {
    const gw = byName(resources, "kubernetes:gateway.networking.k8s.io/v1:Gateway", "pd-utama-spl-gateway");
    expect(JSON.stringify(gw.inputs.spec)).toContain('"protocol":"HTTPS"');
    const routes = ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").map(
      (r) => metadataOf(r).name,
    );
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

describe("KeamananSpbe", () => {
  it("runs an agent for each declared control in a privileged namespace of its own", () => {
    const agents = ofType(resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d));
    expect(agents.map((a) => a.name).sort()).toEqual(["falco", "fluent-bit", "node-exporter"]);
    expect(agents.every((a) => a.namespace === "spbe-security")).toBe(true);
    expect(agents.find((a) => a.name === "falco")?.annotations[ANNOTATION.controls]).toBe('["ids-ips"]');
    const ns = metadataOf(byName(resources, "kubernetes:core/v1:Namespace", "pd-utama-spbe-security-ns"));
    expect(ns.labels["pod-security.kubernetes.io/enforce"]).toBe("privileged");
  });

  it("exports the API-server audit policy and notes for what Pulumi cannot reach", () => {
    expect(String(outputs.auditPolicy)).toContain("apiVersion: audit.k8s.io/v1");
    expect((outputs.securityNotes as Array<{ control: string }>).map((n) => n.control)).toContain(
      "hardening",
    );
  });

  it("runs no intrusion detection when the inventory declares none", async () => {
    const quiet = fixture((i) => {
      if (i.security) i.security.controls = ["log-analysis"];
    });
    const run = await runFixtureRegion(quiet);
    const agents = ofType(run.resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d).name);
    expect(agents).toEqual(["fluent-bit"]);
  });
});

describe("the evidence ConfigMap", () => {
  it("carries the evidence record in the dinas namespace", () => {
    const cm = byName(resources, "kubernetes:core/v1:ConfigMap", "pd-utama-evidence-config");
    expect(metadataOf(cm)).toMatchObject({ name: "spbe-evidence", namespace: "diskominfo" });
    const ev = JSON.parse((cm.inputs.data as Record<string, string>)["evidence.json"]);
    expect(ev).toEqual(outputs.evidence);
  });
});
