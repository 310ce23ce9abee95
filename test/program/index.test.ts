/** index.ts, the Pulumi program itself, as `pulumi up` runs it for a stack of stacks/. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { runUnderMocks } from "../../offline/mock-runtime";
import { loadRegion } from "../../components/program";
import { sitePlatforms, stackReferenceResolver } from "../../platform/resolve";
import { runRegion } from "../support/mocks";
import { STACK_OUTPUTS } from "../support/stack-outputs";

it("reads the region from its stack config and exports the auditors' outputs", async () => {
  const stack = parse(readFileSync("stacks/Pulumi.tabanan.yaml", "utf8")) as {
    config: Record<string, string>;
  };
  expect(stack.config["spbe-infra:inventory"]).toBe("inventory/regions/tabanan.yaml");
  const viaIndex = await runUnderMocks(async () => ({ ...(await import("../../index.js")) }), {
    project: "spbe-infra",
    stack: "tabanan",
    config: stack.config,
    // The platform stack of its Kubernetes site, as platform/stacks/Pulumi.tabanan-pd-utama.yaml computes it.
    stackReferences: stackReferenceResolver(
      sitePlatforms(
        "inventory/regions/tabanan.yaml",
        loadRegion("inventory/regions/tabanan.yaml").inventory,
        "tabanan",
      ),
    ),
  });
  const direct = await runRegion("tabanan");
  const exported = Object.keys(viaIndex.outputs)
    .filter((k) => k !== "default")
    .sort();
  expect(exported).toEqual(STACK_OUTPUTS);
  for (const k of exported) expect(viaIndex.outputs[k], k).toEqual(direct.outputs[k]);
  expect(viaIndex.resources.map((r) => `${r.type} ${r.name}`).sort()).toEqual(
    direct.resources.map((r) => `${r.type} ${r.name}`).sort(),
  );
});
