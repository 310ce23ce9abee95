/**
 * Runs the platform program (platform/program.ts) in this process under the recording mocks of
 * offline/mock-runtime.ts, as `pulumi preview` of a platform stack would: what the tests, the goldens
 * and `spbe check --platform` use. Helm charts and release manifests are recorded with their
 * inputs (chart, repository, version, values); nothing is fetched.
 */
import { basename } from "node:path";
import { runUnderMocks, type MockRunResult } from "../offline/mock-runtime";
import { buildPlatform, PLATFORM_PROJECT, type PlatformConfig } from "./program";

/** The stack name as in platform/stacks: `<inventory file name>-<site>` (`tabanan-pd-utama`). */
export function platformStackName(c: PlatformConfig): string {
  return `${basename(c.inventory).replace(/\.ya?ml$/i, "")}-${c.site}`;
}

export async function runPlatformUnderMocks(
  c: PlatformConfig,
  stack = platformStackName(c),
): Promise<MockRunResult> {
  const config: Record<string, string> = {
    [`${PLATFORM_PROJECT}:inventory`]: c.inventory,
    [`${PLATFORM_PROJECT}:site`]: c.site,
    [`${PLATFORM_PROJECT}:acmeServer`]: c.acmeServer,
    [`${PLATFORM_PROJECT}:acmeEmail`]: c.acmeEmail,
  };
  return runUnderMocks(() => buildPlatform(c), { project: PLATFORM_PROJECT, stack, config });
}
