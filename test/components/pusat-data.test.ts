import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { PusatData } from "../../components/pusat-data";
import { buildBackupPlan } from "../../plan/backup";
import { defaultGroup } from "../../plan/catalogs";
import { placeApplications } from "../../plan/placement";
import { byName, ofType, runComponent, type CapturedResource } from "../support/mocks";
import { adaptersOf, addressPlanOf, fixture, TestRoot } from "./fixture";
import { metadataOf } from "./run";

describe("PusatData", () => {
  const inv = fixture();
  let resources: CapturedResource[];
  beforeAll(async () => {
    const addressPlan = addressPlanOf(inv);
    ({ resources } = await runComponent(() => {
      const root = new TestRoot();
      const adapter = adaptersOf(inv, root).get("pd-utama");
      if (!adapter) throw new Error("no adapter");
      new PusatData(
        "pd-utama",
        {
          inventory: inv,
          adapter,
          apps: placeApplications(inv).filter((p) => p.site.id === "pd-utama"),
          backups: buildBackupPlan(inv).entries,
          addressPlan,
        },
        { parent: root },
      );
    }));
  });

  it("labels each agency namespace with its agency and the highest classification of its data", () => {
    const ns = metadataOf(byName(resources, "kubernetes:core/v1:Namespace", "pd-utama-dinkes-ns"));
    expect(ns.labels).toMatchObject({
      [LABEL.agency]: "dinkes",
      [LABEL.classification]: "rahasia",
      [LABEL.role]: ROLE.agencyNamespace,
      [LABEL.site]: "pd-utama",
      "pod-security.kubernetes.io/enforce": "restricted",
    });
    const dinas = metadataOf(byName(resources, "kubernetes:core/v1:Namespace", "pd-utama-diskominfo-ns"));
    expect(dinas.labels[LABEL.role]).toBe(ROLE.dinasNamespace);
  });

  it("hardens a hosted app to the restricted Pod Security Standard", () => {
    const d = byName(resources, "kubernetes:apps/v1:Deployment", "pd-utama-simpeg-app");
    const pod = (d.inputs.spec as { template: { spec: Record<string, unknown> } }).template.spec;
    const c = (pod.containers as Array<Record<string, unknown>>)[0];
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(c.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(c.resources).toEqual({
      requests: { cpu: "500m", memory: "512Mi" },
      limits: { cpu: "500m", memory: "512Mi" },
    });
    expect(metadataOf(d).annotations[ANNOTATION.source]).toBe("applications[0]");
  });

  it("publishes only internet-facing apps, with a Certificate from the region's issuer", () => {
    const routes = ofType(resources, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute");
    expect(routes.map((r) => r.name)).toEqual(["pd-utama-simpeg-route"]);
    expect(metadataOf(routes[0])).toMatchObject({ name: "simpeg", namespace: "bkpsdm" });
    const cert = byName(resources, "kubernetes:cert-manager.io/v1:Certificate", "pd-utama-simpeg-cert");
    expect(metadataOf(cert).namespace).toBe("spbe-edge");
    expect(cert.inputs.spec).toMatchObject({
      dnsNames: ["simpeg.contohkab.go.id"],
      issuerRef: { kind: "ClusterIssuer", name: "bsre-acme" },
    });
  });

  it("puts each app's data on a protected claim carrying its backup arrangement", () => {
    const claims = ofType(resources, "kubernetes:core/v1:PersistentVolumeClaim");
    expect(claims.map((c) => c.name).sort()).toEqual(["pd-utama-sikda-data", "pd-utama-simpeg-data"]);
    expect(claims.every((c) => c.protect)).toBe(true);
    const simpeg = metadataOf(
      byName(resources, "kubernetes:core/v1:PersistentVolumeClaim", "pd-utama-simpeg-data"),
    );
    expect(simpeg.annotations).toMatchObject({
      [ANNOTATION.backupTarget]: "drc-dinas",
      [ANNOTATION.backupFailureDomain]: "jauh",
      [ANNOTATION.backupSchedule]: "0 1 * * *",
    });
  });

  it("runs a VPS as a KubeVirt VirtualMachine with its data disk on the claim", () => {
    const vm = byName(resources, "kubernetes:kubevirt.io/v1:VirtualMachine", "pd-utama-sikda-vm");
    expect(metadataOf(vm)).toMatchObject({ name: "sikda", namespace: "dinkes" });
    const spec = JSON.stringify(vm.inputs.spec);
    expect(spec).toContain('"claimName":"sikda-data"');
    expect(spec).toContain('"cores":4');
  });

  it("monitors each colocation server at its planned address and deploys nothing for its app", () => {
    const address = addressPlanOf(inv).hosts.find((h) => h.id === "srv-rsud-01")?.address;
    const probe = byName(
      resources,
      "kubernetes:monitoring.coreos.com/v1:Probe",
      "pd-utama-srv-rsud-01-probe",
    );
    expect(probe.inputs.spec).toMatchObject({ targets: { staticConfig: { static: [address] } } });
    expect(metadataOf(probe).labels[LABEL.role]).toBe(ROLE.colocationServer);
    expect(resources.filter((r) => r.name.includes("simrs"))).toEqual([]);
  });

  it("stamps a colocation server's target with the app it runs and what that app calls", async () => {
    const calling = fixture((i) => {
      const simrs = i.applications?.find((a) => a.id === "simrs");
      if (simrs) simrs.integrations = [{ calls: "simpeg" }, { consumes: "kepegawaian.pegawai" }];
    });
    const { resources: rs } = await runComponent(() => {
      const root = new TestRoot();
      const adapter = adaptersOf(calling, root).get("pd-utama");
      if (!adapter) throw new Error("no adapter");
      new PusatData(
        "pd-utama",
        {
          inventory: calling,
          adapter,
          apps: placeApplications(calling).filter((p) => p.site.id === "pd-utama"),
          backups: [],
          addressPlan: addressPlanOf(calling),
        },
        { parent: root },
      );
    });
    const probe = metadataOf(
      byName(rs, "kubernetes:monitoring.coreos.com/v1:Probe", "pd-utama-srv-rsud-01-probe"),
    );
    expect(probe.labels).toMatchObject({
      [LABEL.app]: "simrs",
      [LABEL.agency]: "rsud",
      [LABEL.placement]: "colocation",
      [LABEL.role]: ROLE.colocationServer,
    });
    expect(probe.annotations).toMatchObject({
      [ANNOTATION.calls]: '["simpeg"]',
      [ANNOTATION.consumes]: '["kepegawaian.pegawai"]',
      [ANNOTATION.source]: "colocation[0]",
    });
  });

  it("binds the declared access roles, or the agency's default admin group", () => {
    const ops = byName(
      resources,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
      "pd-utama-bkpsdm-operator",
    );
    expect(ops.inputs.subjects).toEqual([
      { kind: "Group", name: "bkpsdm-ops", apiGroup: "rbac.authorization.k8s.io" },
    ]);
    const admin = byName(
      resources,
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
      "pd-utama-dinkes-admin",
    );
    expect(admin.inputs.subjects).toEqual([
      { kind: "Group", name: defaultGroup("dinkes"), apiGroup: "rbac.authorization.k8s.io" },
    ]);
  });
});
