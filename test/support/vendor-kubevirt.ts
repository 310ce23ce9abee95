/**
 * Vendors KubeVirt's `kubevirt.io/v1` VirtualMachine schema for the CRD validator
 * (`test/support/crd-validate.ts`): takes KubeVirt's own OpenAPI document
 * (`api/openapi-spec/swagger.json` of kubevirt/kubevirt, or any JSON with its `definitions`),
 * resolves the `$ref` closure of `v1.VirtualMachine` and writes it as one self-contained schema:
 * the VirtualMachine definition at the root, every definition it reaches under `$defs` with each
 * `#/definitions/X` rewritten to `#/$defs/X`.
 *
 * Dropped: `description` (size) and `default`. The swagger `default`s are openapi-gen's Go zero
 * values (`""`, `0`, `{}`) for client decoding; KubeVirt's served CRD schema has none, and a
 * validator that applied them would fill in every required `name` and never report it missing.
 * Every other keyword (`type`, `format`, `enum`, `required`, `nullable`, `x-kubernetes-*`) is kept.
 *
 * Usage: npx tsx test/support/vendor-kubevirt.ts <swagger.json> <commit> [out.json]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";

type Schema = Record<string, unknown>;

export const ROOT_DEFINITION = "v1.VirtualMachine";
const DROPPED = new Set(["description", "default"]);
const REF_PREFIX = "#/definitions/";

function isRecord(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Calls `visit` on every `$ref` of a schema, walking only schema positions (not property names). */
function eachRef(node: Schema, visit: (ref: string) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") visit(value);
    else if (key === "properties" && isRecord(value)) {
      for (const child of Object.values(value)) if (isRecord(child)) eachRef(child, visit);
    } else if ((key === "items" || key === "additionalProperties" || key === "not") && isRecord(value)) {
      eachRef(value, visit);
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      for (const child of value) if (isRecord(child)) eachRef(child, visit);
    }
  }
}

/** Names of the definitions reachable from `root`; throws naming any `$ref` that resolves to nothing. */
export function refClosure(definitions: Record<string, Schema>, root: string): string[] {
  const seen = new Set<string>();
  const pending: { name: string; from: string }[] = [{ name: root, from: "(root)" }];
  while (pending.length > 0) {
    const { name, from } = pending.pop()!;
    if (seen.has(name)) continue;
    const def = definitions[name];
    if (!isRecord(def))
      throw new Error(`definition "${name}" (referenced by ${from}) is not in the document`);
    seen.add(name);
    eachRef(def, (ref) => {
      if (!ref.startsWith(REF_PREFIX)) throw new Error(`${name}: unsupported $ref "${ref}"`);
      pending.push({ name: ref.slice(REF_PREFIX.length), from: name });
    });
  }
  return [...seen].sort();
}

/** Copies a schema without `description`/`default`, with `$ref`s pointing into `$defs`. */
export function cleanSchema(node: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (key === "$ref" && typeof value === "string") {
      out.$ref = `#/$defs/${value.slice(REF_PREFIX.length)}`;
    } else if (key === "properties" && isRecord(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, cleanSchema(child as Schema)]),
      );
    } else if ((key === "items" || key === "additionalProperties" || key === "not") && isRecord(value)) {
      out[key] = cleanSchema(value);
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      out[key] = value.map((child) => cleanSchema(child as Schema));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The self-contained schema of `v1.VirtualMachine`: root definition inline, the rest under `$defs`. */
export function virtualMachineSchema(definitions: Record<string, Schema>): Schema {
  const names = refClosure(definitions, ROOT_DEFINITION);
  const referenced = new Set<string>();
  for (const name of names) eachRef(definitions[name], (ref) => referenced.add(ref.slice(REF_PREFIX.length)));
  const defs = names
    .filter((name) => name !== ROOT_DEFINITION || referenced.has(name))
    .map((name) => [name, cleanSchema(definitions[name])] as const);
  return { ...cleanSchema(definitions[ROOT_DEFINITION]), $defs: Object.fromEntries(defs) };
}

async function main(argv: string[]): Promise<number> {
  const [input, commit, out = join(__dirname, "crd", "kubevirt.io_virtualmachine.json")] = argv;
  if (!input || !commit || !/^[0-9a-f]{40}$/.test(commit)) {
    process.stderr.write(
      "usage: npx tsx test/support/vendor-kubevirt.ts <swagger.json> <40-hex commit> [out]\n",
    );
    return 2;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(input, "utf8"));
  } catch (e) {
    process.stderr.write(`${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (!isRecord(doc) || !isRecord(doc.definitions)) {
    process.stderr.write(`${input}: no top-level "definitions" object (not an OpenAPI v2 document)\n`);
    return 2;
  }
  let schema: Schema;
  try {
    schema = virtualMachineSchema(doc.definitions as Record<string, Schema>);
  } catch (e) {
    process.stderr.write(`${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const vendored = {
    source: {
      repo: "kubevirt/kubevirt",
      path: "api/openapi-spec/swagger.json",
      commit,
      apiVersion: "kubevirt.io/v1",
      kind: "VirtualMachine",
      extracted:
        "the $ref closure of definitions/v1.VirtualMachine (OpenAPI v2, the Go types' schema): the root definition " +
        "inline, the others under $defs with #/definitions/X rewritten to #/$defs/X; `description` and `default` " +
        "(openapi-gen's Go zero values, which the served CRD does not apply) removed; every other keyword as in the " +
        "document. Written by test/support/vendor-kubevirt.ts",
    },
    openAPIV3Schema: schema,
  };
  const text = await format(JSON.stringify(vendored), { parser: "json", printWidth: 110 });
  writeFileSync(out, text);
  process.stdout.write(`${out}: ${Object.keys(schema.$defs as Schema).length} definitions under $defs\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
