/**
 * The preflight of `spbe check`: a region whose site's platform stack lacks an add-on gets a
 * mandatory finding naming the kind, the add-on and the site; a site with no platform stack file
 * is checked against the platform its inventory implies; the example regions get none.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRegion } from "../../offline/check-region";
import { runProgramUnderMocks } from "../../offline/mock-run";
import { loadRegion } from "../../components/program";
import { customKind, preflight, PREFLIGHT_RULE, unstackedSites } from "../../platform/preflight";
import { sitePlatforms } from "../../platform/resolve";
import { PLATFORM_STACK_DIR } from "../../platform/stack-config";

const TABANAN = "inventory/regions/tabanan.yaml";

/** The example platform stacks in a temporary folder, tabanan's edited by `edit`. */
function stackDir(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-stacks-"));
  const name = "Pulumi.tabanan-pd-utama.yaml";
  writeFileSync(join(dir, name), edit(readFileSync(join(PLATFORM_STACK_DIR, name), "utf8")));
  return dir;
}

async function runWith(stackDirectory: string) {
  const { inventory } = loadRegion(TABANAN);
  const platforms = sitePlatforms(TABANAN, inventory, "tabanan", { stackDir: stackDirectory });
  return runProgramUnderMocks({ inventoryPath: TABANAN, platforms });
}

describe("preflight", () => {
  it("finds nothing for tabanan with its platform stack as committed", async () => {
    const run = await runWith(PLATFORM_STACK_DIR);
    const kinds = new Set(run.resources.map(customKind).filter(Boolean));
    expect(kinds.has("kubevirt.io/v1/VirtualMachine")).toBe(true);
    expect(preflight(run.resources, run.platforms)).toEqual([]);
  });

  it("names VirtualMachine, kubevirt and the site when the platform stack leaves KubeVirt out", async () => {
    const run = await runWith(stackDir((t) => `${t}  spbe-platform:without: [kubevirt]\n`));
    const findings = preflight(run.resources, run.platforms, "en");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: PREFLIGHT_RULE,
      enforcement: "mandatory",
      status: "violation",
    });
    expect(findings[0]?.message).toMatch(
      /kubevirt\.io\/v1\/VirtualMachine object\(s\) on site 'pd-utama' need the add-on 'kubevirt', which platform stack 'organization\/spbe-platform\/tabanan-pd-utama' does not install/,
    );
    expect(findings[0]?.resource.type).toBe("kubernetes:kubevirt.io/v1:VirtualMachine");
  });

  it("names every kind of a missing Velero, in Bahasa Indonesia by default", async () => {
    const run = await runWith(stackDir((t) => `${t}  spbe-platform:without: [velero]\n`));
    const messages = preflight(run.resources, run.platforms).map((f) => f.message);
    expect(messages.some((m) => m.includes("velero.io/v1/Schedule") && m.includes("add-on 'velero'"))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes("velero.io/v1/BackupStorageLocation"))).toBe(true);
    expect(messages.every((m) => m.includes("situs 'pd-utama'"))).toBe(true);
  });

  it("checks a site with no platform stack file against the platform the inventory implies", async () => {
    const empty = mkdtempSync(join(tmpdir(), "spbe-stacks-"));
    const { inventory } = loadRegion(TABANAN);
    const platforms = sitePlatforms(TABANAN, inventory, "tabanan", { stackDir: empty });
    expect(unstackedSites(platforms)).toEqual(["pd-utama"]);
    const run = await runProgramUnderMocks({ inventoryPath: TABANAN, platforms });
    expect(preflight(run.resources, run.platforms)).toEqual([]);
    // ... and still finds what that platform lacks.
    const without = platforms.get("pd-utama");
    if (!without) throw new Error("no platform for pd-utama");
    delete without.outputs.addOns.kubevirt;
    const findings = preflight(run.resources, run.platforms, "en");
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/VirtualMachine .* need the add-on 'kubevirt'/),
    ]);
  });

  it("spbe check's report carries no preflight finding for an example region", async () => {
    const report = await checkRegion("inventory/regions/ppu.yaml", { lang: "en", today: "2026-12-01" });
    expect(report.findings.filter((f) => f.rule === PREFLIGHT_RULE)).toEqual([]);
  });
});
