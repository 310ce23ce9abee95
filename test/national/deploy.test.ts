/**
 * The shipped national-sweep manifests and workflows: the Kubernetes Jobs validate against the
 * Kubernetes schema (kubernetes-models), the sweep is an Indexed Job whose pods run the shard of
 * their completion index, and the workflows use current actions on Node 24.
 */
import { readFileSync } from "node:fs";
import { validateKubernetesObject } from "../support/mocks";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse } from "yaml";

const docs = parseAllDocuments(readFileSync("deploy/national-sweep-job.yaml", "utf8")).map((d) => d.toJS());

describe("deploy/national-sweep-job.yaml", () => {
  it("holds Jobs that validate against the Kubernetes schema", async () => {
    expect(docs.length).toBe(2);
    for (const d of docs) expect(await validateKubernetesObject(d)).toEqual([]);
  });

  it("runs one shard per completion index and writes it to object storage, then merges", () => {
    const [sweep, merge] = docs;
    expect(sweep.spec.completionMode).toBe("Indexed");
    const script: string = sweep.spec.template.spec.containers[0].args[0];
    const n = sweep.spec.completions;
    expect(script).toContain(`--shard "$i/${n}"`);
    expect(script).toContain("JOB_COMPLETION_INDEX + 1");
    expect(script).toMatch(/s3 cp .*shard-\$i\.json/);
    const mergeScript: string = merge.spec.template.spec.containers[0].args[0];
    expect(mergeScript).toContain("spbe merge");
    expect(mergeScript).toContain(`-eq ${n}`);
  });

  it("refuses a Job the schema rejects (the validation is real)", async () => {
    const bad = structuredClone(docs[0]);
    bad.spec.completionMode = "Sometimes";
    expect((await validateKubernetesObject(bad)).length).toBeGreaterThan(0);
  });
});

const workflow = (f: string) => parse(readFileSync(`.github/workflows/${f}`, "utf8"));
const uses = (w: { jobs: Record<string, { steps?: Array<{ uses?: string }> }> }) =>
  Object.values(w.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u));
const CURRENT: Record<string, number> = {
  "actions/checkout": 6,
  "actions/setup-node": 6,
  "actions/upload-artifact": 7,
  "actions/download-artifact": 7,
  "github/codeql-action/upload-sarif": 4,
};

describe("workflows", () => {
  for (const f of ["spbe-check.yml", "national-sweep.yml"]) {
    it(`${f} uses current actions and Node 24`, () => {
      const w = workflow(f);
      for (const u of uses(w)) {
        const [name, version] = u.split("@");
        expect(CURRENT[name!], u).toBeDefined();
        expect(Number(version!.replace(/^v/, "")), u).toBeGreaterThanOrEqual(CURRENT[name!]!);
      }
      const text = readFileSync(`.github/workflows/${f}`, "utf8");
      expect(text).toMatch(/node-version: 24/);
      expect(text).not.toMatch(/node-version: 20/);
    });
  }

  it("spbe-check discovers the stacks, runs once per region with every output, and on a schedule", () => {
    const w = workflow("spbe-check.yml");
    expect(w.on.schedule?.length).toBeGreaterThan(0);
    expect(w.jobs.check.strategy.matrix.region).toContain("needs.discover.outputs.regions");
    const check = w.jobs.check.steps.find((s: { id?: string }) => s.id === "check");
    expect(check.run.match(/bin\/spbe\.js/g)).toHaveLength(1);
    for (const o of ["--format github", "--markdown", "--sarif", "--json", "--base", "--policy-config"])
      expect(check.run).toContain(o);
  });

  it("the national sweep fans out over at most 256 shards and merges", () => {
    const w = workflow("national-sweep.yml");
    expect(w.jobs.sweep.strategy.matrix.shard).toContain("needs.plan.outputs.shards");
    expect(JSON.stringify(w.jobs.merge.steps)).toContain("bin/spbe.js merge");
  });
});
