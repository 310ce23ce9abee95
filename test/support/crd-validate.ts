/**
 * Validates custom resources (Velero, Gateway API, Envoy Gateway, …) against the openAPIV3Schema
 * of their real CustomResourceDefinition, vendored under `test/support/crd/` with the repository,
 * path and commit it was taken from: extracted schemas (`*.json`), or folders of whole upstream
 * CRD files copied byte for byte with a `SOURCE.json` (the Gateway API). kubernetes-models covers the core API, cert-manager and the
 * Prometheus Operator; this covers the custom resources it has no model for.
 *
 * It answers as an API server with strict field validation would, as far as a JSON-Schema
 * validator can: unknown fields are errors wherever the schema lists `properties` and does not set
 * `x-kubernetes-preserve-unknown-fields`; `x-kubernetes-int-or-string` accepts an integer or a
 * string; `nullable` accepts null; `x-kubernetes-list-type: set` requires unique items. What it
 * cannot check: CEL rules (`x-kubernetes-validations`) and the uniqueness of `map` list keys.
 * Root `metadata` is held to the ObjectMeta field names, labels and annotations to string maps.
 *
 * A file may keep shared definitions under `$defs` and point at them with `$ref` (KubeVirt's
 * VirtualMachine, extracted from its OpenAPI document by `vendor-kubevirt.ts`); each definition is
 * rewritten like any other schema. Each file's `source.extracted` says what was left out.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";

/** A vendored CRD schema file: where it came from and the served version's schema. */
export interface VendoredCrd {
  source: { repo: string; path: string; commit: string; apiVersion: string; kind: string; extracted: string };
  openAPIV3Schema: Record<string, unknown>;
}

type Schema = Record<string, unknown>;

export const CRD_DIR = join(__dirname, "crd");

/** ObjectMeta fields a client may send; the API server rejects any other key under strict validation. */
const OBJECT_META_FIELDS = new Set([
  "name",
  "generateName",
  "namespace",
  "labels",
  "annotations",
  "finalizers",
  "ownerReferences",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "managedFields",
  "selfLink",
]);

/**
 * Rewrites a Kubernetes structural schema into the JSON Schema that enforces the same: the
 * `x-kubernetes-*` extensions become standard keywords, descriptions are dropped, `default`s stay
 * (the validator applies them first, as the API server defaults before it validates).
 * `structural` is false inside allOf/anyOf/oneOf/not, which only constrain declared fields.
 */
export function toJsonSchema(node: Schema, structural = true): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-kubernetes-") || key === "description" || key === "nullable") continue;
    if (key === "properties" && isRecord(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, toJsonSchema(child as Schema, structural)]),
      );
    } else if (key === "additionalProperties" && isRecord(value)) {
      out.additionalProperties = toJsonSchema(value, structural);
    } else if (key === "items" && isRecord(value)) {
      out.items = toJsonSchema(value, structural);
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      // Value validations: they constrain fields the structural part declares, never add or close any.
      out[key] = value.map((v) => toJsonSchema(v as Schema, false));
    } else if (key === "not" && isRecord(value)) {
      out.not = toJsonSchema(value, false);
    } else if (key === "$defs" && isRecord(value)) {
      // Shared definitions: each is a schema in its own right, structural wherever it is referenced.
      out.$defs = Object.fromEntries(
        Object.entries(value).map(([name, def]) => [name, toJsonSchema(def as Schema, true)]),
      );
    } else {
      out[key] = value;
    }
  }
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (node["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }, ...(Array.isArray(out.anyOf) ? out.anyOf : [])];
  }
  // Field validation: a listed set of properties is closed unless the schema preserves unknown fields.
  if (structural && out.properties !== undefined && out.additionalProperties === undefined && !preserve) {
    out.additionalProperties = false;
  }
  if (node["x-kubernetes-list-type"] === "set") out.uniqueItems = true;
  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined) return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

function isRecord(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads every vendored CRD; throws with the file name if one is malformed. */
export function loadVendoredCrds(dir = CRD_DIR): VendoredCrd[] {
  const extracted = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const crd = JSON.parse(readFileSync(join(dir, f), "utf8")) as VendoredCrd;
      const s = crd.source;
      if (!s?.repo || !s.path || !/^[0-9a-f]{40}$/.test(s.commit ?? "") || !s.apiVersion || !s.kind) {
        throw new Error(
          `${join(dir, f)}: source must record repo, path, a 40-hex commit, apiVersion and kind`,
        );
      }
      if (!isRecord(crd.openAPIV3Schema)) throw new Error(`${join(dir, f)}: openAPIV3Schema is missing`);
      return crd;
    });
  const whole = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "SOURCE.json")))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => loadCrdFolder(join(dir, e.name)));
  return [...extracted, ...whole];
}

/** What a folder of whole upstream CRD files records about them (`SOURCE.json`). */
export interface CrdFolderSource {
  repo: string;
  tag: string;
  commit: string;
  path: string;
  /** File name → git blob id of the upstream file (what makes "byte for byte" checkable). */
  blobs: Record<string, string>;
}

export function readCrdFolderSource(folder: string): CrdFolderSource {
  const src = JSON.parse(readFileSync(join(folder, "SOURCE.json"), "utf8")) as CrdFolderSource;
  if (!src.repo || !src.path || !/^[0-9a-f]{40}$/.test(src.commit ?? "") || !isRecord(src.blobs)) {
    throw new Error(`${join(folder, "SOURCE.json")}: must record repo, path, a 40-hex commit and blobs`);
  }
  return src;
}

/**
 * A folder of CustomResourceDefinition files as upstream ships them: each CRD's storage version
 * becomes one vendored schema, without its `status` (a status subresource is ignored on create
 * and update, so the program never sends it).
 */
function loadCrdFolder(folder: string): VendoredCrd[] {
  const src = readCrdFolderSource(folder);
  return Object.keys(src.blobs)
    .sort()
    .map((file) => {
      const crd = parseYaml(readFileSync(join(folder, file), "utf8")) as {
        spec?: { group?: string; names?: { kind?: string }; versions?: Array<Record<string, unknown>> };
      };
      const version = crd.spec?.versions?.find((v) => v.storage === true);
      const schema = (version?.schema as { openAPIV3Schema?: Schema } | undefined)?.openAPIV3Schema;
      const kind = crd.spec?.names?.kind;
      if (!crd.spec?.group || !kind || !version || !isRecord(schema)) {
        throw new Error(
          `${join(folder, file)}: not a CustomResourceDefinition with a storage version schema`,
        );
      }
      const properties = { ...(schema.properties as Schema) };
      delete properties.status;
      return {
        source: {
          repo: src.repo,
          path: `${src.path}/${file}`,
          commit: src.commit,
          apiVersion: `${crd.spec.group}/${String(version.name)}`,
          kind,
          extracted: `the storage version's openAPIV3Schema of the whole file (${src.tag}), without status`,
        },
        openAPIV3Schema: { ...schema, properties },
      };
    });
}

let validators: Map<string, ValidateFunction> | undefined;

function compiled(): Map<string, ValidateFunction> {
  if (validators) return validators;
  // strict: false lets Kubernetes formats that JSON Schema lacks (int32, int64, …) pass unchecked,
  // as the API server does for formats it does not know.
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, useDefaults: true });
  addFormats(ajv);
  validators = new Map(
    loadVendoredCrds().map((crd) => [
      key(crd.source.apiVersion, crd.source.kind),
      ajv.compile(toJsonSchema(crd.openAPIV3Schema)),
    ]),
  );
  return validators;
}

const key = (apiVersion: string, kind: string) => `${apiVersion}/${kind}`;

/** `apiVersion/kind` of every custom resource this module can validate. */
export function vendoredKinds(): string[] {
  return [...compiled().keys()].sort();
}

/**
 * Validates one custom resource object (as sent to the API server). Returns the errors, each
 * `<path>: <what is wrong>`; an empty list means valid. A kind with no vendored schema is an error,
 * never a silent pass.
 */
export function validateCustomResource(obj: unknown): string[] {
  if (!isRecord(obj)) return ["(root): must be an object"];
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return ["(root): apiVersion and kind must be strings"];
  }
  const validate = compiled().get(key(apiVersion, kind));
  if (!validate) return [`(root): no vendored CRD schema for ${apiVersion} ${kind} in ${CRD_DIR}`];
  const errors: string[] = [];
  // Validates a copy: applying the schema's defaults must not change the caller's object. The
  // first pass fills in defaults; ajv checks oneOf/anyOf before it fills the properties they test,
  // so only the second pass sees the object as the API server would after defaulting.
  const copy = structuredClone(obj);
  validate(copy);
  if (!validate(copy)) errors.push(...(validate.errors ?? []).map(describe));
  errors.push(...checkMetadata(obj.metadata));
  return [...new Set(errors)];
}

function checkMetadata(metadata: unknown): string[] {
  if (metadata === undefined) return [];
  if (!isRecord(metadata)) return [".metadata: must be an object"];
  const errors = Object.keys(metadata)
    .filter((k) => !OBJECT_META_FIELDS.has(k))
    .map((k) => `.metadata: unknown field "${k}"`);
  for (const field of ["labels", "annotations"] as const) {
    const map = metadata[field];
    if (map === undefined) continue;
    if (!isRecord(map) || Object.values(map).some((v) => typeof v !== "string")) {
      errors.push(`.metadata.${field}: must be a map of strings`);
    }
  }
  if (metadata.name !== undefined && typeof metadata.name !== "string")
    errors.push(".metadata.name: must be string");
  return errors;
}

function describe(e: ErrorObject): string {
  const at = e.instancePath === "" ? "(root)" : e.instancePath.replace(/\//g, ".");
  if (e.keyword === "additionalProperties") {
    return `${at}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (e.keyword === "enum") {
    return `${at}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${at}: ${e.message ?? e.keyword}`;
}
