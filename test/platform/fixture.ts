/** The five example platform stacks, run under the recording mocks, and their object validation. */
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { runPlatformUnderMocks } from "../../platform/mock-run";
import type { PlatformConfig } from "../../platform/program";
import { PLATFORM_STACK_DIR, readPlatformStack } from "../../platform/stack-config";
import { loadVendoredCrds, toJsonSchema } from "../support/crd-validate";
import { validateKubernetesObject } from "../support/mocks";

/** Region key → the file name of its platform stack (one Kubernetes site each). */
export const PLATFORM_STACKS = {
  tabanan: "Pulumi.tabanan-pd-utama.yaml",
  ppu: "Pulumi.ppu-pd-penajam.yaml",
  tangerang: "Pulumi.tangerang-pd-tigaraksa.yaml",
  prabumulih: "Pulumi.prabumulih-pd-prabumulih.yaml",
  bengkulu: "Pulumi.bengkulu-pd-bengkulu.yaml",
} as const;

export function stackConfig(region: keyof typeof PLATFORM_STACKS): PlatformConfig {
  return readPlatformStack(join(PLATFORM_STACK_DIR, PLATFORM_STACKS[region]));
}

export function runPlatform(config: PlatformConfig) {
  return runPlatformUnderMocks(config);
}

/** Types the platform registers that are not Kubernetes objects: Helm and YAML installers. */
export const INSTALLERS = [
  "kubernetes:helm.sh/v4:Chart",
  "kubernetes:helm.sh/v3:Release",
  "kubernetes:yaml/v2:ConfigFile",
];

let operatorCrs: Map<string, ValidateFunction> | undefined;

/** Validates a platform object: kubernetes-models and test/support/crd, then the operator CRs vendored here. */
export async function validatePlatformObject(obj: Record<string, unknown>): Promise<string[]> {
  if (!operatorCrs) {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false, useDefaults: true });
    addFormats(ajv);
    operatorCrs = new Map(
      loadVendoredCrds(join(__dirname, "crd")).map((c) => [
        `${c.source.apiVersion}/${c.source.kind}`,
        ajv.compile(toJsonSchema(c.openAPIV3Schema)),
      ]),
    );
  }
  const validate = operatorCrs.get(`${String(obj.apiVersion)}/${String(obj.kind)}`);
  if (!validate) return validateKubernetesObject(obj);
  const copy = structuredClone(obj);
  validate(copy);
  return validate(copy) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`);
}
