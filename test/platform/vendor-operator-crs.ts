/**
 * Vendors the schemas of the operator custom resources the platform creates and no CRD file in
 * test/support/crd covers: KubeVirt's `kubevirt.io/v1 KubeVirt` and CDI's `cdi.kubevirt.io/v1beta1
 * CDI`, extracted from each project's OpenAPI v2 document (api/openapi-spec/swagger.json) as
 * test/support/vendor-kubevirt.ts does for the VirtualMachine (same closure, same cleaning).
 *
 *   npx tsx test/platform/vendor-operator-crs.ts <swagger.json> <commit> <repo> <definition> <apiVersion> <kind> <out>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { cleanSchema, refClosure } from "../support/vendor-kubevirt";

type Schema = Record<string, unknown>;

export function rootedSchema(definitions: Record<string, Schema>, root: string): Schema {
  const names = refClosure(definitions, root);
  const defs = names.map((name) => [name, cleanSchema(definitions[name] as Schema)] as const);
  return { ...cleanSchema(definitions[root] as Schema), $defs: Object.fromEntries(defs) };
}

async function main(argv: string[]): Promise<number> {
  const [input, commit, repo, root, apiVersion, kind, out] = argv;
  if (!input || !commit || !/^[0-9a-f]{40}$/.test(commit) || !repo || !root || !apiVersion || !kind || !out) {
    process.stderr.write(
      "usage: vendor-operator-crs.ts <swagger.json> <commit> <repo> <definition> <apiVersion> <kind> <out>\n",
    );
    return 2;
  }
  const doc = JSON.parse(readFileSync(input, "utf8")) as { definitions?: Record<string, Schema> };
  if (!doc.definitions) throw new Error(`${input}: no top-level "definitions" (not an OpenAPI v2 document)`);
  const vendored = {
    source: {
      repo,
      path: "api/openapi-spec/swagger.json",
      commit,
      apiVersion,
      kind,
      extracted:
        `the $ref closure of definitions/${root} (OpenAPI v2, the Go types' schema): the root definition inline, ` +
        "the others under $defs with #/definitions/X rewritten to #/$defs/X; `description` and `default` removed; " +
        "every other keyword as in the document. Written by test/platform/vendor-operator-crs.ts",
    },
    openAPIV3Schema: rootedSchema(doc.definitions, root),
  };
  writeFileSync(out, await format(JSON.stringify(vendored), { parser: "json", printWidth: 110 }));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    },
  );
}
