/**
 * The platform stacks of the five example regions under the recording mocks: every add-on at
 * its pin with values the chart accepts, namespaces before their contents, every custom
 * resource after the add-on serving its kind, every object valid against its schema, and the
 * resource list matching test/golden/platform-<region>.txt (UPDATE_GOLDEN=1 to regenerate).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRegion } from "../../components/program";
import type { PlatformOutputs } from "../../platform/program";
import { addOnProviding, PINS, type ChartPin } from "../../platform/versions";
import type { CapturedResource } from "../support/mocks";
import { checkChartValues } from "./chart-values";
import { INSTALLERS, PLATFORM_STACKS, runPlatform, stackConfig, validatePlatformObject } from "./fixture";

const GOLDEN = join(__dirname, "..", "golden");

/** One line per resource (type, name, what it waits for), with the pin and values of installers. */
export function describePlatform(resources: CapturedResource[], outputs: Record<string, unknown>): string {
  const names = new Map(resources.map((r) => [r.urn, r.name]));
  const lines = resources
    .filter((r) => r.type !== "pulumi:pulumi:Stack")
    .map((r) => {
      const deps = r.dependencies.map((u) => names.get(u) ?? u).sort();
      const head = `${r.type} ${r.name}${deps.length ? ` after ${deps.join(", ")}` : ""}`;
      if (!INSTALLERS.includes(r.type)) return head;
      const i = r.inputs;
      const repo = (i.repositoryOpts as { repo?: string } | undefined)?.repo ?? "";
      const pin = i.file
        ? `  file ${String(i.file)}`
        : `  chart ${String(i.chart)} ${String(i.version)} ${repo}`.trimEnd();
      return [head, pin, ...(i.values ? [`  values ${JSON.stringify(i.values)}`] : [])].join("\n");
    })
    .sort();
  return `${lines.join("\n")}\noutputs ${JSON.stringify(outputs, null, 2)}\n`;
}

describe.each(Object.keys(PLATFORM_STACKS) as (keyof typeof PLATFORM_STACKS)[])(
  "platform of %s",
  (region) => {
    let resources: CapturedResource[];
    let outputs: PlatformOutputs;
    const config = stackConfig(region);
    beforeAll(async () => {
      const run = await runPlatform(config);
      resources = run.resources;
      outputs = run.outputs as unknown as PlatformOutputs;
    });
    const installers = () => resources.filter((r) => INSTALLERS.includes(r.type));
    const objects = () =>
      resources.filter((r) => r.custom && r.type.startsWith("kubernetes:") && !INSTALLERS.includes(r.type));

    it("installs every add-on it exports at the version pinned in platform/versions.ts", () => {
      const installed = installers()
        .map((r) => r.name.slice(config.site.length + 1))
        .sort();
      expect(installed).toEqual(Object.keys(outputs.addOns).sort());
      for (const r of installers()) {
        const pin = PINS[r.name.slice(config.site.length + 1) as keyof typeof PINS];
        if (pin.kind === "manifest") expect(r.inputs.file).toBe(pin.files[0]);
        else expect([r.inputs.chart, r.inputs.version]).toEqual([pin.chart, pin.version]);
      }
    });

    it("gives every chart values its own schema (or its defaults) accepts", () => {
      const problems = installers()
        .filter((r) => r.inputs.chart)
        .flatMap((r) => {
          const pin = PINS[r.name.slice(config.site.length + 1) as keyof typeof PINS] as ChartPin;
          return checkChartValues(pin, r.inputs.values as Record<string, unknown>).map(
            (e) => `${r.name}: ${e}`,
          );
        });
      expect(problems).toEqual([]);
    });

    it("registers only objects that validate against their schema", async () => {
      expect(objects().length).toBeGreaterThan(3);
      const problems: string[] = [];
      for (const r of objects())
        for (const e of await validatePlatformObject(r.inputs)) problems.push(`${r.type} ${r.name}: ${e}`);
      expect(problems).toEqual([]);
    });

    it("creates each namespace before what runs in it, and each custom resource after the add-on serving its kind", () => {
      const byUrn = new Map(resources.map((r) => [r.urn, r]));
      const nsUrn = new Map(
        resources
          .filter((r) => r.type === "kubernetes:core/v1:Namespace")
          .map((r) => [(r.inputs.metadata as { name: string }).name, r.urn]),
      );
      for (const r of installers()) {
        const ns =
          (r.inputs.namespace as string | undefined) ??
          PINS[r.name.slice(config.site.length + 1) as keyof typeof PINS].namespace;
        expect(r.dependencies, `${r.name} waits for namespace ${ns}`).toContain(nsUrn.get(ns));
      }
      for (const r of objects().filter(
        (o) => !String(o.inputs.apiVersion).match(/^v1$|\.k8s\.io\/|^apps\//),
      )) {
        const kind = `${String(r.inputs.apiVersion)}/${String(r.inputs.kind)}`;
        const addOn = addOnProviding(kind);
        expect(addOn, `${kind} is served by a pinned add-on`).not.toBeNull();
        const after = r.dependencies.map((u) => byUrn.get(u)?.name);
        expect(after, `${r.name} waits for ${addOn}`).toContain(`${config.site}-${addOn}`);
      }
    });

    it("names the region's ClusterIssuer, an ACME issuer of the authority the inventory declares", () => {
      const { inventory } = loadRegion(config.inventory);
      const issuer = resources.find((r) => r.type === "kubernetes:cert-manager.io/v1:ClusterIssuer");
      expect(issuer?.inputs.metadata).toMatchObject({ name: inventory.security.certificateIssuer.name });
      expect(issuer?.inputs.spec).toMatchObject({
        acme: { server: config.acmeServer, email: config.acmeEmail },
      });
      expect(outputs.issuer.name).toBe(inventory.security.certificateIssuer.name);
    });

    it("installs KubeVirt and CDI exactly where the inventory runs a VPS on the site", () => {
      const { inventory } = loadRegion(config.inventory);
      const vps = inventory.applications.some(
        (a) => a.placement.mode === "vps" && a.placement.site === config.site,
      );
      expect("kubevirt" in outputs.addOns).toBe(vps);
      expect("cdi" in outputs.addOns).toBe(vps);
    });

    it("matches its golden file", () => {
      const actual = describePlatform(resources, outputs as unknown as Record<string, unknown>);
      const path = join(GOLDEN, `platform-${region}.txt`);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
      if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  },
);
