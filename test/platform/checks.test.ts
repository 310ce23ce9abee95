/**
 * `spbe check --platform`: the policy pack itself over the platform program's resources. The
 * example platform stacks pass; leaving out an agent of a declared control is a SEC-05 finding of
 * `spbe-sec-05-security-agents`, a self-signed or plain-http issuer a SEC-04 one of
 * `spbe-sec-04-trusted-certificates`, at the level the region's regulation gives the rule, citing
 * it and pointing at the inventory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CapturedResource } from "../../offline/mock-capture";
import { checkPlatform, PLATFORM_RULES } from "../../platform/checks";
import { PLATFORM_STACK_DIR } from "../../platform/stack-config";
import { buildPolicies } from "../../policies/pack";
import { run as runCli } from "../cli/run";
import { PLATFORM_STACKS, stackConfig } from "./fixture";

const TODAY = "2026-11-23";

/** The level the pack gives the agents rule under a regulation (its computed enforcement). */
const agentsLevel = (regulation: "ppu" | "prabumulih") =>
  buildPolicies({ regulation }).find((p) => p.name === "spbe-sec-05-security-agents")?.enforcementLevel;

/** A finding's message without the basis and remedy the report appends. */
const said = (message: string) => message.split(" Basis: ")[0];

/** The captured resources with the region's ClusterIssuer's spec replaced. */
const withIssuer = (spec: Record<string, unknown>) => (rs: CapturedResource[]) =>
  rs.map((r) =>
    r.type === "kubernetes:cert-manager.io/v1:ClusterIssuer" ? { ...r, inputs: { ...r.inputs, spec } } : r,
  );

describe("platform check", () => {
  it.each(Object.keys(PLATFORM_STACKS) as (keyof typeof PLATFORM_STACKS)[])(
    "%s: no finding",
    async (region) => {
      const report = await checkPlatform(stackConfig(region), "en", { today: TODAY });
      expect(report.findings).toEqual([]);
      expect(report.summary.resources).toBeGreaterThan(10);
    },
  );

  it("SEC-05: Falco left out while ids-ips is declared", async () => {
    const report = await checkPlatform({ ...stackConfig("ppu"), without: ["falco"] }, "en", { today: TODAY });
    expect(report.findings.map((f) => [f.rule, f.obligation, said(f.message)])).toEqual([
      [
        "spbe-sec-05-security-agents",
        "SEC-05",
        "Control 'ids-ips' is declared, but no Falco runs on site 'pd-penajam' (neither from the region program nor as add-on 'falco' of its platform stack).",
      ],
    ]);
    // The pack's level for the rule under the region's regulation, as `spbe check` reports it.
    expect(report.findings[0]?.enforcement).toBe(agentsLevel("ppu"));
    expect(report.findings[0]?.citation).not.toBe("");
    expect(report.findings[0]?.location?.file).toBe("inventory/regions/ppu.yaml");
  });

  it("SEC-05: node-exporter turned off in kube-prometheus-stack's values", async () => {
    const report = await checkPlatform(stackConfig("tabanan"), "en", {
      today: TODAY,
      resources: (rs) =>
        rs.map((r) =>
          r.name === "pd-utama-kube-prometheus-stack"
            ? { ...r, inputs: { ...r.inputs, values: { nodeExporter: { enabled: false } } } }
            : r,
        ),
    });
    expect(report.findings.map((f) => said(f.message))).toEqual([
      "Control 'network-monitoring' is declared, but no node-exporter runs on site 'pd-utama' (neither from the region program nor as add-on 'kube-prometheus-stack' of its platform stack).",
    ]);
  });

  it("SEC-04: a self-signed ClusterIssuer, or an ACME server over http, is no trusted third party", async () => {
    const config = stackConfig("tabanan");
    const selfSigned = await checkPlatform(config, "en", {
      today: TODAY,
      resources: withIssuer({ selfSigned: {} }),
    });
    expect(selfSigned.findings.map((f) => [f.rule, said(f.message)])).toEqual([
      [
        "spbe-sec-04-trusted-certificates",
        "ClusterIssuer 'bsre-acme' 'bsre-acme' signs its own certificates (selfSigned/ca): not a trusted third party.",
      ],
    ]);
    const http = await checkPlatform(config, "en", {
      today: TODAY,
      resources: withIssuer({ acme: { server: "http://acme.example/directory" } }),
    });
    expect(http.findings.map((f) => said(f.message))).toEqual([
      "ClusterIssuer 'bsre-acme': ACME server 'http://acme.example/directory' is not an https address.",
    ]);
    const none = await checkPlatform(config, "en", {
      today: TODAY,
      resources: (rs) => rs.filter((r) => r.type !== "kubernetes:cert-manager.io/v1:ClusterIssuer"),
    });
    expect(none.findings.map((f) => f.obligation)).toEqual(["SEC-04"]);
    expect(none.findings[0]?.message).toContain("creates no ClusterIssuer 'bsre-acme'");
  });

  it("runs only the rules that apply to a platform stack", async () => {
    const report = await checkPlatform(
      { ...stackConfig("prabumulih"), without: ["falco", "fluent-bit"] },
      "en",
      {
        today: TODAY,
      },
    );
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(["spbe-sec-05-security-agents"]));
    expect(PLATFORM_RULES).toContain("spbe-sec-05-security-agents");
  });

  it("the CLI exits 1 on a mandatory finding and names the stack's site", async () => {
    // SEC-05 is mandatory under Prabumulih's regulation.
    expect(agentsLevel("prabumulih")).toBe("mandatory");
    const dir = mkdtempSync(join(tmpdir(), "spbe-platform-cli-"));
    const file = join(dir, "Pulumi.prabumulih-pd-prabumulih.yaml");
    const text = readFileSync(join(PLATFORM_STACK_DIR, "Pulumi.prabumulih-pd-prabumulih.yaml"), "utf8");
    writeFileSync(file, `${text}  spbe-platform:without: [fluent-bit]\n`);
    const r = await runCli(["check", "--platform", file, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Control 'log-analysis' is declared, but no Fluent Bit runs on site 'pd-prabumulih'",
    );
  });
});
