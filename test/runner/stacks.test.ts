/**
 * The program as `pulumi up` runs it: @pulumi/pulumi's own runner (`cmd/run`, ts-node with type
 * checking) for each example stack, with the environment the Node.js language host sets, against
 * the monitor and engine of test/support/monitor-server.ts on loopback. The engine receives the
 * same resources (type, name, parent, inputs, secrets, options) as the offline run of `spbe check`
 * (offline/mock-run.ts). Slow (each run type-checks the program): the five stacks share one file and
 * run two at a time.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runProgramUnderMocks, type CapturedResource } from "../../offline/mock-run";
import { mutatedRegion } from "../offline/mutate";
import { REGIONS } from "../support/mocks";
import { exampleStack, runProgramUnderRunner, type RunnerResult } from "../support/run-program";
import { STACK_OUTPUTS } from "../support/stack-outputs";

const ROOT = join(__dirname, "../..");
const RUN_TIMEOUT = 300_000;
/** What a copy of the project links to (its program is replaced). */
const LINKED = ["node_modules", "components", "inventory", "plan", "platform", "stacks"];

/**
 * Values at secret paths replaced by a marker: they come from the provider (a random password and
 * what is derived from it), new on every run; that they are secret, and where, is compared. Paths
 * are built as offline/mock-capture.ts's `unwrapSecrets` builds them.
 */
function maskSecrets(inputs: Record<string, unknown>, secretPaths: string[]): Record<string, unknown> {
  const secret = new Set(secretPaths);
  const walk = (v: unknown, path: string): unknown => {
    if (secret.has(path)) return "[secret]";
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (typeof v === "object" && v !== null) {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, walk(x, path === "" ? k : `${path}.${k}`)]),
      );
    }
    return v;
  };
  return walk(inputs, "") as Record<string, unknown>;
}

/** What the engine learns of a resource, order-independent, secret values masked. */
function comparable(r: CapturedResource) {
  return {
    ...r,
    inputs: maskSecrets(r.inputs, r.secretPaths),
    dependencies: [...r.dependencies].sort(),
    propertyDependencies: r.propertyDependencies
      ? Object.fromEntries(Object.entries(r.propertyDependencies).map(([k, v]) => [k, [...v].sort()]))
      : undefined,
    secretPaths: [...r.secretPaths].sort(),
  };
}

function byUrn(rs: CapturedResource[]) {
  return [...rs].sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0)).map(comparable);
}

/** Runs `jobs` with at most `limit` at once (the machine has two cores). */
async function limited<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

const runs = new Map<string, RunnerResult>();

beforeAll(async () => {
  const results = await limited(
    REGIONS.map((key) => () => runProgramUnderRunner({ ...exampleStack(ROOT, key), timeoutMs: RUN_TIMEOUT })),
    2,
  );
  REGIONS.forEach((key, i) => runs.set(key, results[i]));
}, 5 * RUN_TIMEOUT);

describe.each(REGIONS)("stack %s under @pulumi/pulumi's runner", (key) => {
  it("exits 0 with no error in the engine log and no provider function called", () => {
    const run = runs.get(key)!;
    const errors = run.logs.filter((l) => l.severity === "error").map((l) => l.message);
    expect(errors, run.stderr).toEqual([]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.refused).toEqual([]);
  });

  it("registers the same resources as the offline run of `spbe check`", async () => {
    const run = runs.get(key)!;
    const offline = await runProgramUnderMocks({ inventoryPath: `inventory/regions/${key}.yaml` });
    expect(run.registrations.length).toBe(offline.resources.length);
    expect(byUrn(run.registrations)).toEqual(byUrn(offline.resources));
  });

  it("registers the stack's outputs", () => {
    const run = runs.get(key)!;
    const stack = run.registrations.find((r) => r.type === "pulumi:pulumi:Stack")!;
    const outputs = run.outputs.get(stack.urn) ?? {};
    expect(Object.keys(outputs).sort()).toEqual(STACK_OUTPUTS);
  });
});

describe("stack tabanan previewed (--dry-run, as `pulumi preview` runs it)", () => {
  it(
    "registers the resources `pulumi up` registers",
    async () => {
      const run = await runProgramUnderRunner({
        ...exampleStack(ROOT, "tabanan"),
        dryRun: true,
        timeoutMs: RUN_TIMEOUT,
      });
      const errors = run.logs.filter((l) => l.severity === "error").map((l) => l.message);
      expect(errors, run.stderr).toEqual([]);
      expect(run.exitCode, run.stderr).toBe(0);
      const shape = (rs: CapturedResource[]) => rs.map((r) => `${r.urn} <- ${r.parent}`).sort();
      expect(shape(run.registrations)).toEqual(shape(runs.get("tabanan")!.registrations));
    },
    RUN_TIMEOUT,
  );
});

describe("a run that must fail", () => {
  it(
    "stops on a malformed inventory with the located errors in the engine log, registering nothing",
    async () => {
      const file = mutatedRegion("tabanan", (doc) => {
        doc.setIn(["region", "kind"], "desa");
        doc.setIn(["agencies", 0, "lan", "hosts"], "many");
      });
      const run = await runProgramUnderRunner({
        ...exampleStack(ROOT, "tabanan"),
        config: { "spbe-infra:inventory": file },
        timeoutMs: RUN_TIMEOUT,
      });
      const errors = run.logs
        .filter((l) => l.severity === "error")
        .map((l) => l.message)
        .join("\n");
      expect(errors).toContain(`${file}: the inventory is malformed`);
      expect(errors).toMatch(
        new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+ region\\.kind`),
      );
      expect(errors).toMatch(/:\d+:\d+ agencies\[0\]\.lan\.hosts/);
      expect(run.exitCode).not.toBe(0);
      expect(run.registrations.map((r) => r.type)).toEqual(["pulumi:pulumi:Stack"]);
    },
    RUN_TIMEOUT,
  );

  it(
    "type-checks the program: a type error in index.ts stops the run",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "spbe-runner-"));
      try {
        for (const name of LINKED) {
          symlinkSync(join(ROOT, name), join(dir, name));
        }
        for (const name of ["package.json", "tsconfig.json", "Pulumi.yaml"]) {
          writeFileSync(join(dir, name), readFileSync(join(ROOT, name)));
        }
        const index = readFileSync(join(ROOT, "index.ts"), "utf8");
        writeFileSync(join(dir, "index.ts"), `${index}\nexport const broken: number = "not a number";\n`);
        const run = await runProgramUnderRunner({
          ...exampleStack(ROOT, "tabanan"),
          cwd: dir,
          timeoutMs: RUN_TIMEOUT,
        });
        const errors = run.logs
          .filter((l) => l.severity === "error")
          .map((l) => l.message)
          .join("\n");
        expect(errors).toMatch(/TS2322/);
        expect(run.exitCode).not.toBe(0);
      } finally {
        // The links first, so that nothing can follow them into the repository.
        for (const name of LINKED) rmSync(join(dir, name), { force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    },
    RUN_TIMEOUT,
  );
});
