/**
 * The report's provenance: which tool and version made it, from which commit, when, and a hash of
 * exactly the inputs (the inventory, every file it includes, its address lock), so an auditor can
 * tell whether a report still matches the inventory in the repository.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { lockPathFor } from "../plan/lock";
import type { Provenance } from "./model";

function toolVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}

function gitCommit(dir: string): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "."], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

/** The inventory and the files it includes, recursively, in the order the loader meets them. */
function inputFiles(file: string): string[] {
  const out: string[] = [];
  const visit = (f: string) => {
    const abs = resolve(f);
    if (out.includes(abs) || !existsSync(abs)) return;
    out.push(abs);
    let doc: unknown;
    try {
      doc = parseYaml(readFileSync(abs, "utf8"));
    } catch {
      return;
    }
    const include = (doc as { include?: unknown } | null)?.include;
    for (const inc of Array.isArray(include) ? include : [])
      if (typeof inc === "string") visit(isAbsolute(inc) ? inc : join(dirname(abs), inc));
  };
  visit(file);
  const lock = resolve(lockPathFor(file));
  if (existsSync(lock)) out.push(lock);
  return out;
}

export function provenanceOf(file: string, now: Date = new Date()): Provenance {
  const files = inputFiles(file);
  const hash = createHash("sha256");
  const base = dirname(resolve(file));
  const shown = files.map((f) => relative(base, f).split("\\").join("/"));
  files.forEach((f, i) => hash.update(`${shown[i]}\0`).update(readFileSync(f)).update("\0"));
  return {
    tool: "spbe-infra",
    version: toolVersion(),
    commit: gitCommit(base),
    generated: now.toISOString(),
    inventoryHash: `sha256:${hash.digest("hex")}`,
    files: shown,
  };
}
