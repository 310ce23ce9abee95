/**
 * Cross-checks over the whole inventory, each starting from the valid fixture and changing one
 * thing. Positions are asserted by the reject fixtures; these assert which element is blamed and why.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInventoryFromString } from "../../inventory";

const FILE = join(__dirname, "../fixtures/inventory/valid/region.yaml");
const TEXT = readFileSync(FILE, "utf8");

/** Loads the fixture with `from` replaced by `to` and returns `path: message` of each error. */
function problems(...edits: Array<[from: string | RegExp, to: string]>): string[] {
  let text = TEXT;
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit ${String(from)} changed nothing`);
    text = next;
  }
  const result = loadInventoryFromString(text, FILE, { today: "2026-11-23" });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.en}`);
}

describe("references", () => {
  it("accepts the unchanged fixture", () => {
    expect(problems()).toEqual([]);
  });

  it("flags a direct call to an application that does not exist", () => {
    expect(problems(["- { consumes: kependudukan.nik }", "- { calls: simpgg }"])).toEqual([
      'applications[0].integrations[0].calls: unknown application "simpgg": not an id of applications (did you mean "simpeg"?)',
    ]);
  });

  it("flags a site operator that is neither a party of the region, pdn nor a provider", () => {
    expect(problems(["operator: pdn", "operator: kominfo"])).toEqual([
      'sites[1].operator: unknown operator "kominfo": not an id of agencies or the dinas, nor pdn or provider:<name>',
    ]);
  });

  it("accepts an outside provider as operator", () => {
    expect(problems(["operator: pdn", "operator: provider:Telkom Sigma"])).toEqual([]);
  });

  it("flags a gateway service whose provider is neither an application nor an upstream", () => {
    expect(problems(["provider: splp,", "provider: dukcapil-pusat,"])).toEqual([
      'gateway.services[1].provider: unknown service provider "dukcapil-pusat": not an id of applications or gateway.upstreams',
    ]);
  });

  it("flags a service consumer that is not an agency", () => {
    expect(problems(["consumers: [bappeda]", "consumers: [bappeda, inspektorat]"])).toEqual([
      'gateway.services[0].consumers[1]: unknown agency "inspektorat": not an id of agencies or the dinas',
    ]);
  });

  it("flags an agency LAN at an undeclared site", () => {
    expect(problems(["site: kantor-bappeda\n", "site: kantor-bapeda\n"])).toEqual([
      'agencies[0].lan.site: unknown site "kantor-bapeda": not an id of sites (did you mean "kantor-bappeda"?)',
    ]);
  });

  it("flags a gateway on an undeclared site", () => {
    expect(problems(["gateway:\n  site: pd-utama", "gateway:\n  site: pd-2"])).toEqual([
      'gateway.site: unknown site "pd-2": not an id of sites',
    ]);
  });

  it("flags a colocation application placed at another site than its server", () => {
    const [problem] = problems([
      "placement: { mode: colocation, site: pd-utama, server: srv-dukcapil-01 }",
      "placement: { mode: colocation, site: drc-1, server: srv-dukcapil-01 }",
    ]);
    expect(problem).toBe(
      'applications[1].placement.server: colocation server "srv-dukcapil-01" is at site "pd-utama", not at the placement site "drc-1"',
    );
  });

  it("does not call a reference unknown when its target was rejected by the schema", () => {
    // drc-1 has a malformed kind: its own error is reported, the backups targeting it are not.
    expect(problems(["kind: drc", "kind: dr-site"])).toEqual([
      'sites[1].kind: expected one of pusat-data|drc|noc|office, got "dr-site"',
    ]);
  });
});

describe("unique ids", () => {
  it("flags an agency that reuses the dinas's id", () => {
    expect(
      problems(
        ["- id: bkpsdm", "- id: diskominfo"],
        ["owner: bkpsdm", "owner: diskominfo"],
        ["consumers: [bkpsdm, diskominfo]", "consumers: [diskominfo]"],
      ),
    ).toEqual(['agencies[1].id: duplicate agency id "diskominfo" (first declared at dinas.id, line 10)']);
  });

  it("flags a device and a colocation server sharing a host id", () => {
    expect(
      problems(["id: core-sw-1", "id: srv-dukcapil-02"], [/unit: 12, heightU: 2/, "unit: 20, heightU: 2"]),
    ).toEqual([
      'colocation[1].id: duplicate colocation server id "srv-dukcapil-02" (first declared at sites[0].devices[0].id, line 42)',
    ]);
  });

  it("flags two racks with one id at a site", () => {
    expect(problems(["{ id: r02, units: 42, powerKw: 4 }", "{ id: r01, units: 42, powerKw: 4 }"])).toEqual([
      'sites[0].racks[1].id: duplicate rack id "r01" (first declared at sites[0].racks[0].id, line 39)',
    ]);
  });
});

describe("racks and dates", () => {
  it("accepts servers stacked unit against unit up to the top of the rack", () => {
    // srv-dukcapil-02 moves to units 40-41, right under the core switch at 42 of a 42U rack.
    expect(problems([/unit: 12, heightU: 2/, "unit: 40, heightU: 2"])).toEqual([]);
  });

  it("accepts a date of today", () => {
    expect(problems(["attestedOn: 2025-06-01", "attestedOn: 2026-11-23"])).toEqual([]);
  });

  it("flags a future date wherever it is, including nested approvals", () => {
    expect(problems(["date: 2025-03-10", "date: 2026-11-24"])).toEqual([
      "network.interconnects[0].approvals.keamanan.date: date 2026-11-24 is in the future (today is 2026-11-23)",
    ]);
  });
});
