/**
 * `spbe check --platform`: the example platform stacks pass; leaving out an agent of a declared
 * control is a SEC-05 finding, a self-signed or plain-http issuer a SEC-04 one, each citing the
 * region's regulation and pointing at the inventory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegion } from "../../components/program";
import { basis } from "../../policies/message";
import { citation } from "../../policies/regulations";
import { checkPlatform, platformProblems } from "../../platform/checks";
import { PLATFORM_STACK_DIR } from "../../platform/stack-config";
import { run as runCli } from "../cli/run";
import { PLATFORM_STACKS, runPlatform, stackConfig } from "./fixture";

describe("platform check", () => {
  it.each(Object.keys(PLATFORM_STACKS) as (keyof typeof PLATFORM_STACKS)[])(
    "%s: no finding",
    async (region) => {
      const report = await checkPlatform(stackConfig(region), "en");
      expect(report.findings).toEqual([]);
      expect(report.summary.resources).toBeGreaterThan(10);
    },
  );

  it("SEC-05: Falco left out while ids-ips and integrity-monitoring are declared", async () => {
    const report = await checkPlatform({ ...stackConfig("ppu"), without: ["falco"] }, "en");
    expect(report.findings.map((f) => [f.obligation, f.message])).toEqual([
      [
        "SEC-05",
        "Control 'ids-ips' is declared, but the platform stack of site 'pd-penajam' does not install falco.",
      ],
      [
        "SEC-05",
        "Control 'integrity-monitoring' is declared, but the platform stack of site 'pd-penajam' does not install falco.",
      ],
    ]);
    // The regulation's own article where it has one, else the basis the pack gives (as spbe check does).
    expect(report.findings[0]?.citation).toBe(citation("SEC-05", "ppu") ?? basis("SEC-05", "ppu").en);
    expect(report.findings[0]?.citation).not.toBe("");
    expect(report.findings[0]?.location?.file).toBe("inventory/regions/ppu.yaml");
  });

  it("SEC-04: a self-signed ClusterIssuer, or an ACME server over http, is no trusted third party", async () => {
    const config = stackConfig("tabanan");
    const { inventory } = loadRegion(config.inventory);
    const run = await runPlatform(config);
    const issuer = run.resources.find((r) => r.type === "kubernetes:cert-manager.io/v1:ClusterIssuer");
    if (!issuer) throw new Error("no ClusterIssuer");
    expect(platformProblems(inventory, config.site, run.resources)).toEqual([]);
    issuer.inputs.spec = { selfSigned: {} };
    expect(platformProblems(inventory, config.site, run.resources).map((p) => p.text.en)).toEqual([
      "ClusterIssuer 'bsre-acme' is not a third party's ACME issuer (selfSigned).",
    ]);
    issuer.inputs.spec = { acme: { server: "http://acme.example/directory" } };
    expect(platformProblems(inventory, config.site, run.resources).map((p) => p.obligation)).toEqual([
      "SEC-04",
    ]);
  });

  it("the CLI exits 1 on a finding and names the stack's site", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-platform-cli-"));
    const file = join(dir, "Pulumi.ppu-pd-penajam.yaml");
    const text = readFileSync(join(PLATFORM_STACK_DIR, "Pulumi.ppu-pd-penajam.yaml"), "utf8");
    writeFileSync(file, `${text}  spbe-platform:without: [fluent-bit]\n`);
    const r = await runCli(["check", "--platform", file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Control 'log-analysis' is declared, but the platform stack of site 'pd-penajam' does not install fluent-bit.",
    );
  });
});
