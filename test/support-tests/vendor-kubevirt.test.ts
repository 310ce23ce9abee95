import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CRD_DIR } from "../support/crd-validate";
import { cleanSchema, refClosure, virtualMachineSchema } from "../support/vendor-kubevirt";

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

describe("vendoring KubeVirt's VirtualMachine schema from its OpenAPI definitions", () => {
  const definitions: Record<string, Schema> = {
    "v1.VirtualMachine": {
      description: "VirtualMachine handles the VirtualMachines",
      type: "object",
      properties: { spec: { default: {}, ...ref("v1.VirtualMachineSpec") } },
    },
    "v1.VirtualMachineSpec": {
      type: "object",
      properties: { networks: { type: "array", items: ref("v1.MultusNetwork") } },
    },
    "v1.MultusNetwork": {
      type: "object",
      required: ["networkName"],
      properties: { default: { type: "boolean" }, networkName: { type: "string", default: "" } },
    },
    "v1.KubeVirt": { type: "object", properties: { spec: ref("v1.KubeVirtSpec") } },
  };

  it("keeps only the definitions the root reaches", () => {
    expect(refClosure(definitions, "v1.VirtualMachine")).toEqual([
      "v1.MultusNetwork",
      "v1.VirtualMachine",
      "v1.VirtualMachineSpec",
    ]);
  });

  it("names the definition whose $ref leads nowhere", () => {
    expect(() => refClosure(definitions, "v1.KubeVirt")).toThrow(
      'definition "v1.KubeVirtSpec" (referenced by v1.KubeVirt) is not in the document',
    );
  });

  it("drops description and default keywords but keeps a property named default", () => {
    expect(cleanSchema(definitions["v1.MultusNetwork"])).toEqual({
      type: "object",
      required: ["networkName"],
      properties: { default: { type: "boolean" }, networkName: { type: "string" } },
    });
  });

  it("puts the root inline and rewrites every $ref into $defs", () => {
    const schema = virtualMachineSchema(definitions);
    expect(schema.properties).toEqual({ spec: { $ref: "#/$defs/v1.VirtualMachineSpec" } });
    expect(Object.keys(schema.$defs as Schema)).toEqual(["v1.MultusNetwork", "v1.VirtualMachineSpec"]);
    expect(JSON.stringify(schema)).not.toContain("#/definitions/");
  });

  it("left the vendored file self-contained: every $ref resolves and every definition is used", () => {
    const vendored = JSON.parse(readFileSync(join(CRD_DIR, "kubevirt.io_virtualmachine.json"), "utf8")) as {
      openAPIV3Schema: Schema & { $defs: Record<string, Schema> };
    };
    const { $defs, ...root } = vendored.openAPIV3Schema;
    const refs = new Set(
      [...JSON.stringify(vendored.openAPIV3Schema).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect([...refs].filter((name) => !(name in $defs))).toEqual([]);
    expect(Object.keys($defs).filter((name) => !refs.has(name))).toEqual([]);
    expect(root.required).toEqual(["spec"]);
    expect(Object.keys($defs)).toContain("v1.VirtualMachineInstanceTemplateSpec");
  });
});
