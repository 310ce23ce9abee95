import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  globMatch,
  mergeConfig,
  PackConfigError,
  parsePackConfig,
  parsePolicyPackConfigFile,
} from "../../policies/config";
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
    // Indonesian first, then EN:, each with the inventory's errors in its own language; the
    // regulations' word for the region is Daerah.
    const thrown = (env: Record<string, string>): StackConfigError => {
      try {
        packConfigFromStack(env, POLICIES);
      } catch (e) {
        if (e instanceof StackConfigError) return e;
        throw e;
      }
      throw new Error("expected a StackConfigError");
    };
    const unreadable = thrown(missing);
    expect(unreadable.message).toBe(`${unreadable.id}\nEN: ${unreadable.en}`);
    expect(unreadable.id).toMatch(
      /^Inventaris stack \S*inventory\/regions\/none\.yaml tidak valid, sehingga regulasi Daerah tidak diketahui:\n\S*none\.yaml:1:1 \(root\): /,
    );
    expect(unreadable.en).toMatch(
      /^The stack's inventory \S*none\.yaml is malformed, so the region's regulation is unknown:\n\S*none\.yaml:1:1 \(root\): /,
    );
    expect(unreadable.id).not.toContain("wilayah");
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

  /** The PackConfigError `run` throws, for its Indonesian (`id`) and English (`en`) sentences. */
  const refusal = (run: () => unknown): PackConfigError => {
    try {
      run();
    } catch (e) {
      if (e instanceof PackConfigError) return e;
      throw e;
    }
    throw new Error("expected a PackConfigError");
  };
  /** `run` refuses with `en` in English and `id` in Bahasa Indonesia, both in its message. */
  const refuses = (run: () => unknown, en: string | RegExp, id: string | RegExp) => {
    const e = refusal(run);
    expect(e.en).toMatch(en);
    expect(e.id).toMatch(id);
    expect(e.message).toBe(`${e.id}\nEN: ${e.en}`);
    expect(run).toThrow(PackConfigError);
  };

  it("refuses a bad --policy-pack-config file, naming the file, line, key and what was expected, in both languages", () => {
    const textOf = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));
    const bad = (v: unknown) => () => parsePolicyPackConfigFile(textOf(v), "p.json", NAMES);
    /** `p.json:<line>:<col>` of the `nth` occurrence of `needle` in the file `v` is written as. */
    const at = (v: unknown, needle: string, nth = 1) => {
      const text = textOf(v);
      let i = -1;
      for (let k = 0; k < nth; k++) i = text.indexOf(needle, i + 1);
      const before = text.slice(0, i).split("\n");
      return `p.json:${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
    };
    const rule = "spbe-net-01-no-bypass-service";
    refuses(bad("regulation: tabanan\n"), /^p\.json: not JSON \(/, /^p\.json: bukan JSON \(/);
    refuses(bad([1]), "p.json: expected a JSON object", 'p.json: diharapkan objek JSON berisi "all"');
    const unknown = { all: "advisory", "spbe-net-01": "advisory" };
    refuses(
      bad(unknown),
      `${at(unknown, '"spbe-net-01"')} spbe-net-01: no policy of the pack has this name`,
      `${at(unknown, '"spbe-net-01"')} spbe-net-01: tidak ada kebijakan paket dengan nama ini`,
    );
    expect(at(unknown, '"spbe-net-01"')).toBe("p.json:3:3");
    refuses(
      bad({ all: "strict" }),
      "p.json:2:3 all: expected one of advisory, mandatory, remediate, disabled",
      "p.json:2:3 all: diharapkan salah satu dari advisory, mandatory, remediate, disabled",
    );
    const regulation = { all: { regulation: "ppu" } };
    refuses(
      bad(regulation),
      `${at(regulation, '"regulation"')} all.regulation: not a file setting`,
      `${at(regulation, '"regulation"')} all.regulation: bukan pengaturan berkas; regulasi berasal dari inventaris stack`,
    );
    const exemptionsOfAll = { all: { exemptions: [] } };
    refuses(
      bad(exemptionsOfAll),
      `${at(exemptionsOfAll, '"exemptions"')} all.exemptions: unknown key; expected enforcementLevel`,
      `${at(exemptionsOfAll, '"exemptions"')} all.exemptions: kunci tidak dikenal; yang diharapkan enforcementLevel`,
    );
    const levelKey = { [rule]: { level: "advisory" } };
    refuses(
      bad(levelKey),
      `${at(levelKey, '"level"')} ${rule}.level: unknown key; expected enforcementLevel or exemptions`,
      `${at(levelKey, '"level"')} ${rule}.level: kunci tidak dikenal; yang diharapkan enforcementLevel atau exemptions`,
    );
    refuses(
      bad({ [rule]: 3 }),
      `p.json:2:3 ${rule}: expected an enforcement level`,
      `p.json:2:3 ${rule}: diharapkan tingkat penegakan`,
    );
    const otherRule = {
      [rule]: { exemptions: [{ rule: "spbe-net-09-bandwidth-managed", resource: "x", reason: "r" }] },
    };
    refuses(
      bad(otherRule),
      `${at(otherRule, '"rule"')} ${rule}.exemptions[0].rule: expected '${rule}'`,
      `${at(otherRule, '"rule"')} ${rule}.exemptions[0].rule: diharapkan '${rule}' (pengecualian diletakkan di bawah aturan`,
    );
    const noReason = { [rule]: { exemptions: [{ rule, resource: "x" }] } };
    // No `reason` key: reported at the exemption it is missing from (its opening brace).
    refuses(
      bad(noReason),
      `${at(noReason, "{", 3)} ${rule}.exemptions[0].reason: required text`,
      `${at(noReason, "{", 3)} ${rule}.exemptions[0].reason: wajib berisi teks (pengecualian tanpa alasan tidak berlaku)`,
    );
    const until = {
      all: "advisory",
      [rule]: { exemptions: [{ rule, resource: "x", reason: "r", until: "soon" }] },
    };
    refuses(
      bad(until),
      `${at(until, '"until"')} ${rule}.exemptions[0].until: expected a date YYYY-MM-DD`,
      `${at(until, '"until"')} ${rule}.exemptions[0].until: diharapkan tanggal YYYY-MM-DD`,
    );
    expect(at(until, '"until"')).toBe("p.json:9:9");
    expect(refusal(bad({ all: "strict" })).key).toBe("pack-config.oneOf");
  });

  it("rejects an unknown regulation, key, level or toolkit default, naming where, in both languages", () => {
    refuses(
      () => parsePackConfig({ al: "advisory" }, "p.yaml"),
      "p.yaml: unknown key 'al'",
      "p.yaml: kunci tidak dikenal 'al'",
    );
    refuses(
      () => parsePackConfig({ rules: { x: "strict" } }, "p.yaml"),
      "p.yaml.rules.x: expected one of",
      "p.yaml.rules.x: diharapkan salah satu dari",
    );
    refuses(
      () => parsePackConfig({ exemptions: [{ rule: "x" }] }, "p.yaml"),
      "p.yaml.exemptions[0].resource: required text",
      "p.yaml.exemptions[0].resource: wajib berisi teks",
    );
    refuses(
      () => parsePackConfig({ regulation: "jakarta" }, "p.yaml"),
      /^p\.yaml\.regulation: expected one of .*tabanan/,
      /^p\.yaml\.regulation: diharapkan salah satu dari .*tabanan/,
    );
    refuses(
      () => parsePackConfig({ today: "31-01-2027" }, "p.yaml"),
      "p.yaml.today: expected a date YYYY-MM-DD",
      "p.yaml.today: diharapkan tanggal YYYY-MM-DD",
    );
    refuses(
      () => parsePackConfig({ defaults: { standardValidYears: -1 } }, "p.yaml"),
      "p.yaml.defaults.standardValidYears: expected a whole number ≥ 0",
      "p.yaml.defaults.standardValidYears: diharapkan bilangan bulat ≥ 0",
    );
    refuses(
      () => parsePackConfig({ defaults: { standardYears: 5 } }, "p.yaml"),
      /^p\.yaml\.defaults: unknown toolkit default 'standardYears' \(known: standardValidYears, /,
      /^p\.yaml\.defaults: nilai bawaan toolkit tidak dikenal 'standardYears' \(yang dikenal: standardValidYears, /,
    );
    // The engine's per-policy config (args.getConfig()) is read by the same code.
    refuses(
      () => mergeConfig({}, { exemptions: [{ rule: "x", resource: "y", until: "soon" }] }),
      "policy config.exemptions[0].until: expected a date YYYY-MM-DD",
      "policy config.exemptions[0].until: diharapkan tanggal YYYY-MM-DD",
    );
  });

  it("matches exemption patterns as globs, literally otherwise", () => {
    expect(globMatch("simpeg-*", "simpeg-svc")).toBe(true);
    expect(globMatch("applications[3]", "applications[3]")).toBe(true);
    expect(globMatch("simpeg.svc", "simpegxsvc")).toBe(false);
  });
});
