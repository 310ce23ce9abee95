/** platform/index.ts, the platform project's Pulumi program, as `pulumi -C platform up` runs it for a stack. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { runUnderMocks } from "../../offline/mock-runtime";
import { PLATFORM_STACK_DIR } from "../../platform/stack-config";
import { runPlatform, stackConfig } from "./fixture";

it("reads inventory and site from its stack config and exports what the region reads", async () => {
  const file = join(PLATFORM_STACK_DIR, "Pulumi.tangerang-pd-tigaraksa.yaml");
  const stack = parse(readFileSync(file, "utf8")) as { config: Record<string, string> };
  const viaIndex = await runUnderMocks(async () => ({ ...(await import("../../platform/index.js")) }), {
    project: "spbe-platform",
    stack: "tangerang-pd-tigaraksa",
    config: stack.config,
  });
  const direct = await runPlatform(stackConfig("tangerang"));
  const exported = Object.keys(viaIndex.outputs)
    .filter((k) => k !== "default")
    .sort();
  expect(exported).toEqual([
    "addOns",
    "blackboxExporter",
    "gatewayClass",
    "gatewayProxies",
    "issuer",
    "region",
    "site",
    "veleroNamespace",
  ]);
  for (const k of exported) expect(viaIndex.outputs[k], k).toEqual(direct.outputs[k]);
  expect(viaIndex.resources.map((r) => `${r.type} ${r.name}`).sort()).toEqual(
    direct.resources.map((r) => `${r.type} ${r.name}`).sort(),
  );
});
