/**
 * Validators for the formats the project writes and ships, against the official schemas vendored
 * beside this file byte for byte (see each folder's SOURCE.md):
 * - SARIF 2.1.0, the OASIS schema (JSON Schema draft-04, so Ajv's draft-04 class);
 * - GitHub Actions workflows, SchemaStore's github-workflow.json (draft-07);
 * plus what GitHub code scanning asks of an upload that no schema states: its documented hard
 * limits and the properties its "supported SARIF output file properties" mark required.
 * Each returns the problems found, as `path: message` lines; none means valid.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";

export const SCHEMAS_DIR = __dirname;
export const SARIF_SCHEMA = join(SCHEMAS_DIR, "sarif-2.1.0", "sarif-schema-2.1.0.json");
export const WORKFLOW_SCHEMA = join(SCHEMAS_DIR, "github-workflow", "github-workflow.json");
const load = (file: string): object => JSON.parse(readFileSync(file, "utf8")) as object;

/** The git blob id of a file (`git hash-object`): what each SOURCE.md records of the source. */
export function gitBlobId(file: string): string {
  const bytes = readFileSync(file);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"}: ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
  );

let sarif: ValidateFunction | undefined;
/** The SARIF log against the OASIS SARIF 2.1.0 schema (errata 01). */
export function validateSarif(log: unknown): string[] {
  if (!sarif) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    sarif = ajv.compile(load(SARIF_SCHEMA));
  }
  return sarif(log) ? [] : describeErrors(sarif.errors);
}

let workflow: ValidateFunction | undefined;
/** A parsed workflow file against SchemaStore's GitHub Actions workflow schema. */
export function validateWorkflow(doc: unknown): string[] {
  if (!workflow) {
    // strict: false, since SchemaStore schemas carry annotation keywords (e.g. markdownDescription).
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    workflow = ajv.compile(load(WORKFLOW_SCHEMA));
  }
  return workflow(doc) ? [] : describeErrors(workflow.errors);
}

/**
 * GitHub code scanning's hard limits on a SARIF upload ("SARIF results exceed hard limit" in
 * GitHub's code scanning docs): a file above them is rejected. Tags per rule above 10 are
 * dropped (soft limit) and are reported too, since a dropped tag is lost silently.
 */
export const CODE_SCANNING_LIMITS = {
  gzipBytes: 10 * 1024 * 1024,
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  extensionsPerRun: 100,
  locationsPerResult: 1_000,
  tagsPerRule: 10,
} as const;

interface RuleLike {
  id?: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  help?: { text?: string };
  properties?: { tags?: unknown[]; "problem.severity"?: unknown };
}
interface RegionLike {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface ResultLike {
  ruleId?: string;
  message?: { text?: string };
  partialFingerprints?: Record<string, string>;
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: RegionLike } }>;
}
interface SarifLike {
  runs?: Array<{
    tool?: { driver?: { rules?: RuleLike[] }; extensions?: unknown[] };
    results?: ResultLike[];
  }>;
}

/** The properties GitHub's "supported SARIF output file properties" mark required, with their values. */
const PROBLEM_SEVERITIES = ["error", "warning", "recommendation"];
const FULL_DESCRIPTION_MAX = 1000;

function ruleProblems(at: string, r: RuleLike): string[] {
  const out: string[] = [];
  if (!r.id) out.push(`${at}: no id`);
  if (!r.shortDescription?.text) out.push(`${at}: no shortDescription.text`);
  const full = r.fullDescription?.text;
  if (!full) out.push(`${at}: no fullDescription.text`);
  else if (full.length > FULL_DESCRIPTION_MAX)
    out.push(`${at}: fullDescription.text ${full.length} characters > ${FULL_DESCRIPTION_MAX}`);
  if (!r.help?.text) out.push(`${at}: no help.text`);
  const sev = r.properties?.["problem.severity"];
  if (sev !== undefined && !PROBLEM_SEVERITIES.includes(String(sev)))
    out.push(`${at}: problem.severity ${JSON.stringify(sev)} is not one of ${PROBLEM_SEVERITIES.join(", ")}`);
  return out;
}

function resultProblems(at: string, r: ResultLike, rules: Set<string | undefined>): string[] {
  const out: string[] = [];
  if (!rules.has(r.ruleId)) out.push(`${at}: ruleId ${r.ruleId} is not a rule of tool.driver.rules`);
  if (!r.message?.text) out.push(`${at}: no message.text`);
  if (!r.partialFingerprints || Object.keys(r.partialFingerprints).length === 0)
    out.push(`${at}: no partialFingerprints`);
  const loc = r.locations?.[0]?.physicalLocation;
  if (!loc) return [...out, `${at}: no location (code scanning shows no result without one)`];
  if (!loc.artifactLocation?.uri) out.push(`${at}: no artifactLocation.uri`);
  for (const k of ["startLine", "startColumn", "endLine", "endColumn"] as const)
    if (typeof loc.region?.[k] !== "number") out.push(`${at}: no region.${k}`);
  return out;
}

export function codeScanningProblems(text: string): string[] {
  const L = CODE_SCANNING_LIMITS;
  const out: string[] = [];
  const gz = gzipSync(text).length;
  if (gz > L.gzipBytes) out.push(`gzip size ${gz} B > ${L.gzipBytes} B`);
  const log = JSON.parse(text) as SarifLike;
  const runs = log.runs ?? [];
  if (runs.length > L.runsPerFile) out.push(`${runs.length} runs > ${L.runsPerFile}`);
  runs.forEach((run, i) => {
    const results = run.results ?? [];
    const rules = run.tool?.driver?.rules ?? [];
    if (results.length > L.resultsPerRun)
      out.push(`runs[${i}]: ${results.length} results > ${L.resultsPerRun}`);
    if (rules.length > L.rulesPerRun) out.push(`runs[${i}]: ${rules.length} rules > ${L.rulesPerRun}`);
    const ext = run.tool?.extensions?.length ?? 0;
    if (ext > L.extensionsPerRun) out.push(`runs[${i}]: ${ext} tool extensions > ${L.extensionsPerRun}`);
    if (!run.tool?.driver?.rules) out.push(`runs[${i}]: no tool.driver.rules`);
    rules.forEach((r, j) => {
      const tags = r.properties?.tags?.length ?? 0;
      if (tags > L.tagsPerRule) out.push(`runs[${i}] rule ${r.id}: ${tags} tags > ${L.tagsPerRule}`);
      out.push(...ruleProblems(`runs[${i}].tool.driver.rules[${j}] (${r.id})`, r));
    });
    const ids = new Set(rules.map((r) => r.id));
    results.forEach((r, j) => {
      const n = r.locations?.length ?? 0;
      if (n > L.locationsPerResult)
        out.push(`runs[${i}].results[${j}]: ${n} locations > ${L.locationsPerResult}`);
      out.push(...resultProblems(`runs[${i}].results[${j}] (${r.ruleId})`, r, ids));
    });
  });
  return out;
}
