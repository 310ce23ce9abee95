/**
 * The check of a region whose Dinas owns an internet-facing app: the program isolates the dinas'
 * namespace like an agency's (no finding), and the same resources without that isolation, or with
 * only one direction closed, are reported; so is an infrastructure namespace left open.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkResources } from "../../offline/check-region";
import type { CheckReport } from "../../offline/findings";
import { runProgramUnderMocks, type CapturedResource } from "../../offline/mock-run";
import { mutatedRegion } from "../offline/mutate";

const TODAY = "2026-11-23";
const DC10 = "spbe-dc-10-tenant-isolation";
const NET07 = "spbe-net-07-security-devices";

let resources: CapturedResource[];
beforeAll(async () => {
  // Prabumulih's internet portal, handed to the Dinas.
  const file = mutatedRegion(
    "prabumulih",
    (doc) => void doc.setIn(["applications", 0, "owner"], "diskominfo"),
  );
  ({ resources } = await runProgramUnderMocks({ inventoryPath: file }));
});

const check = (rs: CapturedResource[]): Promise<CheckReport> =>
  checkResources(rs, { key: "prabumulih", regulation: "prabumulih" }, () => null, {
    today: TODAY,
    lang: "en",
  });

const meta = (r: CapturedResource) => (r.inputs.metadata ?? {}) as { name?: string; namespace?: string };
const isPolicyIn = (r: CapturedResource, ns: string) =>
  r.type === "kubernetes:networking.k8s.io/v1:NetworkPolicy" && meta(r).namespace === ns;
const hits = (report: CheckReport, rule: string) => report.findings.filter((f) => f.rule === rule);

describe("a Dinas-owned internet app", () => {
  it("is published from the dinas' namespace, which the program isolates: no isolation finding", async () => {
    expect(resources.some((r) => r.type.endsWith(":HTTPRoute") && meta(r).namespace === "diskominfo")).toBe(
      true,
    );
    const report = await check(resources);
    expect(hits(report, DC10).map((f) => f.message)).toEqual([]);
    expect(hits(report, NET07).filter((f) => f.message.includes("closed by default"))).toEqual([]);
  });

  it("without the isolation of its namespace is reported by DC-10, both directions named", async () => {
    const report = await check(resources.filter((r) => !isPolicyIn(r, "diskominfo")));
    const found = hits(report, DC10);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Namespace 'diskominfo'");
    expect(found[0].message).toContain("ingress and egress");
    expect(found[0].enforcement).toBe("mandatory");
  });

  it("with ingress closed but egress open is reported for egress", async () => {
    const ingressOnly = resources.map((r) =>
      isPolicyIn(r, "diskominfo") && meta(r).name === "default-deny"
        ? { ...r, inputs: { ...r.inputs, spec: { podSelector: {}, policyTypes: ["Ingress"] } } }
        : r,
    );
    const found = hits(await check(ingressOnly), DC10);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("for egress traffic");
  });

  it("with a policy opening its namespace to every address is reported", async () => {
    const opened = resources.map((r) =>
      isPolicyIn(r, "diskominfo") && meta(r).name === "allow-edge"
        ? {
            ...r,
            inputs: { ...r.inputs, spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] } },
          }
        : r,
    );
    const found = hits(await check(opened), DC10);
    expect(found.map((f) => f.message).join("\n")).toContain("'diskominfo/allow-edge' opens ingress traffic");
  });
});

describe("an infrastructure namespace", () => {
  it("left without its default deny is reported by NET-07", async () => {
    const report = await check(resources.filter((r) => !isPolicyIn(r, "spbe-edge")));
    const found = hits(report, NET07).filter((f) => f.message.includes("'spbe-edge'"));
    expect(found).toHaveLength(1);
    expect(hits(report, DC10)).toEqual([]);
  });
});
