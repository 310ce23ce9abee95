/**
 * Every message of the catalogs exists in both languages: each entry's Indonesian and English
 * templates give a sentence for any parameters, and the two differ unless the words are the
 * same in both (a name, a YAML term, a path).
 */
import { describe, expect, it } from "vitest";
import { allCatalogs } from "../../inventory/messages";
import { FORMAT, formatOf } from "../../inventory/messages-format";
// Each module declares its catalogs when imported.
import "../../inventory/messages-load";
import "../../inventory/messages-schema";
import "../../inventory/messages-check";
import "../../plan/ipam-messages";
import "../../regulations/messages";
import "../../cli/validate";
import "../../cli/ipam";
import "../../cli/policy-config";
import "../../cli/load";
import "../../cli/usage-messages";
import "../../cli/report-messages";
import "../../cli/netlab";
import "../../cli/regulation";
import "../../plan/lock-messages";
import "../../plan/lock-guard";
import "../../policies/config-messages";

/** Any parameter: a value that reads as ‹x› and whose every property is such a value too. */
const any: unknown = new Proxy(() => any, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => "‹x›" : any),
  apply: () => any,
});

/** Entries whose words are the same in both languages. */
const SAME = new Set([
  "load.related",
  "kind.dinas",
  "kind.host",
  "kind.upstream",
  "kind.operator",
  "yaml.warning",
  "ipam.badSupernet",
  "ipam.lockProblem",
]);

describe("the message catalogs", () => {
  const entries = [...allCatalogs()].flatMap(([name, templates]) =>
    Object.entries(templates).map(([entry, t]) => ({ key: `${name}.${entry}`, t })),
  );

  it("hold the catalogs of the loader, the schema, the cross-checks, the plan, the regulations and the CLI", () => {
    expect([...allCatalogs().keys()].sort()).toEqual(
      [
        "check",
        "format",
        "include",
        "ipam",
        "ipam-cli",
        "ipam-what",
        "ipam-pin",
        "lock-shared",
        "lock",
        "lock-plan",
        "lock-guard",
        "pack-config",
        "usage",
        "netlab-cli",
        "regulation-cli",
        "report-cli",
        "kind",
        "lang",
        "load",
        "noun",
        "policy-config",
        "read",
        "regulation",
        "schema",
        "text",
        "validate",
        "yaml",
      ].sort(),
    );
    expect(entries.length).toBeGreaterThan(100);
  });

  it("give every entry an Indonesian and an English sentence", () => {
    const same: string[] = [];
    for (const { key, t } of entries) {
      const id = (t.id as (p: unknown) => unknown)(any);
      const en = (t.en as (p: unknown) => unknown)(any);
      expect(typeof id, key).toBe("string");
      expect(typeof en, key).toBe("string");
      expect((id as string).trim(), key).not.toBe("");
      expect((en as string).trim(), key).not.toBe("");
      expect(`${id as string} ${en as string}`, key).not.toMatch(/undefined|\[object/);
      if (id === en) same.push(key);
    }
    // Entries whose words are the same in both languages are listed; any other is a copy-paste.
    expect(same.sort()).toEqual([...SAME].sort());
  });

  it("keep the English of the formats a check is given, so the loader finds each again", () => {
    for (const [name, build] of Object.entries(FORMAT)) {
      if (name === "regulation") continue; // carried in a custom issue's params, not by its text
      const m = (build as () => { en: string; key: string })();
      expect(formatOf(m.en)?.key, name).toBe(`format.${name}`);
    }
  });
});
