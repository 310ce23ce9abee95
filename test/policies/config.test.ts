import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globMatch, parsePackConfig, parsePolicyPackConfigFile } from "../../policies/config";
import { buildPolicies } from "../../policies/pack";
import { StackConfigError, packConfigFromStack } from "../../policies/stack";

const POLICIES = join(__dirname, "../../policies");
const NAMES = buildPolicies({}).map((p) => p.name);

describe("the pack config", () => {
  it("reads the regulation from the inventory the stack's config names, relative to the project", () => {
    const env = { PULUMI_CONFIG: JSON.stringify({ "spbe-infra:inventory": "inventory/regions/ppu.yaml" }) };
    expect(packConfigFromStack({ ...env, PULUMI_NODEJS_PROJECT: "spbe-infra" }, POLICIES)).toEqual({
      regulation: "ppu",
    });
    // The older `<namespace>:config:<name>` form of the key is the same key.
    const old = {
      PULUMI_CONFIG: JSON.stringify({ "spbe-infra:config:inventory": "inventory/regions/bengkulu.yaml" }),
    };
    expect(packConfigFromStack(old, POLICIES)).toEqual({ regulation: "bengkulu" });
    expect(packConfigFromStack({}, POLICIES)).toEqual({});
    expect(packConfigFromStack({ SPBE_REGULATION: "tangerang" }, POLICIES)).toEqual({
      regulation: "tangerang",
    });
  });

  it("refuses a stack it cannot read, naming what and where, in both languages", () => {
    const missing = {
      PULUMI_CONFIG: JSON.stringify({ "spbe-infra:inventory": "inventory/regions/none.yaml" }),
    };
    expect(() => packConfigFromStack(missing, POLICIES)).toThrow(/inventory\/regions\/none\.yaml/);
    const other = {
      PULUMI_CONFIG: JSON.stringify({ "spbe-infra:inventory": "x.yaml" }),
      PULUMI_NODEJS_PROJECT: "lain",
    };
    expect(() => packConfigFromStack(other, POLICIES)).toThrow(StackConfigError);
    expect(() => packConfigFromStack(other, POLICIES)).toThrow("no folder of project 'lain'");
    const disagree = {
      PULUMI_CONFIG: JSON.stringify({ "spbe-infra:inventory": "inventory/regions/ppu.yaml" }),
      SPBE_REGULATION: "tabanan",
    };
    expect(() => packConfigFromStack(disagree, POLICIES)).toThrow("bertentangan");
    expect(() => packConfigFromStack({ SPBE_REGULATION: "jakarta" }, POLICIES)).toThrow("expected one of");
  });

  it("reads the --policy-pack-config file: all, rule levels, exemptions under their rule", () => {
    const rule = "spbe-net-01-no-bypass-service";
    const exemption = { rule, resource: "simpeg-*", reason: "uji beban", until: "2027-01-31" };
    const text = JSON.stringify({
      all: "advisory",
      "spbe-net-09-bandwidth-managed": "disabled",
      [rule]: { enforcementLevel: "mandatory", exemptions: [exemption] },
    });
    expect(parsePolicyPackConfigFile(text, "p.json", NAMES)).toEqual({
      all: "advisory",
      rules: { "spbe-net-09-bandwidth-managed": "disabled", [rule]: "mandatory" },
      exemptions: [exemption],
    });
    expect(
      parsePolicyPackConfigFile(JSON.stringify({ all: { enforcementLevel: "disabled" } }), "p.json", NAMES),
    ).toEqual({ all: "disabled" });
    expect(parsePolicyPackConfigFile("", "p.json", NAMES)).toEqual({});
  });

  it("accepts every stack's config file (stacks/<key>.policy-config.json) that the workflow and README pass", () => {
    const dir = join(__dirname, "../../stacks");
    const files = readdirSync(dir).filter((f) => f.endsWith(".policy-config.json"));
    expect(files).toContain("tabanan.policy-config.json");
    for (const f of files) {
      expect(() => parsePolicyPackConfigFile(readFileSync(join(dir, f), "utf8"), f, NAMES), f).not.toThrow();
    }
  });

  it("refuses a bad --policy-pack-config file, naming the file, the key and what was expected", () => {
    const bad = (v: unknown) => () =>
      parsePolicyPackConfigFile(typeof v === "string" ? v : JSON.stringify(v), "p.json", NAMES);
    const rule = "spbe-net-01-no-bypass-service";
    expect(bad("regulation: tabanan\n")).toThrow(/^p\.json: not JSON \(/);
    expect(bad([1])).toThrow("p.json: expected a JSON object");
    expect(bad({ "spbe-net-01": "advisory" })).toThrow(
      "p.json: spbe-net-01: no policy of the pack has this name",
    );
    expect(bad({ all: "strict" })).toThrow(
      "p.json: all: expected one of advisory, mandatory, remediate, disabled",
    );
    expect(bad({ all: { regulation: "ppu" } })).toThrow("p.json: all.regulation: not a file setting");
    expect(bad({ all: { exemptions: [] } })).toThrow(
      "p.json: all.exemptions: unknown key; expected enforcementLevel",
    );
    expect(bad({ [rule]: { level: "advisory" } })).toThrow(`p.json: ${rule}.level: unknown key`);
    expect(bad({ [rule]: 3 })).toThrow(`p.json: ${rule}: expected an enforcement level`);
    expect(
      bad({
        [rule]: { exemptions: [{ rule: "spbe-net-09-bandwidth-managed", resource: "x", reason: "r" }] },
      }),
    ).toThrow(`p.json: ${rule}.exemptions[0].rule: expected '${rule}'`);
    expect(bad({ [rule]: { exemptions: [{ rule, resource: "x" }] } })).toThrow(
      `p.json: ${rule}.exemptions[0].reason: required text`,
    );
  });

  it("rejects an unknown regulation, key or level, naming where", () => {
    expect(() => parsePackConfig({ al: "advisory" }, "p.yaml")).toThrow("p.yaml: unknown key 'al'");
    expect(() => parsePackConfig({ rules: { x: "strict" } }, "p.yaml")).toThrow(
      "p.yaml.rules.x: expected one of",
    );
    expect(() => parsePackConfig({ exemptions: [{ rule: "x" }] }, "p.yaml")).toThrow(
      "p.yaml.exemptions[0].resource: required text",
    );
  });

  it("matches exemption patterns as globs, literally otherwise", () => {
    expect(globMatch("simpeg-*", "simpeg-svc")).toBe(true);
    expect(globMatch("applications[3]", "applications[3]")).toBe(true);
    expect(globMatch("simpeg.svc", "simpegxsvc")).toBe(false);
  });
});
