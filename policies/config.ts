/**
 * The pack's configuration: which regulation governs the stack, the `all` and per-rule
 * enforcement overrides, exemptions and the date "today" (for evidence freshness).
 *
 * The same object reaches a rule on both paths: offline (`spbe check`) it is built from the
 * inventory and the `--policy-config` file; under the Pulumi engine the regulation is baked from
 * the stack (stack.ts, see index.ts) and each policy reads its entry of `--policy-pack-config`
 * (the same file) with `args.getConfig()`.
 */
import type { EnforcementLevel, PolicyConfigSchema } from "@pulumi/policy";
import { hasRegulation, regulationKeys, type RegulationKey } from "./regulations";
import { parseDefaults, type Defaults } from "./defaults";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { parsePath } from "../inventory/errors";
import { CONFIG, fail, PackConfigError } from "./config-messages";

export { PackConfigError };

export interface Exemption {
  /** The rule name, e.g. `spbe-net-10-portal-domain`. */
  rule: string;
  /** A glob (`*`, `?`) over the resource's name, its URN, or the inventory path of the finding. */
  resource: string;
  reason?: string;
  approvedBy?: string;
  /** YYYY-MM-DD: the exemption stops applying after this day. */
  until?: string;
}

export interface PackConfig {
  /** Governing regulation; absent = every rule reports that it cannot decide (fail closed). */
  regulation?: RegulationKey;
  /** YYYY-MM-DD; default the real date. */
  today?: string;
  /** Overrides the computed enforcement of every rule. */
  all?: EnforcementLevel;
  /** Per-rule enforcement overrides, by rule name; they win over `all`. */
  rules?: Record<string, EnforcementLevel>;
  exemptions?: Exemption[];
  /** Finding language is both; `lang` only orders them (first line). */
  lang?: "id" | "en";
  /** Overrides of the toolkit's defaults where the regulation sets no term (policies/defaults.ts). */
  defaults?: Partial<Defaults>;
}

const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** The configSchema every policy declares, so the engine accepts these keys per policy. */
export const POLICY_CONFIG_SCHEMA: PolicyConfigSchema = {
  properties: {
    regulation: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
    today: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    exemptions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          rule: { type: "string" },
          resource: { type: "string" },
          reason: { type: "string" },
          approvedBy: { type: "string" },
          until: { type: "string" },
        },
        required: ["rule", "resource"],
      },
    },
  },
};

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isRegulationKey(v: unknown): v is RegulationKey {
  return typeof v === "string" && hasRegulation(v);
}

/**
 * Validates a pack config read from a file or the engine; throws a `PackConfigError` naming the
 * offending key, in both languages. `where` prefixes the message (a file path or "policy config").
 */
export function parsePackConfig(raw: unknown, where: string): PackConfig {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    fail(where, CONFIG.notObject());
  }
  const o = raw as Record<string, unknown>;
  const known = new Set(["regulation", "today", "all", "rules", "exemptions", "lang", "defaults"]);
  for (const k of Object.keys(o)) {
    if (!known.has(k)) fail(where, CONFIG.unknownKey({ key: k }));
  }
  const out: PackConfig = {};
  if (o.regulation !== undefined) {
    if (!isRegulationKey(o.regulation))
      fail(`${where}.regulation`, CONFIG.oneOf({ values: regulationKeys().join(", ") }));
    out.regulation = o.regulation;
  }
  if (o.today !== undefined) {
    if (typeof o.today !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(o.today))
      fail(`${where}.today`, CONFIG.date());
    out.today = o.today;
  }
  if (o.all !== undefined) out.all = level(o.all, `${where}.all`);
  if (o.defaults !== undefined) out.defaults = parseDefaults(o.defaults, `${where}.defaults`);
  if (o.lang !== undefined) {
    if (o.lang !== "id" && o.lang !== "en") fail(`${where}.lang`, CONFIG.idOrEn());
    out.lang = o.lang;
  }
  if (o.rules !== undefined) {
    if (o.rules === null || typeof o.rules !== "object" || Array.isArray(o.rules))
      fail(`${where}.rules`, CONFIG.rulesObject());
    out.rules = {};
    for (const [k, v] of Object.entries(o.rules)) out.rules[k] = level(v, `${where}.rules.${k}`);
  }
  if (o.exemptions !== undefined) {
    if (!Array.isArray(o.exemptions)) fail(`${where}.exemptions`, CONFIG.list());
    out.exemptions = o.exemptions.map((e, i) => exemption(e, `${where}.exemptions[${i}]`));
  }
  return out;
}

function level(v: unknown, where: string): EnforcementLevel {
  if (typeof v !== "string" || !(LEVELS as readonly string[]).includes(v))
    fail(where, CONFIG.oneOf({ values: LEVELS.join(", ") }));
  return v as EnforcementLevel;
}

function exemption(v: unknown, where: string): Exemption {
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail(where, CONFIG.object());
  const e = v as Record<string, unknown>;
  for (const k of Object.keys(e)) {
    if (!["rule", "resource", "reason", "approvedBy", "until"].includes(k))
      fail(where, CONFIG.unknownKey({ key: k }));
  }
  for (const k of ["rule", "resource"]) {
    if (typeof e[k] !== "string" || e[k] === "") fail(`${where}.${k}`, CONFIG.requiredText());
  }
  for (const k of ["reason", "approvedBy", "until"]) {
    if (e[k] !== undefined && typeof e[k] !== "string") fail(`${where}.${k}`, CONFIG.text());
  }
  if (typeof e.until === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(e.until))
    fail(`${where}.until`, CONFIG.date());
  return e as unknown as Exemption;
}

/** Merges the engine's per-policy config (args.getConfig()) over the baked config. */
export function mergeConfig(base: PackConfig, runtime: unknown): PackConfig {
  if (runtime === null || typeof runtime !== "object") return base;
  const r = runtime as Record<string, unknown>;
  const out: PackConfig = { ...base };
  if (isRegulationKey(r.regulation)) out.regulation = r.regulation;
  if (typeof r.today === "string") out.today = r.today;
  if (Array.isArray(r.exemptions))
    out.exemptions = parsePackConfig({ exemptions: r.exemptions }, "policy config").exemptions;
  return out;
}

/** `*` matches any run of characters, `?` one; everything else literally. */
export function globMatch(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(value);
}

export type ExemptionState =
  | { kind: "none" }
  | { kind: "exempt"; exemption: Exemption }
  | { kind: "invalid"; exemption: Exemption; why: string };

/**
 * The exemption that covers a finding of `rule` on the resource (by name or URN) or the inventory
 * element it is about (`applications[3]`, `gateway`), if any.
 * One without a reason does not apply (it is itself a finding elsewhere); an expired one stops
 * applying the day after `until`.
 */
export function exemptionFor(
  cfg: PackConfig,
  rule: string,
  name: string,
  urn: string,
  today: string,
  source?: string,
): ExemptionState {
  for (const e of cfg.exemptions ?? []) {
    if (e.rule !== rule) continue;
    const subjects = source ? [name, urn, source] : [name, urn];
    if (!subjects.some((x) => globMatch(e.resource, x))) continue;
    if (!e.reason || e.reason.trim() === "") return { kind: "invalid", exemption: e, why: "no reason" };
    if (e.until !== undefined && e.until < today) continue;
    return { kind: "exempt", exemption: e };
  }
  return { kind: "none" };
}

/**
 * The engine's `--policy-pack-config` file, which `spbe check --policy-config` reads too: a JSON
 * object of `all` (an enforcement level for every rule) and policy names, each an enforcement
 * level or `{ enforcementLevel?, exemptions? }`. The engine hands each policy only its own entry
 * (`args.getConfig()`), so an exemption sits under the rule it exempts and names it again in
 * `rule`. The governing regulation is not a file setting: it comes from the stack (see stack.ts).
 * Throws a `PackConfigError` naming the file, the key and what was expected, in both languages.
 */
export function parsePolicyPackConfigFile(
  text: string,
  file: string,
  policyNames: readonly string[],
): PackConfig {
  if (text.trim() === "") return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(file, CONFIG.notJson({ why: e instanceof Error ? e.message : String(e) }));
  }
  try {
    return readPolicyPackConfig(raw, file, policyNames);
  } catch (e) {
    throw e instanceof PackConfigError ? locatedInFile(e, text, file) : e;
  }
}

/**
 * The error at its line and column in the file, `file:line:col path: …` as the loader's errors
 * read (JSON is YAML, whose parser keeps the positions JSON.parse does not).
 */
function locatedInFile(e: PackConfigError, text: string, file: string): PackConfigError {
  if (!e.where.startsWith(`${file}: `)) return e;
  const shown = e.where.slice(file.length + 2);
  const path = parsePath(shown);
  if (!path) return e;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  for (let n = path.length; n > 0; n--) {
    // The key of an entry (where an unknown key is wrong, and beside its value otherwise) or the
    // item of a list; a part the file does not have is reported at the part above it.
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const seg = path[n - 1];
    const node =
      isMap(parent) && typeof seg === "string"
        ? (parent.items.find((i) => isScalar(i.key) && i.key.value === seg)?.key as Node | undefined)
        : isSeq(parent) && typeof seg === "number"
          ? (parent.items[seg] as Node | undefined)
          : undefined;
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return new PackConfigError(`${file}:${line}:${col} ${shown}`, e.what);
    }
  }
  return e;
}

function readPolicyPackConfig(raw: unknown, file: string, policyNames: readonly string[]): PackConfig {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail(file, CONFIG.fileNotObject());
  const names = new Set(policyNames);
  const out: PackConfig = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const where = `${file}: ${key}`;
    if (key !== "all" && !names.has(key)) fail(where, CONFIG.noSuchPolicy());
    if (typeof value === "string") {
      const lv = level(value, where);
      if (key === "all") out.all = lv;
      else (out.rules ??= {})[key] = lv;
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      fail(where, CONFIG.levelOrObject({ values: LEVELS.join(", ") }));
    const entry = value as Record<string, unknown>;
    const allowed = key === "all" ? ["enforcementLevel"] : ["enforcementLevel", "exemptions"];
    for (const k of Object.keys(entry)) {
      if (allowed.includes(k)) continue;
      if (k === "regulation" || k === "today") fail(`${where}.${k}`, CONFIG.notFileSetting());
      fail(`${where}.${k}`, CONFIG.entryUnknownKey({ allowed: allowed.join(" or "), all: key === "all" }));
    }
    if (entry.enforcementLevel !== undefined) {
      const lv = level(entry.enforcementLevel, `${where}.enforcementLevel`);
      if (key === "all") out.all = lv;
      else (out.rules ??= {})[key] = lv;
    }
    if (entry.exemptions !== undefined) {
      if (!Array.isArray(entry.exemptions)) fail(`${where}.exemptions`, CONFIG.list());
      entry.exemptions.forEach((x, i) => {
        const e = exemption(x, `${where}.exemptions[${i}]`);
        if (e.rule !== key) fail(`${where}.exemptions[${i}].rule`, CONFIG.exemptionRule({ key }));
        if (!e.reason?.trim()) fail(`${where}.exemptions[${i}].reason`, CONFIG.exemptionReason());
        (out.exemptions ??= []).push(e);
      });
    }
  }
  return out;
}
