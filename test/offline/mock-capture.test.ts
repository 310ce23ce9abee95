import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { unwrapSecrets } from "../../offline/mock-capture";

const secret = (value: unknown) => ({
  [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
  value,
});

describe("unwrapSecrets", () => {
  it("replaces each secret by its value and names where it was, in objects and arrays", () => {
    const inputs = {
      a: 1,
      env: ["X=1", secret("Y=2")],
      data: secret({ k: "v" }),
      deep: { list: [{ s: secret("t") }] },
    };
    const out = unwrapSecrets(inputs);
    expect(out.inputs).toEqual({ a: 1, env: ["X=1", "Y=2"], data: { k: "v" }, deep: { list: [{ s: "t" }] } });
    expect(out.secretPaths).toEqual(["env[1]", "data", "deep.list[0].s"]);
  });

  it("leaves inputs without secrets as they are, without copying them", () => {
    const inputs = { metadata: { name: "x" }, list: [1, 2] };
    const out = unwrapSecrets(inputs);
    expect(out.inputs).toBe(inputs);
    expect(out.secretPaths).toEqual([]);
  });
});
