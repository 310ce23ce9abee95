/**
 * The base revision of a region, read from git without touching the work tree: the inventory,
 * its address lock and every file it `include:`s (recursively), each through `git show
 * <ref>:<path>`, written under a temporary directory at the same paths relative to the
 * repository root, so relative includes resolve as they did in the base.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, posix, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { lockPathFor } from "../plan/lock";

export class GitBaseError extends Error {
  override name = "GitBaseError";
}

export interface BaseCheckout {
  /** The base inventory, under `dir`; null when the inventory did not exist in the base. */
  inventory: string | null;
  dir: string;
  /** The resolved commit of the ref. */
  commit: string;
  remove(): void;
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
}

function tryShow(root: string, ref: string, path: string): string | null {
  try {
    return git(["show", `${ref}:${path}`], root);
  } catch {
    return null;
  }
}

/** Reads `inventoryPath` (and its lock and includes) as they were at `ref`. */
export function checkoutBase(inventoryPath: string, ref: string): BaseCheckout {
  const abs = resolve(inventoryPath);
  let root: string;
  let commit: string;
  try {
    root = git(["rev-parse", "--show-toplevel"], dirname(abs)).trim();
  } catch {
    throw new GitBaseError(`${inventoryPath}: not inside a git repository (--base needs one)`);
  }
  try {
    commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root).trim();
  } catch {
    throw new GitBaseError(`--base ${ref}: no such commit, branch or tag in ${root}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "spbe-base-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const rel = (p: string) => relative(root, p).split("\\").join("/");
  const write = (repoPath: string, text: string) => {
    const out = join(dir, ...repoPath.split("/"));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  };
  const seen = new Set<string>();
  const copy = (repoPath: string): boolean => {
    if (seen.has(repoPath)) return true;
    seen.add(repoPath);
    const text = tryShow(root, commit, repoPath);
    if (text === null) return false;
    write(repoPath, text);
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch {
      return true; // the loader reports the base's own syntax errors
    }
    const include = (doc as { include?: unknown } | null)?.include;
    for (const inc of Array.isArray(include) ? include : []) {
      if (typeof inc !== "string" || isAbsolute(inc)) continue;
      copy(posix.normalize(posix.join(posix.dirname(repoPath), inc)));
    }
    return true;
  };
  const invRel = rel(abs);
  if (!copy(invRel)) return { inventory: null, dir, commit, remove };
  const lockRel = rel(lockPathFor(abs));
  const lock = tryShow(root, commit, lockRel);
  if (lock !== null) write(lockRel, lock);
  return { inventory: join(dir, ...invRel.split("/")), dir, commit, remove };
}
