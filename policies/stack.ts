/**
 * The governing regulation of the stack being checked, as the pack learns it under the Pulumi
 * engine. The CLI starts the pack in its own folder with the stack's configuration in
 * PULUMI_CONFIG (JSON, `<namespace>:<name>` keys) and PULUMI_NODEJS_PROJECT / PULUMI_NODEJS_STACK
 * (pkg/resource/plugin/analyzer_plugin.go, `constructEnv`). The stack's `spbe-infra:inventory`
 * names the region's inventory, relative to the project's folder (the nearest folder above the
 * pack with a Pulumi.yaml of that project), and the inventory names its regulation
 * (`region.regulation`), which is what `spbe check` uses too.
 *
 * SPBE_REGULATION is an optional fallback for a stack without that config; when both are given
 * they must agree.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { formatErrorIn, loadInventory } from "../inventory";
import type { Lang } from "../inventory/messages";
import { isRegulationKey, type PackConfig } from "./config";
import { regulationKeys } from "./regulations";

export const INVENTORY_CONFIG_KEY = "spbe-infra:inventory";

/**
 * A startup problem, said in both languages (the message: Indonesian first, then `EN:` English);
 * the pack prints it and exits (never a stack trace).
 */
export class StackConfigError extends Error {
  override name = "StackConfigError";
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id}\nEN: ${en}`);
  }
}

/** The stack config the engine passed, keys as `<namespace>:<name>` (also the older `:config:` form). */
function stackConfig(env: Record<string, string | undefined>): Record<string, string> {
  const raw = env.PULUMI_CONFIG;
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new StackConfigError(`PULUMI_CONFIG bukan JSON (${why}).`, `PULUMI_CONFIG is not JSON (${why}).`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    if (typeof v === "string") out[k.replace(/^([^:]+):config:/, "$1:")] = v;
  }
  return out;
}

/** The nearest folder at or above `from` whose Pulumi.yaml names `project`. */
export function projectDir(from: string, project: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const file = join(dir, "Pulumi.yaml");
    if (existsSync(file)) {
      try {
        const doc = parseYaml(readFileSync(file, "utf8")) as { name?: unknown } | null;
        if (doc?.name === project) return dir;
      } catch {
        // not a readable project file: keep looking above
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The regulation the inventory at `file` names. */
function regulationOfInventory(file: string): string {
  const loaded = loadInventory(file);
  if (!loaded.ok) {
    const errors = (lang: Lang) => loaded.errors.map((e) => formatErrorIn(e, lang)).join("\n");
    throw new StackConfigError(
      `Inventaris stack ${file} tidak valid, sehingga regulasi Daerah tidak diketahui:\n${errors("id")}`,
      `The stack's inventory ${file} is malformed, so the region's regulation is unknown:\n${errors("en")}`,
    );
  }
  return loaded.inventory.region.regulation;
}

/** The baked part of the pack config under the engine: the regulation of the stack. */
export function packConfigFromStack(env: Record<string, string | undefined>, packDir: string): PackConfig {
  const config = stackConfig(env);
  const inventory = config[INVENTORY_CONFIG_KEY];
  let fromStack: string | undefined;
  if (inventory) {
    const project = env.PULUMI_NODEJS_PROJECT ?? env.PULUMI_PROJECT ?? "spbe-infra";
    const root = isAbsolute(inventory) ? "" : projectDir(packDir, project);
    if (root === undefined) {
      throw new StackConfigError(
        `Stack menamai inventaris '${inventory}' (${INVENTORY_CONFIG_KEY}), tetapi folder proyek '${project}' (Pulumi.yaml) tidak ditemukan di atas ${packDir}.`,
        `The stack names the inventory '${inventory}' (${INVENTORY_CONFIG_KEY}), but no folder of project '${project}' (Pulumi.yaml) is found above ${packDir}.`,
      );
    }
    fromStack = regulationOfInventory(root ? join(root, inventory) : inventory);
  }
  const fallback = env.SPBE_REGULATION;
  if (fallback !== undefined && !isRegulationKey(fallback)) {
    throw new StackConfigError(
      `SPBE_REGULATION='${fallback}' tidak dikenal; yang diharapkan salah satu dari ${regulationKeys().join(", ")}.`,
      `SPBE_REGULATION='${fallback}' is unknown; expected one of ${regulationKeys().join(", ")}.`,
    );
  }
  if (fromStack !== undefined && fallback !== undefined && fallback !== fromStack) {
    throw new StackConfigError(
      `SPBE_REGULATION='${fallback}' bertentangan dengan regulasi inventaris stack (${fromStack}).`,
      `SPBE_REGULATION='${fallback}' disagrees with the regulation of the stack's inventory (${fromStack}).`,
    );
  }
  const regulation = fromStack ?? fallback;
  if (regulation === undefined) return {};
  if (!isRegulationKey(regulation)) {
    throw new StackConfigError(
      `Regulasi '${regulation}' dari inventaris stack tidak dikenal paket ini.`,
      `The regulation '${regulation}' of the stack's inventory is not known to this pack.`,
    );
  }
  return { regulation };
}
