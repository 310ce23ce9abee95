/**
 * The checks the platform tests rely on catch what they are for: a value the chart's schema
 * refuses, a key a schema-less chart does not have, an operator CR with a wrong field, and a
 * malformed platform stack file named with its line. Each starts from the compliant example and
 * changes one thing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegion } from "../../components/program";
import { checkPlatformConfig } from "../../platform/program";
import { PLATFORM_STACK_DIR, readPlatformStack } from "../../platform/stack-config";
import { chartValues } from "../../platform/values";
import { PINS, type ChartPin } from "../../platform/versions";
import { checkChartValues } from "./chart-values";
import { stackConfig, validatePlatformObject } from "./fixture";

const { inventory } = loadRegion("inventory/regions/tabanan.yaml");
const values = (name: keyof typeof PINS) => chartValues(inventory, "pd-utama", name);

describe("chart values", () => {
  it("cert-manager's own schema refuses a value of the wrong type and an unknown key", () => {
    const pin = PINS["cert-manager"] as ChartPin;
    expect(checkChartValues(pin, values("cert-manager"))).toEqual([]);
    const wrongType = { ...values("cert-manager"), crds: { enabled: "yes", keep: true } };
    expect(checkChartValues(pin, wrongType).join("\n")).toMatch(/crds\/enabled/);
    const typo = { ...values("cert-manager"), startupapicheck: { enable: false } };
    expect(checkChartValues(pin, typo).length).toBeGreaterThan(0);
  });

  it("Velero's own schema refuses a flag given as a string and a backup location without its bucket", () => {
    const pin = PINS.velero as ChartPin;
    expect(checkChartValues(pin, values("velero"))).toEqual([]);
    expect(checkChartValues(pin, { ...values("velero"), deployNodeAgent: "true" }).join("\n")).toMatch(
      /deployNodeAgent: must be boolean/,
    );
    const noBucket = { backupStorageLocation: [{ provider: "aws" }], volumeSnapshotLocation: [] };
    expect(checkChartValues(pin, { ...values("velero"), configuration: noBucket }).join("\n")).toMatch(
      /bucket/,
    );
  });

  it("a chart without a schema: a key its defaults do not have is named", () => {
    const pin = PINS.falco as ChartPin;
    expect(checkChartValues(pin, values("falco"))).toEqual([]);
    expect(checkChartValues(pin, { ...values("falco"), customLabels: {} })).toEqual([
      "customLabels: not a value of falco 9.1.0",
    ]);
  });
});

describe("operator custom resources", () => {
  it("a KubeVirt CR with a field KubeVirt does not have is refused", async () => {
    const cr = {
      apiVersion: "kubevirt.io/v1",
      kind: "KubeVirt",
      metadata: { name: "kubevirt", namespace: "kubevirt" },
      spec: {},
    };
    expect(await validatePlatformObject(cr)).toEqual([]);
    const wrong = { ...cr, spec: { workloadUpdateStrategy: { workloadUpdateMethods: "LiveMigrate" } } };
    expect((await validatePlatformObject(wrong)).length).toBeGreaterThan(0);
  });
});

describe("platform stack files", () => {
  const copy = (edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-platform-"));
    const file = join(dir, "Pulumi.x.yaml");
    writeFileSync(file, edit(readFileSync(join(PLATFORM_STACK_DIR, "Pulumi.tabanan-pd-utama.yaml"), "utf8")));
    return file;
  };

  it("reads the example stack", () => {
    expect(stackConfig("tabanan")).toMatchObject({
      inventory: "inventory/regions/tabanan.yaml",
      site: "pd-utama",
    });
  });

  it("an unknown key is named with its line and column", () => {
    const file = copy((t) => `${t}  spbe-platform:acmeSever: https://x.example/\n`);
    expect(() => readPlatformStack(file)).toThrow(
      new RegExp(`${file}:\\d+:3: unknown config key 'spbe-platform:acmeSever'`),
    );
  });

  it("a missing required key is named", () => {
    const file = copy((t) => t.replace(/^ {2}spbe-platform:acmeEmail:.*\n/m, ""));
    expect(() => readPlatformStack(file)).toThrow("config 'spbe-platform:acmeEmail' is not set");
  });

  it("an ACME server that is not https, an unknown add-on to leave out, a non-Kubernetes site are refused", () => {
    const c = stackConfig("tabanan");
    expect(() => checkPlatformConfig({ ...c, acmeServer: "http://acme.example/dir" })).toThrow(
      "'acmeServer'",
    );
    expect(() => checkPlatformConfig({ ...c, without: ["ingress-nginx" as never] })).toThrow(
      "unknown add-on 'ingress-nginx'",
    );
  });
});
