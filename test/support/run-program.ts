/**
 * Runs a Pulumi program the way the Pulumi CLI runs it: the Node.js language host
 * (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs) starts `node <@pulumi/pulumi>/cmd/run`
 * with `--monitor --engine --organization --project --stack --pwd [--dry-run] --query-mode
 * --parallel <entry point>`, the stack's config as JSON in PULUMI_CONFIG (keys rewritten to
 * `<namespace>:config:<name>`), PULUMI_CONFIG_SECRET_KEYS and PULUMI_NODEJS_TYPESCRIPT=true (the
 * runner then loads the program through its vendored ts-node, type checking on). The monitor and
 * engine are test/support/monitor-server.ts, on loopback.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import type { CapturedResource } from "../../offline/mock-capture";
import { loadRegion } from "../../components/program";
import { sitePlatforms, stackReferenceResolver } from "../../platform/resolve";
import { startMonitorServer, type EngineLogEntry } from "./monitor-server";

export interface RunnerRequest {
  /** The project directory (Pulumi.yaml, package.json, node_modules). */
  cwd: string;
  /** The entry point, relative to `cwd` (Pulumi.yaml's `main`). */
  program: string;
  project: string;
  stack: string;
  /** Stack configuration, keys fully qualified (`spbe-infra:inventory`), values as the CLI passes them. */
  config: Record<string, string>;
  /** `pulumi preview` rather than `pulumi up`. */
  dryRun?: boolean;
  timeoutMs?: number;
  /** What the program's StackReferences read (the platform stacks of a region), by stack name. */
  stackReferences?: (name: string) => Record<string, unknown> | undefined;
}

export interface RunnerResult {
  exitCode: number | null;
  registrations: CapturedResource[];
  outputs: Map<string, Record<string, unknown>>;
  logs: EngineLogEntry[];
  refused: string[];
  stdout: string;
  stderr: string;
}

/** A stack file's `config:` as the CLI hands it to the language host: every value a string. */
export function stackConfig(stackFile: string): Record<string, string> {
  const doc = (parse(readFileSync(stackFile, "utf8")) ?? {}) as { config?: Record<string, unknown> };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(doc.config ?? {})) {
    out[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

/** The language host's `constructConfig`: `<namespace>:<name>` → `<namespace>:config:<name>`. */
function hostConfig(config: Record<string, string>): string {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    const at = key.indexOf(":");
    if (at < 0) throw new Error(`config key '${key}' is not <namespace>:<name>`);
    out[`${key.slice(0, at)}:config:${key.slice(at + 1)}`] = value;
  }
  return JSON.stringify(out);
}

export async function runProgramUnderRunner(req: RunnerRequest): Promise<RunnerResult> {
  const server = await startMonitorServer({
    project: req.project,
    stack: req.stack,
    stackReferences: req.stackReferences,
  });
  try {
    const runPath = dirname(require.resolve("@pulumi/pulumi/cmd/run", { paths: [req.cwd] }));
    const args = [
      runPath,
      ...["--monitor", server.address, "--engine", server.address],
      ...["--organization", "organization", "--project", req.project, "--stack", req.stack],
      ...["--pwd", req.cwd],
      ...(req.dryRun ? ["--dry-run"] : []),
      ...["--query-mode", "false", "--parallel", "48"],
      req.program,
    ];
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of Object.keys(env)) {
      if (key.startsWith("PULUMI_") || key.startsWith("VITEST") || key === "NODE_OPTIONS") delete env[key];
    }
    Object.assign(env, {
      PULUMI_CONFIG: hostConfig(req.config),
      PULUMI_CONFIG_SECRET_KEYS: "[]",
      PULUMI_NODEJS_TYPESCRIPT: "true",
    });
    const child = spawn(process.execPath, args, { cwd: req.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timeout = req.timeoutMs ?? 240_000;
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`runner for stack ${req.stack} did not exit within ${timeout} ms\n${stderr}`));
      }, timeout);
      child.on("error", reject);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    return {
      exitCode,
      registrations: server.registrations,
      outputs: server.outputs,
      logs: server.logs,
      refused: server.refused,
      stdout,
      stderr,
    };
  } finally {
    await server.close();
  }
}

/** An example stack of this repository: stacks/Pulumi.<key>.yaml against the project root. */
export function exampleStack(root: string, key: string): RunnerRequest {
  const config = stackConfig(join(root, "stacks", `Pulumi.${key}.yaml`));
  const inventory = config["spbe-infra:inventory"] as string;
  // Its Kubernetes sites read their platform stacks: the platform program's outputs for them.
  const platforms = sitePlatforms(inventory, loadRegion(join(root, inventory)).inventory, key);
  return {
    cwd: root,
    program: "index.ts",
    project: "spbe-infra",
    stack: key,
    config,
    stackReferences: stackReferenceResolver(platforms),
  };
}
