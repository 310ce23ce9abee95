/**
 * The program under recording mocks, for each of the five example regions: what it registers is
 * what an API server would accept, every resource hangs under SpbeRegion, data is protected,
 * no secret leaks into an output, and the resource list and outputs match the golden files
 * (regenerate with UPDATE_GOLDEN=1 and review the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LABEL, ROLE } from "../../inventory/facts";
import {
  REGIONS,
  isKubernetesObject,
  parentChain,
  runRegion,
  secretValues,
  validateKubernetesObject,
  type CapturedResource,
} from "../support/mocks";

const GOLDEN = join(__dirname, "..", "golden");

function golden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run the tests with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(REGIONS)("region %s under mocks", (key) => {
  let resources: CapturedResource[];
  let outputs: Record<string, unknown>;
  beforeAll(async () => {
    ({ resources, outputs } = await runRegion(key));
  });

  it("registers only Kubernetes objects that validate against their schema", async () => {
    const k8s = resources.filter(isKubernetesObject);
    expect(k8s.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const r of k8s) {
      const errors = await validateKubernetesObject(r.inputs);
      if (errors.length > 0) problems.push(`${r.type} ${r.name}: ${errors.join("; ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("puts every resource under SpbeRegion", () => {
    const root = resources.filter((r) => r.type === "spbe:index:SpbeRegion");
    expect(root).toHaveLength(1);
    const orphans = resources
      .filter((r) => r.type !== "pulumi:pulumi:Stack" && r !== root[0])
      .filter((r) => !parentChain(resources, r).includes(root[0]))
      .map((r) => `${r.type} ${r.name}`);
    expect(orphans).toEqual([]);
  });

  it("gives every resource a name unique within its type", () => {
    const seen = new Set<string>();
    const dupes = resources.map((r) => `${r.type} ${r.name}`).filter((k) => seen.has(k) || !seen.add(k));
    expect(dupes).toEqual([]);
  });

  it("sends every Kubernetes and Docker resource through its site's explicit provider", () => {
    const providers = new Set(
      resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => r.urn),
    );
    const platformResources = resources.filter(
      (r) => r.custom && (r.type.startsWith("kubernetes:") || r.type.startsWith("docker:")),
    );
    const ambient = platformResources.filter(
      (r) => !providers.has(r.provider.split("::").slice(0, -1).join("::")),
    );
    expect(ambient.map((r) => `${r.type} ${r.name}`)).toEqual([]);
  });

  it("protects every resource holding data, and keeps backup locations on destroy", () => {
    const data = resources.filter(
      (r) =>
        r.type === "kubernetes:core/v1:PersistentVolumeClaim" ||
        r.type === "docker:index/volume:Volume" ||
        r.type === "kubernetes:velero.io/v1:BackupStorageLocation",
    );
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter((r) => !r.protect).map((r) => r.name)).toEqual([]);
    const bsl = data.filter((r) => r.type === "kubernetes:velero.io/v1:BackupStorageLocation");
    expect(bsl.filter((r) => r.retainOnDelete !== true).map((r) => r.name)).toEqual([]);
    const namespacesWithData = resources.filter((r) => {
      const labels = (r.inputs.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {};
      return r.type === "kubernetes:core/v1:Namespace" && labels[LABEL.role] === ROLE.agencyNamespace;
    });
    const claimsByNamespace = new Set(
      data.map((r) => (r.inputs.metadata as { namespace?: string } | undefined)?.namespace).filter(Boolean),
    );
    const unprotected = namespacesWithData
      .filter((ns) => claimsByNamespace.has((ns.inputs.metadata as { name: string }).name) && !ns.protect)
      .map((ns) => ns.name);
    expect(unprotected).toEqual([]);
  });

  it("keeps every secret out of the stack outputs", () => {
    const secrets = resources.flatMap(secretValues);
    expect(secrets.length).toBeGreaterThan(0);
    const text = JSON.stringify(outputs);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });

  it("exports the auditors' outputs", () => {
    for (const name of [
      "deviceCatalog",
      "userCatalog",
      "activityRecords",
      "addressPlan",
      "backupPlan",
      "serviceCatalog",
      "evidence",
      "securityNotes",
      "auditPolicy",
    ]) {
      expect(outputs[name], name).toBeDefined();
    }
  });

  it("matches the golden resource list and outputs", () => {
    const list = resources
      .map((r) => `${r.type} ${r.name}`)
      .sort()
      .join("\n");
    golden(`${key}.resources.txt`, `${list}\n`);
    golden(`${key}.outputs.json`, `${JSON.stringify(outputs, null, 2)}\n`);
  });
});
