/**
 * The pack's own layer under the real analyzer handlers: enforcement per regulation, overrides,
 * exemptions, fail-closed rules, unknown values, and agreement with calling the rules directly.
 */
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzableResource, type Diagnostic } from "../../offline/analyze";
import { buildReport } from "../../offline/findings";
import type { PackConfig } from "../../policies/config";
import { decodeMessage } from "../../policies/message";
import { EXEMPTIONS_POLICY, buildPolicies } from "../../policies/pack";
import { toPolicy } from "../../policies/policy";
import { findEvidence, makeView, type Rule } from "../../policies/rule";
import { RULES } from "../../policies/rules";
import { CASES } from "./cases";
import { compliantStack, mutate, TODAY } from "./fixture";

const OPTS = { packName: "spbe", packVersion: "0.1.0" };
const run = (stack: AnalyzableResource[], cfg: PackConfig): Promise<Diagnostic[]> =>
  analyze(buildPolicies({ today: TODAY, ...cfg }), stack, OPTS);
const loadBalancer = () => mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec.type = "LoadBalancer"));
const outsidePortal = () =>
  mutate(compliantStack(), "simpeg-route", (i) => void i.spec.hostnames.push("simpeg.example.com"));
const NET01 = "spbe-net-01-no-bypass-service";
const NET10 = "spbe-net-10-portal-domain";

function report(stack: AnalyzableResource[], ds: Diagnostic[], cfg: PackConfig) {
  return buildReport("tabanan", ds, {
    regulation: cfg.regulation ?? "tabanan",
    config: cfg,
    lang: "id",
    resources: stack,
    locate: (p) => ({ file: "tabanan.yaml", line: p.length, column: 1 }),
  });
}

describe("enforcement per regulation", () => {
  it("makes NET-10 mandatory where the regulation has an article, with that article", async () => {
    const ds = (await run(outsidePortal(), { regulation: "tabanan" })).filter((d) => d.policyName === NET10);
    expect(ds.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).id).toContain(
      "Pasal 12 ayat (2) Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
    );
  });

  it("makes NET-10 advisory where the regulation is silent, citing those that require it", async () => {
    const ds = (await run(outsidePortal(), { regulation: "ppu" })).filter((d) => d.policyName === NET10);
    expect(ds.map((d) => d.enforcementLevel)).toEqual(["advisory"]);
    const m = decodeMessage(ds[0]!.message);
    expect(m.id).toContain("tidak diatur dalam Perbup Penajam Paser Utara 29/2023");
    expect(m.id).toContain("Perbup Tabanan 44/2022");
    expect(m.id).toContain("Perwali Prabumulih 65/2020");
  });

  it("applies the all override, and a per-rule override over it", async () => {
    const all = await run(loadBalancer(), { regulation: "tabanan", all: "advisory" });
    expect(all.find((d) => d.policyName === NET01)?.enforcementLevel).toBe("advisory");
    const both = await run(loadBalancer(), {
      regulation: "tabanan",
      all: "advisory",
      rules: { [NET01]: "mandatory" },
    });
    expect(both.find((d) => d.policyName === NET01)?.enforcementLevel).toBe("mandatory");
    const off = await run(loadBalancer(), { regulation: "tabanan", rules: { [NET01]: "disabled" } });
    expect(off.find((d) => d.policyName === NET01)).toBeUndefined();
  });

  it("reports that it cannot decide when no regulation is configured", async () => {
    const ds = await run(compliantStack(), {});
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.enforcementLevel === "mandatory")).toBe(true);
    expect(decodeMessage(ds[0]!.message).en).toContain("regulation is not configured");
  });
});

describe("exemptions", () => {
  const base = { rule: NET01, resource: "simpeg-*", approvedBy: "Kadis Kominfo" };

  it("still reports an exempted finding, as exempt, without blocking", async () => {
    const cfg: PackConfig = {
      regulation: "tabanan",
      exemptions: [{ ...base, reason: "migrasi", until: "2027-01-01" }],
    };
    const stack = loadBalancer();
    const ds = await run(stack, cfg);
    const d = ds.find((x) => x.policyName === NET01)!;
    expect(d.enforcementLevel).toBe("advisory");
    const f = report(stack, ds, cfg).findings.find((x) => x.rule === NET01)!;
    expect(f).toMatchObject({ status: "exempt", enforcement: "mandatory" });
    expect(report(stack, ds, cfg).summary).toMatchObject({ mandatory: 0, exempt: 1 });
  });

  it("does not apply an exemption without a reason, and reports the exemption itself", async () => {
    const ds = await run(loadBalancer(), { regulation: "tabanan", exemptions: [base] });
    expect(ds.find((d) => d.policyName === NET01)?.enforcementLevel).toBe("mandatory");
    const review = ds.find((d) => d.policyName === EXEMPTIONS_POLICY)!;
    expect(review.enforcementLevel).toBe("mandatory");
    expect(decodeMessage(review.message).en).toContain("has no reason");
  });

  it("stops applying an expired exemption", async () => {
    const ds = await run(loadBalancer(), {
      regulation: "tabanan",
      exemptions: [{ ...base, reason: "migrasi", until: "2026-11-22" }],
    });
    expect(ds.find((d) => d.policyName === NET01)?.enforcementLevel).toBe("mandatory");
    expect(decodeMessage(ds.find((d) => d.policyName === NET01)!.message).exempt).toBeNull();
  });

  it("exempts a paper-trail finding by the inventory element it is about", async () => {
    const stack = mutate(compliantStack(), "spbe-evidence", (i) => {
      const ev = JSON.parse(i.data["evidence.json"]);
      ev.gateway.kind = "spl";
      i.data["evidence.json"] = JSON.stringify(ev);
    });
    const rule = "spbe-spl-07-government-service-bus";
    const ds = await run(stack, {
      regulation: "bengkulu",
      exemptions: [{ rule, resource: "gateway", reason: "GSB dalam pengadaan", approvedBy: "Sekda" }],
    });
    const d = ds.find((x) => x.policyName === rule)!;
    expect(d.enforcementLevel).toBe("advisory");
    expect(decodeMessage(d.message).exempt).toMatchObject({
      reason: "GSB dalam pengadaan",
      approvedBy: "Sekda",
    });
  });

  it("matches the resource pattern against the name, the URN or the inventory path only", async () => {
    const ds = await run(loadBalancer(), {
      regulation: "tabanan",
      exemptions: [{ ...base, resource: "other-*", reason: "x" }],
    });
    expect(ds.find((d) => d.policyName === NET01)?.enforcementLevel).toBe("mandatory");
  });
});

describe("failure handling", () => {
  it("reports a rule that throws as a mandatory finding (fail closed), even where the rule is advisory", async () => {
    const net10 = RULES.find((r) => r.obligation === "NET-10")!;
    const broken = {
      ...net10,
      kind: "resource",
      name: "spbe-net-10-broken",
      check: () => {
        throw new Error("boom");
      },
    } as Rule;
    const cfg: PackConfig = {
      regulation: "ppu",
      today: TODAY,
      exemptions: [{ rule: "spbe-net-10-broken", resource: "*", reason: "x" }],
    };
    const ds = await analyze([toPolicy(broken, cfg)], compliantStack(), OPTS);
    expect(ds.length).toBe(compliantStack().length);
    expect(ds.every((d) => d.enforcementLevel === "mandatory" && d.message.includes("boom"))).toBe(true);
  });

  it("never crashes on unknown or missing values; unknowns become the engine's advisory notice", async () => {
    const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";
    const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const stack = mutate(
      mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec = UNKNOWN_OBJECT)),
      "simpeg-data",
      (i) => void (i.metadata.labels = UNKNOWN_STRING),
    ).concat([{ ...compliantStack()[1]!, urn: "urn:x::empty", name: "empty", inputs: {} }]);
    const ds = await run(stack, { regulation: "tabanan" });
    const preview = ds.filter((d) => d.message.includes("can't run"));
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.every((d) => d.enforcementLevel === "advisory")).toBe(true);
  });
});

describe("the offline analyzer agrees with calling the rules directly", () => {
  it.each(CASES)("on the case: $it", async (c) => {
    const stack = c.stack();
    const cfg: PackConfig = { regulation: "bengkulu", today: TODAY };
    const viaRpc = (await run(stack, cfg))
      .filter((d) => d.policyName !== EXEMPTIONS_POLICY)
      .map((d) => `${d.policyName} ${decodeMessage(d.message).en}`);
    const views = stack.map((r) =>
      makeView({ type: r.type, name: r.name, urn: r.urn, props: r.inputs, parentUrn: r.parent }),
    );
    const ctx = { regulation: "bengkulu" as const, today: TODAY };
    const direct: string[] = [];
    for (const rule of RULES) {
      const found =
        rule.kind === "resource"
          ? views.flatMap((v) => rule.check(v, ctx))
          : rule.kind === "stack"
            ? rule.check(views, ctx)
            : rule.check(findEvidence(views)!.evidence, ctx, () => views);
      for (const f of found) direct.push(`${rule.name} ${f.message.en}`);
    }
    expect(viaRpc.map((s) => s.split(" Basis: ")[0]).sort()).toEqual(direct.sort());
  });
});
