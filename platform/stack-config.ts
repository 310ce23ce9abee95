/**
 * The platform stacks of the repository (platform/stacks/Pulumi.<region>-<site>.yaml): reading
 * one into a PlatformConfig, and finding those of a region. A malformed file is an error naming
 * the file, the line and what is wrong.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { PLATFORM_PROJECT, type PlatformConfig } from "./program";

export const PLATFORM_STACK_DIR = join(__dirname, "stacks");

const KEYS = ["inventory", "site", "acmeServer", "acmeEmail", "edgeGateway", "without"] as const;
const REQUIRED = ["inventory", "site", "acmeServer", "acmeEmail"] as const;

/** The config of a platform stack file. Throws naming file:line:col on a malformed one. */
export function readPlatformStack(file: string): PlatformConfig {
  if (!existsSync(file)) throw new Error(`${file}: no such platform stack file`);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: counter });
  const at = (node: unknown) => {
    const range = (node as { range?: [number, number] } | null)?.range;
    const p = counter.linePos(range ? range[0] : 0);
    return `${file}:${p.line}:${p.col}`;
  };
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
  const config = doc.get("config", true);
  const raw = (doc.toJS() as { config?: Record<string, unknown> } | null)?.config;
  if (!raw || typeof raw !== "object") throw new Error(`${file}: no 'config' map`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const [project, name] = key.split(":");
    const items = (config as { items?: { key: { value?: unknown } }[] } | null)?.items ?? [];
    const pair = items.find((i) => i.key.value === key);
    const node =
      name !== undefined && KEYS.includes(name as (typeof KEYS)[number])
        ? (pair as { value?: unknown })?.value
        : pair?.key;
    if (project !== PLATFORM_PROJECT || !KEYS.includes(name as (typeof KEYS)[number]))
      throw new Error(
        `${at(node)}: unknown config key '${key}' (known: ${KEYS.map((k) => `${PLATFORM_PROJECT}:${k}`).join(", ")})`,
      );
    const ok =
      name === "without"
        ? Array.isArray(value) && value.every((v) => typeof v === "string")
        : typeof value === "string";
    if (!ok)
      throw new Error(
        `${at(node)}: '${key}' must be ${name === "without" ? "a list of add-on names" : "a string"}`,
      );
    out[name as string] = value;
  }
  for (const k of REQUIRED)
    if (out[k] === undefined) throw new Error(`${file}: config '${PLATFORM_PROJECT}:${k}' is not set`);
  return out as unknown as PlatformConfig;
}

/** The platform stack files naming `inventoryPath` (compared as written), by site id. */
export function platformStacksOf(
  inventoryPath: string,
  dir = PLATFORM_STACK_DIR,
): Map<string, { file: string; config: PlatformConfig }> {
  const found = new Map<string, { file: string; config: PlatformConfig }>();
  if (!existsSync(dir)) return found;
  const want = normalize(inventoryPath);
  for (const name of readdirSync(dir).sort()) {
    if (!/^Pulumi\..+\.ya?ml$/.test(name)) continue;
    const file = join(dir, name);
    const config = readPlatformStack(file);
    if (normalize(config.inventory) === want) found.set(config.site, { file, config });
  }
  return found;
}

function normalize(p: string): string {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
