/**
 * The shipped national-sweep manifests and workflows: the Kubernetes Jobs validate against the
 * Kubernetes schema (kubernetes-models), the sweep is an Indexed Job whose pods run the shard of
 * their completion index; the workflows discover the stacks and fan the sweep out. (Schema,
 * action versions and Node.js line of every workflow: test/schemas/workflows.test.ts.)
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
    // Applied with the sweep, the merge waits for every shard's result, up to its deadline.
    expect(mergeScript).toContain(`until [ "$(shards)" -eq ${n} ]`);
    expect(merge.spec.activeDeadlineSeconds).toBeGreaterThan(0);
  });

  it("refuses a Job the schema rejects (the validation is real)", async () => {
    const bad = structuredClone(docs[0]);
    bad.spec.completionMode = "Sometimes";
    expect((await validateKubernetesObject(bad)).length).toBeGreaterThan(0);
  });
});

const workflow = (f: string) => parse(readFileSync(`.github/workflows/${f}`, "utf8"));
describe("workflows", () => {
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
