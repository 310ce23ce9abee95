/**
 * Every shipped GitHub Actions workflow validates against SchemaStore's workflow schema (vendored
 * in test/support/schemas/github-workflow), uses each action at its current major, sets up a
 * Node.js LTS line still supported, and gives every region's SARIF its own code-scanning category.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateWorkflow } from "../support/schemas/validate";

const DIR = ".github/workflows";
const files = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const workflow = (f: string): any => parse(readFileSync(`${DIR}/${f}`, "utf8"));
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
const steps = (f: string): Step[] =>
  Object.values(workflow(f).jobs as Record<string, { steps?: Step[] }>).flatMap((j) => j.steps ?? []);

/**
 * The current major of each action the workflows use (their release notes, checked 2026-12):
 * checkout v7, setup-node v7, upload-artifact v7, download-artifact v8, github-script v9 and
 * pulumi/actions v7 run on the Node 24 action runtime; codeql-action v4 (v3 is deprecated).
 * An action not listed here fails the test: look its current major up and add it.
 */
const CURRENT: Record<string, number> = {
  "actions/checkout": 7,
  "actions/setup-node": 7,
  "actions/upload-artifact": 7,
  "actions/download-artifact": 8,
  "actions/github-script": 9,
  "github/codeql-action/upload-sarif": 4,
  "pulumi/actions": 7,
};

/** Node.js LTS lines and their end of life (Node.js Release Working Group schedule). */
const LTS_END: Record<number, string> = { 24: "2028-04-30", 26: "2029-04-30" };

describe("the validator is real", () => {
  it("rejects a workflow the schema forbids", () => {
    expect(
      validateWorkflow({ on: "push", jobs: { a: { "runs-on": "ubuntu-latest", steps: [{ run: "x" }] } } }),
    ).toEqual([]);
    expect(
      validateWorkflow({ on: "push", jobs: { a: { "runs-on": "ubuntu-latest", stepz: [] } } }),
    ).not.toEqual([]);
    expect(validateWorkflow({ jobs: {} })).not.toEqual([]);
  });
});

describe.each(files)(".github/workflows/%s", (f) => {
  it("validates against the GitHub workflow schema", () => {
    expect(validateWorkflow(workflow(f))).toEqual([]);
  });

  it("uses each action at its current major", () => {
    const used = steps(f).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) {
      const [name, ref] = u.split("@");
      expect(CURRENT[name!], `${u}: an action without a checked current major`).toBeDefined();
      expect(ref, u).toMatch(/^v\d+$/);
      expect(Number(ref!.slice(1)), u).toBe(CURRENT[name!]);
    }
  });

  it("sets up a Node.js LTS line that is still supported", () => {
    for (const s of steps(f).filter((x) => x.uses?.startsWith("actions/setup-node@"))) {
      const v = Number(s.with?.["node-version"]);
      expect(LTS_END[v], `node-version ${String(s.with?.["node-version"])}`).toBeDefined();
      expect(LTS_END[v]! > new Date().toISOString().slice(0, 10)).toBe(true);
    }
  });
});

describe("regions", () => {
  it("every per-region matrix is the stacks discovered in stacks/, never a list", () => {
    const matrices = files.flatMap((f) =>
      Object.entries(workflow(f).jobs as Record<string, { strategy?: { matrix?: { region?: unknown } } }>)
        .filter(([, j]) => j.strategy?.matrix?.region !== undefined)
        .map(([name, j]) => [`${f} ${name}`, j.strategy!.matrix!.region] as const),
    );
    expect(matrices.length).toBeGreaterThanOrEqual(2);
    for (const [at, region] of matrices)
      expect(region, at).toBe("${{ fromJSON(needs.discover.outputs.regions) }}");
  });
});

describe("code scanning", () => {
  it("each region's SARIF is uploaded under its own category", () => {
    const uploads = files.flatMap((f) =>
      steps(f).filter((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@")),
    );
    expect(uploads.length).toBeGreaterThan(0);
    for (const s of uploads) {
      expect(String(s.with?.category)).toContain("${{ matrix.region }}");
      expect(String(s.with?.sarif_file)).toContain("${{ matrix.region }}");
    }
  });
});
