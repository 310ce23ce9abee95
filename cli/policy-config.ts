/**
 * `--policy-config <file>` of `spbe check` and `spbe report`: the same JSON file the Pulumi CLI
 * takes as `--policy-pack-config` (policies/config.ts, `parsePolicyPackConfigFile`). A file that
 * cannot be read or is malformed is a usage error naming the file, the key and what was expected.
 * Both what keeps the file from being read and what is wrong inside it (policies/config.ts's
 * `PackConfigError`) are said in the run's language.
 */
import { readFileSync } from "node:fs";
import { PackConfigError, parsePolicyPackConfigFile, type PackConfig } from "../policies/config";
import { buildPolicies } from "../policies/pack";
import { UsageError } from "./args";
import { catalog, type Lang } from "../inventory/messages";

const SAY = catalog("policy-config", {
  cannotRead: {
    id: (p: { file: string; code: string }) =>
      `${p.file}: konfigurasi kebijakan tidak dapat dibaca (${p.code})`,
    en: (p: { file: string; code: string }) => `${p.file}: cannot read the policy config (${p.code})`,
  },
});

/** Every policy name of the pack (the keys a config file may use besides `all`). */
export function policyNames(): string[] {
  return buildPolicies({}).map((p) => p.name);
}

export function readPolicyConfigFile(file: string, lang: Lang = "id"): PackConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(SAY.cannotRead({ file, code })[lang]);
  }
  try {
    return parsePolicyPackConfigFile(text, file, policyNames());
  } catch (e) {
    if (e instanceof PackConfigError) throw new UsageError(e[lang]);
    throw e;
  }
}
