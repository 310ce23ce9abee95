/**
 * The router rules on the real ppu stack (the program under mocks): clean as rendered, and each
 * rule fires when one router resource is changed the way a hand edit or a broken renderer would.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runProgramUnderMocks, type CapturedResource } from "../../offline/mock-run";
import { loadInventory } from "../../inventory";
import type { Evidence } from "../../inventory/facts";
import { buildEvidence } from "../../plan/evidence";
import { deviceRules, routerViews } from "../../policies/rules/devices";
import { makeView, type Rule, type View, type Violation } from "../../policies/rule";

const FILE = "inventory/regions/ppu.yaml";
const ctx = { regulation: "ppu" as const, today: "2026-11-23" };
let captured: CapturedResource[];
let evidence: Evidence;

beforeAll(async () => {
  captured = (await runProgramUnderMocks({ inventoryPath: FILE })).resources;
  const loaded = loadInventory(FILE);
  if (!loaded.ok) throw new Error("ppu does not load");
  evidence = buildEvidence(loaded.inventory);
}, 300_000);

function views(change?: (r: CapturedResource) => CapturedResource | null): View[] {
  return captured
    .map((r) => (change ? change(structuredClone(r)) : r))
    .filter((r): r is CapturedResource => r !== null)
    .map((r) => makeView({ type: r.type, name: r.name, urn: r.urn, props: r.inputs, parentUrn: r.parent }));
}

function findings(name: string, vs: View[]): Violation[] {
  const rule = deviceRules.find((r) => r.name === name) as Rule;
  if (rule.kind === "stack") return rule.check(vs, ctx);
  if (rule.kind === "evidence") return rule.check(evidence, ctx, () => vs);
  return vs.flatMap((v) => rule.check(v, ctx));
}

const en = (v: Violation[]) => v.map((x) => x.message.en);

describe("the router rules", () => {
  it("see one router resource per router of the model, each with its facts and script", () => {
    const routers = routerViews(views());
    expect(routers).toHaveLength(16);
    expect(routers.filter((r) => r.facts.role === "agency")).toHaveLength(11);
  });

  it("find nothing on the stack as rendered", () => {
    for (const r of deviceRules) expect(findings(r.name, views()), r.name).toEqual([]);
  });

  it("NET-07: a router whose script has no filter is a finding naming it", () => {
    const vs = views((r) => {
      if (r.name === "router-rtr-setda")
        r.inputs.create = String(r.inputs.create).replace(
          /cat > "\$d\/spbe\.nft"[\s\S]*SPBE_EOF_SPBE_NFT\n/,
          "",
        );
      return r;
    });
    expect(en(findings("spbe-net-07-router-filter", vs))).toEqual([
      "Router 'rtr-setda' has no filter (forward default drop): its WAN and LANs are unguarded.",
    ]);
  });

  it("NET-07: a LAN without anti-spoofing is a finding naming the interface", () => {
    const vs = views((r) => {
      if (r.name === "router-rtr-bpkad")
        r.inputs.create = String(r.inputs.create).replace(/\t\tiifname "lan0" ip saddr != .*\n/, "");
      return r;
    });
    expect(en(findings("spbe-net-07-router-filter", vs))).toEqual([
      "Interface 'lan0' (bpkad) of router 'rtr-bpkad' has no anti-spoofing.",
    ]);
  });

  it("NET-01: an agency without a router on the WAN is a finding at its inventory entry", () => {
    const vs = views((r) => (r.name === "router-rtr-dinkes" ? null : r));
    const f = findings("spbe-net-01-agency-on-wan", vs);
    expect(en(f)).toEqual(["Agency 'dinkes' has no router on the Jaringan Intra's WAN."]);
    expect(f[0].source).toBe("agencies[6]");
  });

  it("NET-02: a router operated by an agency is a finding", () => {
    const vs = views((r) => {
      if (r.name === "router-rtr-core-01")
        (r.inputs.triggers as [string, { operator: string }])[1].operator = "setda";
      return r;
    });
    expect(en(findings("spbe-net-02-dinas-runs-routers", vs))).toEqual([
      "Router 'rtr-core-01' is operated by 'setda', not the Dinas 'diskominfo'.",
    ]);
  });

  it("DC-10: a core rule opening one agency's LAN to another is a finding naming both", () => {
    const vs = views((r) => {
      if (r.name !== "router-rtr-core-01") return r;
      const facts = (
        r.inputs.triggers as [string, { filter: { forward: { tag: string; daddr?: string[] }[] } }]
      )[1];
      facts.filter.forward.find((x) => x.tag === "agency:setda")?.daddr?.push("10.30.2.0/25");
      return r;
    });
    expect(en(findings("spbe-dc-10-agency-lan-isolation", vs))).toEqual([
      "Rule 'agency:setda' of router 'rtr-core-01' opens the LAN of 'bpkad' to 'setda'.",
    ]);
  });
});
