/** Schema errors read as what was expected and what was found, at the element that is wrong. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInventoryFromString } from "../../inventory";

const FILE = join(__dirname, "../fixtures/inventory/valid/region.yaml");
const TEXT = readFileSync(FILE, "utf8");

function problems(from: string, to: string): string[] {
  const text = TEXT.replace(from, to);
  if (text === TEXT) throw new Error(`edit ${from} changed nothing`);
  const result = loadInventoryFromString(text, FILE, { today: "2026-11-23" });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.en}`);
}

describe("schema messages", () => {
  it("says a mapping was expected where an integration is a bare string", () => {
    expect(problems("- { consumes: kependudukan.nik }", "- kependudukan.nik")).toEqual([
      'applications[0].integrations[0]: expected a mapping, got "kependudukan.nik"',
    ]);
  });

  it("explains an integration by the branch it is closest to", () => {
    expect(problems("- { consumes: kependudukan.nik }", "- { consumes: Kependudukan }")).toEqual([
      'applications[0].integrations[0].consumes: expected a gateway service id such as kepegawaian.pegawai, got "Kependudukan"',
    ]);
  });

  it("names the keys that select an integration's form when none is given", () => {
    expect(problems("- { consumes: kependudukan.nik }", "- { consume: kependudukan.nik }")).toEqual([
      "applications[0].integrations[0]: expected a mapping with one of the keys consumes|calls, got a mapping",
      'applications[0].integrations[0].consume: unknown key "consume" (did you mean "consumes"?)',
    ]);
  });

  it("lists the literals a service desk tier may be", () => {
    expect(problems("serviceDesk: { tier: 2,", "serviceDesk: { tier: 3,")).toEqual([
      "dinas.serviceDesk.tier: expected one of 1|2, got 3",
    ]);
  });

  it("reports a platform without its type as a missing key", () => {
    expect(problems("platform: { type: docker, host:", "platform: { host:")).toEqual([
      'sites[1].platform.type: missing key "type"',
    ]);
  });

  it("asks for a whole number where a fraction is given", () => {
    expect(problems("replicas: 2", "replicas: 1.5")).toEqual([
      "applications[0].replicas: expected a whole number, got 1.5",
    ]);
  });

  it("gives the bound a number exceeds", () => {
    expect(problems("port: 8080", "port: 70000")).toEqual([
      "applications[0].port: expected a number at most 65535, got 70000",
    ]);
  });

  it("asks for at least one agency", () => {
    const text = TEXT.replace(/agencies:\n[\s\S]*?\nsites:/, "agencies: []\nsites:");
    const result = loadInventoryFromString(text, FILE, { today: "2026-11-23" });
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.en}`)).toContain(
      "agencies: expected at least 1 item, got 0",
    );
  });
});
