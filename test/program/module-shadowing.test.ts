/**
 * The Pulumi CLI runs `index.ts` through @pulumi/pulumi's own runner (ts-node on CommonJS). For
 * `require("./x")` Node's loader tries `x`, `x.js`, `x.json` and `x.node` before the `.ts`
 * extension ts-node registers, so a data file beside a module of the same basename is loaded
 * instead of the module (once `inventory/schema.json` hid `inventory/schema.ts`). vitest and tsx
 * try `.ts` first and never see it, so this test looks at the files themselves: no file in the
 * repository's source folders may share a basename with a `.ts` module beside it.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
/** Installed packages, VCS data and generated output: not the repository's source. */
const SKIP = new Set(["node_modules", ".git", ".pulumi", "out", "tmp", ".ci-cache"]);

/** A module's basename: `schema.ts` -> `schema`; declaration files are not modules. */
function moduleBase(name: string): string | undefined {
  return name.endsWith(".ts") && !name.endsWith(".d.ts") ? name.slice(0, -3) : undefined;
}

/** Every `<dir>/<file>` that shares its basename with a `.ts` module in the same folder. */
function shadowingFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const modules = new Set(entries.filter((e) => e.isFile()).flatMap((e) => moduleBase(e.name) ?? []));
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(join(dir, entry.name));
        continue;
      }
      if (moduleBase(entry.name) !== undefined) continue;
      const base = extname(entry.name) === "" ? entry.name : entry.name.slice(0, -extname(entry.name).length);
      if (modules.has(base)) found.push(relative(root, join(dir, entry.name)));
    }
  };
  walk(root);
  return found.sort();
}

describe("no file shadows a module under Node's require resolution", () => {
  it("finds none in the repository", () => {
    expect(shadowingFiles(ROOT)).toEqual([]);
  });

  it("finds a data file, a script and an extensionless file beside a module of the same name", () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-shadow-"));
    try {
      mkdirSync(join(dir, "lib"));
      for (const name of ["schema.ts", "schema.json", "rules.ts", "rules.js", "table.ts", "table", "ok.ts"]) {
        writeFileSync(join(dir, "lib", name), "");
      }
      writeFileSync(join(dir, "lib", "ok.d.ts"), "");
      writeFileSync(join(dir, "lib", "inventory.schema.json"), "{}");
      expect(shadowingFiles(dir)).toEqual(["lib/rules.js", "lib/schema.json", "lib/table"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
