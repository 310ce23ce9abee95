/**
 * The pack as `pulumi preview --policy-pack policies [--policy-pack-config <file>]` runs it:
 * started as the CLI starts it (test/support/policy-engine.ts), with the stack's config and no
 * SPBE_* variable, configured and asked as the engine asks. Its verdicts equal `spbe check`'s on
 * the five example regions (no mandatory finding), on a changed copy, and with a config file that
 * `spbe check --policy-config` reads too. Slow: each pack process type-checks the pack.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../offline/analyze";
import { checkRegion } from "../../offline/check-region";
import { runProgramUnderMocks, type CapturedResource } from "../../offline/mock-run";
import { readPolicyConfigFile } from "../../cli/policy-config";
import type { PackConfig } from "../../policies/config";
import { PACK_NAME, PACK_VERSION, buildPolicies } from "../../policies/pack";
import { mutatedRegion } from "../offline/mutate";
import { REGIONS } from "../support/mocks";
import { startMonitorServer, type MonitorServer } from "../support/monitor-server";
import {
  analyzeAsEngine,
  configureAsEngine,
  startPackAsCli,
  type PackDiagnostic,
  type PackStart,
  type ServedPack,
} from "../support/policy-engine";
import { stackConfig } from "../support/run-program";

const ROOT = join(__dirname, "../..");
const PACK_DIR = join(ROOT, "policies");
const TIMEOUT = 300_000;

let engine: MonitorServer;
const packs = new Map<string, { pack: ServedPack; start: PackStart }>();

function startOf(key: string, config = stackConfig(join(ROOT, "stacks", `Pulumi.${key}.yaml`))): PackStart {
  return {
    packDir: PACK_DIR,
    engineAddress: engine.address,
    organization: "organization",
    project: "spbe-infra",
    stack: key,
    config,
  };
}

/** What `spbe check` evaluates: the same policies, offline, through @pulumi/policy's handlers. */
async function offline(resources: CapturedResource[], regulation: string, policy?: PackConfig) {
  const config = { ...policy, regulation: policy?.regulation ?? regulation } as PackConfig;
  const ds = await analyze(buildPolicies(config), resources, {
    packName: PACK_NAME,
    packVersion: PACK_VERSION,
  });
  return ds.map(({ policyName, urn, enforcementLevel, message }) => ({
    policyName,
    urn,
    enforcementLevel,
    message,
  }));
}

function sorted(ds: PackDiagnostic[]) {
  return [...ds].sort((a, b) =>
    `${a.policyName} ${a.urn} ${a.message}`.localeCompare(`${b.policyName} ${b.urn} ${b.message}`),
  );
}

beforeAll(async () => {
  engine = await startMonitorServer({ project: "spbe-infra", stack: "policy" });
  // Two pack processes at a time: each type-checks the pack on start.
  for (let i = 0; i < REGIONS.length; i += 2) {
    await Promise.all(
      REGIONS.slice(i, i + 2).map(async (key) => {
        const start = startOf(key);
        packs.set(key, { pack: await startPackAsCli(start), start });
      }),
    );
  }
}, 3 * TIMEOUT);

afterAll(async () => {
  for (const { pack } of packs.values()) pack.close();
  await engine?.close();
});

describe.each(REGIONS)("the pack started by the CLI for stack %s", (key) => {
  it(
    "reports no mandatory finding, and exactly what `spbe check` reports",
    async () => {
      const { pack, start } = packs.get(key)!;
      await configureAsEngine(pack, start);
      const { resources } = await runProgramUnderMocks({ inventoryPath: `inventory/regions/${key}.yaml` });
      const served = await analyzeAsEngine(pack, resources);
      expect(served.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
      expect(served.some((d) => /not configured|tidak dikonfigurasi/.test(d.message))).toBe(false);
      expect(sorted(served)).toEqual(sorted(await offline(resources, key)));
      const report = await checkRegion(`inventory/regions/${key}.yaml`);
      expect(report.summary.mandatory).toBe(0);
    },
    TIMEOUT,
  );
});

describe("the pack on a changed copy of Tabanan", () => {
  const changed = () =>
    mutatedRegion("tabanan", (doc) => {
      const apps = (doc.toJS() as { applications: Array<{ domain?: string }> }).applications;
      doc.setIn(["applications", apps.findIndex((a) => a.domain), "domain"], "layanan.tabanan.example.com");
    });

  it(
    "gives the findings `spbe check` gives",
    async () => {
      const { pack, start } = packs.get("tabanan")!;
      await configureAsEngine(pack, start);
      const file = changed();
      const { resources } = await runProgramUnderMocks({ inventoryPath: file, stack: "tabanan" });
      const served = await analyzeAsEngine(pack, resources);
      const mandatory = served.filter((d) => d.enforcementLevel === "mandatory");
      expect(mandatory.map((d) => d.policyName)).toContain("spbe-net-10-portal-domain");
      expect(sorted(served)).toEqual(sorted(await offline(resources, "tabanan")));
      const report = await checkRegion(file);
      expect(report.summary.mandatory).toBe(mandatory.length);
    },
    TIMEOUT,
  );

  it(
    "follows a --policy-pack-config file as `spbe check --policy-config` follows the same file",
    async () => {
      const { pack, start } = packs.get("tabanan")!;
      const rule = "spbe-net-10-portal-domain";
      const dir = mkdtempSync(join(tmpdir(), "spbe-pack-config-"));
      const configFile = join(dir, "policy-config.json");
      writeFileSync(
        configFile,
        JSON.stringify({
          "spbe-net-09-bandwidth-managed": "disabled",
          [rule]: {
            exemptions: [
              { rule, resource: "*", reason: "domain pindah ke portal bulan depan", approvedBy: "Kadis" },
            ],
          },
        }),
      );
      await configureAsEngine(pack, start, configFile);
      const file = changed();
      const { resources } = await runProgramUnderMocks({ inventoryPath: file, stack: "tabanan" });
      const served = await analyzeAsEngine(pack, resources);
      const hits = served.filter((d) => d.policyName === rule);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((d) => d.enforcementLevel === "advisory")).toBe(true);
      expect(served.some((d) => d.policyName === "spbe-net-09-bandwidth-managed")).toBe(false);
      expect(served.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
      const policy = readPolicyConfigFile(configFile);
      expect(sorted(served)).toEqual(sorted(await offline(resources, "tabanan", policy)));
      const report = await checkRegion(file, { policy });
      expect(report.summary.mandatory).toBe(0);
      expect(report.summary.exempt).toBe(hits.length);
    },
    TIMEOUT,
  );
});

describe("the pack on a stack it cannot read", () => {
  it(
    "exits 2 naming the inventory, without a stack trace",
    async () => {
      const start = startOf("tabanan", { "spbe-infra:inventory": "inventory/regions/hilang.yaml" });
      const err = await startPackAsCli(start).then(
        (p) => (p.close(), new Error("the pack started")),
        (e: Error & { exitCode?: number; stderr?: string }) => e,
      );
      expect((err as { exitCode?: number }).exitCode).toBe(2);
      expect((err as { stderr?: string }).stderr).toContain("inventory/regions/hilang.yaml");
      expect((err as { stderr?: string }).stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );
});
