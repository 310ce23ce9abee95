import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { toJsonSchema, validateCustomResource, vendoredKinds } from "../support/crd-validate";
import { CRD_CASES } from "./crd-cases";

describe("validateCustomResource against vendored CRD schemas", () => {
  it("has a valid and an invalid example for every vendored CRD", () => {
    expect(Object.keys(CRD_CASES).sort()).toEqual(vendoredKinds());
  });

  for (const [kind, c] of Object.entries(CRD_CASES)) {
    describe(kind, () => {
      it("accepts a correct object", () => {
        expect(validateCustomResource(c.valid)).toEqual([]);
      });
      it("rejects a misspelt field", () => {
        const errors = validateCustomResource(c.misspelt.object);
        expect(errors).toContain(c.misspelt.error);
      });
      it("rejects a value of the wrong type", () => {
        const errors = validateCustomResource(c.wrongType.object);
        expect(errors).toContain(c.wrongType.error);
      });
    });
  }

  it("rejects an unknown metadata field as strict field validation would", () => {
    const [kind] = vendoredKinds();
    const valid = CRD_CASES[kind].valid as { metadata: object };
    const errors = validateCustomResource({ ...valid, metadata: { ...valid.metadata, lables: { a: "b" } } });
    expect(errors).toContain('.metadata: unknown field "lables"');
  });

  it("applies the CRD's defaults before validating, on a copy of the object", () => {
    // No address type: the API server defaults it to IPAddress, so the IP value fits exactly one oneOf branch.
    const gateway = CRD_CASES["gateway.networking.k8s.io/v1/Gateway"].valid as {
      spec: { addresses: object[] };
    };
    expect(gateway.spec.addresses).toEqual([{ value: "10.20.252.10" }]);
    expect(validateCustomResource(gateway)).toEqual([]);
    expect(gateway.spec.addresses).toEqual([{ value: "10.20.252.10" }]);
  });

  it("refuses a kind it has no schema for instead of passing it", () => {
    const errors = validateCustomResource({
      apiVersion: "example.com/v1",
      kind: "Widget",
      metadata: { name: "w" },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no vendored CRD schema for example.com\/v1 Widget/);
  });
});

describe("toJsonSchema (Kubernetes structural schema extensions)", () => {
  const check = (schema: Record<string, unknown>, value: unknown) => {
    const validate = new Ajv({ strict: false }).compile(toJsonSchema(schema));
    return validate(value);
  };

  it("accepts an integer or a string for x-kubernetes-int-or-string, nothing else", () => {
    const port = { "x-kubernetes-int-or-string": true };
    expect(check(port, 8080)).toBe(true);
    expect(check(port, "http")).toBe(true);
    expect(check(port, 1.5)).toBe(false);
    expect(check(port, true)).toBe(false);
  });

  it("keeps unknown fields where x-kubernetes-preserve-unknown-fields is set, rejects them elsewhere", () => {
    const props = { properties: { a: { type: "string" } }, type: "object" };
    expect(check(props, { a: "x", b: 1 })).toBe(false);
    expect(check({ ...props, "x-kubernetes-preserve-unknown-fields": true }, { a: "x", b: 1 })).toBe(true);
    expect(check({ type: "object", additionalProperties: { type: "string" } }, { any: "x" })).toBe(true);
  });

  it("accepts null only where the schema is nullable", () => {
    expect(check({ type: "string" }, null)).toBe(false);
    expect(check({ type: "string", nullable: true }, null)).toBe(true);
    expect(check({ type: "string", nullable: true, enum: ["A"] }, null)).toBe(true);
  });

  it("closes the objects defined under $defs and checks values through $ref", () => {
    const schema = {
      type: "object",
      properties: { disk: { $ref: "#/$defs/Disk" } },
      $defs: { Disk: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
    };
    expect(check(schema, { disk: { name: "rootdisk" } })).toBe(true);
    expect(check(schema, { disk: { name: "rootdisk", nmae: "x" } })).toBe(false);
    expect(check(schema, { disk: { name: 7 } })).toBe(false);
    expect(check(schema, { disk: {} })).toBe(false);
  });

  it("requires unique items in a list of type set", () => {
    const set = { type: "array", items: { type: "string" }, "x-kubernetes-list-type": "set" };
    expect(check(set, ["a", "b"])).toBe(true);
    expect(check(set, ["a", "a"])).toBe(false);
  });
});
