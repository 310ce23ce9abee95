import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globMatch, packConfigFromEnv, parsePackConfig } from "../../policies/config";

describe("the pack config", () => {
  it("reads the regulation from SPBE_REGULATION over the file SPBE_POLICY_CONFIG names", () => {
    const file = join(mkdtempSync(join(tmpdir(), "spbe-pack-")), "policy.json");
    writeFileSync(file, JSON.stringify({ regulation: "ppu", all: "advisory" }));
    expect(packConfigFromEnv({ SPBE_POLICY_CONFIG: file, SPBE_REGULATION: "bengkulu" })).toEqual({
      regulation: "bengkulu",
      all: "advisory",
    });
    expect(packConfigFromEnv({})).toEqual({});
  });

  it("rejects an unknown regulation, key or level, naming where", () => {
    expect(() => packConfigFromEnv({ SPBE_REGULATION: "jakarta" })).toThrow(
      "SPBE_REGULATION.regulation: expected one of",
    );
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
