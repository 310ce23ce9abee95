/**
 * Where a rule's help lives: docs/obligations.md of this repository, one anchor per obligation.
 * The base is, in order: `--docs-url`, `SPBE_DOCS_URL`, the CI's own repository and commit
 * (GITHUB_SERVER_URL/GITHUB_REPOSITORY/GITHUB_SHA, so a fork links its own docs), and the
 * `repository` of package.json on its default branch. None of these: no link, the help text stays.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DOC = "docs/obligations.md";

function repositoryOfPackage(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as {
      repository?: string | { url?: string };
    };
    const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
    return url?.replace(/^git\+/, "").replace(/\.git$/, "");
  } catch {
    return undefined;
  }
}

/** The obligations page URL, or undefined when no repository is known. */
export function docsUrl(explicit?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit) return explicit;
  if (env.SPBE_DOCS_URL) return env.SPBE_DOCS_URL;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (server && repo && sha) return `${server}/${repo}/blob/${sha}/${DOC}`;
  const pkg = repositoryOfPackage();
  return pkg && /^https:\/\//.test(pkg) ? `${pkg}/blob/HEAD/${DOC}` : undefined;
}

/** `DC-01` → `<docs>#dc-01` (the heading anchors of docs/obligations.md). */
export function obligationUrl(base: string | undefined, obligationId: string): string | undefined {
  return base ? `${base}#${obligationId.toLowerCase()}` : undefined;
}
