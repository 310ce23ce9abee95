/**
 * KeamananSpbe within SpbeRegion on the fixture region: first with platform stacks that install
 * no agent chart (the region runs every agent), then with the platform's own Falco, Fluent Bit and
 * node-exporter (the region runs none on that Kubernetes site, keeps them on its Docker DRC, and
 * records the platform's declaration in the evidence).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkResources } from "../../offline/check-region";
import { ANNOTATION } from "../../inventory/facts";
import { byName, ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { AGENT_ADD_ONS, metadataOf, runFixtureRegion } from "./run";

const inv = fixture();
let resources: CapturedResource[];
let outputs: Record<string, unknown>;
beforeAll(async () => {
  ({ resources, outputs } = await runFixtureRegion(inv, { without: AGENT_ADD_ONS }));
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
    const run = await runFixtureRegion(quiet, { without: AGENT_ADD_ONS });
    const agents = ofType(run.resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d).name);
    expect(agents).toEqual(["fluent-bit"]);
  });
});

describe("KeamananSpbe log shipping", () => {
  it("ships container and audit logs to the dinas' backup store with credentials it holds", () => {
    const cm = byName(resources, "kubernetes:core/v1:ConfigMap", "pd-utama-fluent-bit-files");
    const conf = (cm.inputs.data as Record<string, string>)["fluent-bit.conf"];
    expect(conf).toMatch(/^ {4}Path +\/var\/log\/kubernetes\/audit\/\*\.log$/m);
    // Over TLS, the store's certificate verified.
    expect(conf).toMatch(/^ {4}endpoint +https:\/\/drc\.contohkab\.go\.id:9000$/m);
    expect(conf).toMatch(/^ {4}tls +On$/m);
    expect(conf).toMatch(/^ {4}tls\.verify +On$/m);
    expect(conf).toMatch(/^ {4}s3_key_format +\/logs\/contoh\//m);
    const secret = byName(resources, "kubernetes:core/v1:Secret", "pd-utama-fluent-bit-secret");
    expect(secret.secretPaths).toEqual(["stringData"]);
    expect(String((secret.inputs.stringData as Record<string, string>).cloud)).toMatch(
      /^\[default\]\naws_access_key_id=/,
    );
  });

  it("uploads the configuration into the agent's own volumes on a Docker site", () => {
    const agent = byName(resources, "docker:index/container:Container", "drc-dinas-fluent-bit-agent");
    const files = (agent.inputs.uploads as Array<{ file: string }>).map((u) => u.file);
    expect(files).toEqual(["/fluent-bit/etc/fluent-bit.conf", "/fluent-bit/secrets/cloud"]);
    expect(agent.secretPaths).toEqual(["uploads"]);
    const mounts = (agent.inputs.volumes as Array<{ volumeName?: string; containerPath: string }>)
      .filter((v) => v.volumeName)
      .map((v) => `${v.volumeName} ${v.containerPath}`);
    expect(mounts).toEqual(["fluent-bit-files /fluent-bit/etc", "fluent-bit-secrets /fluent-bit/secrets"]);
  });

  it("reads an operator's credentials when the only store is the PDN's, and says so", async () => {
    const pdnOnly = fixture((i) => {
      for (const app of i.applications ?? []) if (app.data?.backup) app.data.backup.target = "drc-pdn";
    });
    const run = await runFixtureRegion(pdnOnly, { without: AGENT_ADD_ONS });
    const ds = byName(run.resources, "kubernetes:apps/v1:DaemonSet", "pd-utama-fluent-bit-agent");
    expect(JSON.stringify(ds.inputs.spec)).toContain('"secretName":"drc-pdn-s3-credentials"');
    expect(run.resources.filter((r) => r.name === "pd-utama-fluent-bit-secret")).toEqual([]);
    const notes = run.outputs.securityNotes as Array<{ control: string; en: string }>;
    expect(notes.find((n) => n.control === "log-analysis")?.en).toContain("drc-pdn-s3-credentials");
  });
});

describe("KeamananSpbe where the site's platform stack installs the agents", () => {
  let run: Awaited<ReturnType<typeof runFixtureRegion>>;
  beforeAll(async () => {
    run = await runFixtureRegion(inv);
  });

  it("runs no agent of its own on that Kubernetes site, and keeps every one on the Docker DRC", () => {
    expect(ofType(run.resources, "kubernetes:apps/v1:DaemonSet")).toEqual([]);
    expect(run.resources.filter((r) => r.name === "pd-utama-spbe-security-ns")).toEqual([]);
    const docker = ofType(run.resources, "docker:index/container:Container")
      .map((c) => c.name)
      .filter((n) => n.endsWith("-agent"))
      .sort();
    expect(docker).toEqual([
      "drc-dinas-falco-agent",
      "drc-dinas-fluent-bit-agent",
      "drc-dinas-node-exporter-agent",
    ]);
  });

  it("gives the platform's log shipper the Dinas store's key, in the platform's namespace", () => {
    const secret = byName(run.resources, "kubernetes:core/v1:Secret", "pd-utama-platform-fluent-bit-secret");
    expect(metadataOf(secret)).toMatchObject({ name: "drc-dinas-s3-credentials", namespace: "logging" });
    expect(secret.secretPaths).toEqual(["stringData"]);
    expect(String((secret.inputs.stringData as Record<string, string>).cloud)).toMatch(/^\[default\]\n/);
  });

  it("records what each site's platform stack installs in the evidence the pack reads", () => {
    const cm = byName(run.resources, "kubernetes:core/v1:ConfigMap", "pd-utama-evidence-config");
    const evidence = JSON.parse(Object.values(cm.inputs.data as Record<string, string>)[0] as string);
    expect(evidence.platforms).toEqual([
      {
        site: "pd-utama",
        stack: "organization/spbe-platform/test-pd-utama",
        addOns: expect.arrayContaining(["falco", "fluent-bit", "kube-prometheus-stack"]),
      },
    ]);
    expect((run.outputs.evidence as { platforms: unknown }).platforms).toEqual(evidence.platforms);
  });

  it("satisfies the pack's SEC-05 agents rule through the platform's recorded declaration", async () => {
    const agents = async (resources: CapturedResource[]) =>
      (
        await checkResources(resources, { key: "contoh", regulation: "prabumulih" }, () => null, {
          today: "2026-11-23",
          lang: "en",
        })
      ).findings.filter((f) => f.rule === "spbe-sec-05-security-agents");
    expect(await agents(run.resources)).toEqual([]);
    // The same region, its evidence stripped of the platforms' declaration: nothing carries the
    // controls on the Kubernetes Pusat Data any more (the Docker DRC keeps its own agents).
    const stripped = run.resources.map((r) => {
      if (r.name !== "pd-utama-evidence-config") return r;
      const [key, text] = Object.entries(r.inputs.data as Record<string, string>)[0] as [string, string];
      const e = { ...JSON.parse(text), platforms: [] };
      return { ...r, inputs: { ...r.inputs, data: { [key]: JSON.stringify(e) } } };
    });
    const found = (await agents(stripped)).map((f) => f.message.split(" Basis: ")[0]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.includes("site 'pd-utama'"))).toBe(true);
  });

  it("runs only what the platform leaves out: Falco alone when the stack installs no falco", async () => {
    const partial = await runFixtureRegion(inv, { without: ["falco"] });
    const agents = ofType(partial.resources, "kubernetes:apps/v1:DaemonSet").map((d) => metadataOf(d).name);
    expect(agents).toEqual(["falco"]);
  });
});
