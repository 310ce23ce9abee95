/**
 * The platform program as `pulumi -C platform up` runs it: @pulumi/pulumi's own runner (ts-node,
 * type checking) in platform/, against the test monitor on loopback (test/support/run-program.ts).
 * The engine receives the same registrations as the offline run of the platform stack. Slow: one
 * stack (Tabanan's, the one with a VPS, so every add-on).
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import type { CapturedResource } from "../../offline/mock-capture";
import { PLATFORM_STACK_DIR } from "../../platform/stack-config";
import { runProgramUnderRunner, stackConfig } from "../support/run-program";
import { runPlatform, stackConfig as platformConfig } from "./fixture";

const ROOT = join(__dirname, "../..");
const TIMEOUT = 300_000;

const shape = (rs: CapturedResource[]) =>
  rs
    .map((r) => ({
      urn: r.urn,
      parent: r.parent,
      inputs: r.inputs,
      deps: [...r.dependencies].sort(),
      provider: r.provider,
    }))
    .sort((a, b) => (a.urn < b.urn ? -1 : 1));

it(
  "runs the Tabanan platform stack with exit 0, nothing refused, the offline run's registrations",
  async () => {
    const run = await runProgramUnderRunner({
      cwd: join(ROOT, "platform"),
      program: "index.ts",
      project: "spbe-platform",
      stack: "tabanan-pd-utama",
      config: stackConfig(join(PLATFORM_STACK_DIR, "Pulumi.tabanan-pd-utama.yaml")),
      timeoutMs: TIMEOUT,
    });
    const errors = run.logs.filter((l) => l.severity === "error").map((l) => l.message);
    expect(errors, run.stderr).toEqual([]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.refused).toEqual([]);
    const offline = await runPlatform(platformConfig("tabanan"));
    expect(shape(run.registrations)).toEqual(shape(offline.resources));
  },
  TIMEOUT,
);
