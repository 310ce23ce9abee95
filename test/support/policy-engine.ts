/**
 * The policy pack as the Pulumi CLI runs it (pkg/resource/plugin/analyzer_plugin.go,
 * `NewPolicyAnalyzer`): `pulumi-analyzer-policy <engine> .` in the pack's folder, which runs
 * `node <@pulumi/pulumi>/cmd/run-policy-pack <engine> .` (ts-node, type checking on), with the
 * stack's config in PULUMI_CONFIG and PULUMI_NODEJS_* / PULUMI_* naming organization, project,
 * stack and dry run; the pack prints its gRPC port. Then the engine's calls: ConfigureStack,
 * GetAnalyzerInfo, Configure with the `--policy-pack-config` file reconciled as the engine does
 * (sdk/go/common/resource/analyzer/config.go: defaults from the policies, then `all`, then each
 * policy's entry), Analyze per resource and AnalyzeStack.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import * as analyzerrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { AnalyzerRequests, type AnalyzableResource } from "../../offline/analyze-request";

export interface PackDiagnostic {
  policyName: string;
  urn: string;
  enforcementLevel: "advisory" | "mandatory" | "disabled" | "remediate";
  message: string;
}

export interface ServedPack {
  client: analyzerrpc.AnalyzerClient;
  stderr(): string;
  close(): void;
}

const LEVEL_NAMES: Record<number, PackDiagnostic["enforcementLevel"]> = {
  [analyzerPb.EnforcementLevel.ADVISORY]: "advisory",
  [analyzerPb.EnforcementLevel.MANDATORY]: "mandatory",
  [analyzerPb.EnforcementLevel.DISABLED]: "disabled",
  [analyzerPb.EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVELS: Record<string, analyzerPb.EnforcementLevel> = {
  advisory: analyzerPb.EnforcementLevel.ADVISORY,
  mandatory: analyzerPb.EnforcementLevel.MANDATORY,
  disabled: analyzerPb.EnforcementLevel.DISABLED,
  remediate: analyzerPb.EnforcementLevel.REMEDIATE,
};

export interface PackStart {
  packDir: string;
  engineAddress: string;
  organization: string;
  project: string;
  stack: string;
  /** The stack's config, `<namespace>:<name>` keys. */
  config: Record<string, string>;
  dryRun?: boolean;
  timeoutMs?: number;
}

export async function startPackAsCli(opts: PackStart): Promise<ServedPack> {
  const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [opts.packDir] });
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(PULUMI_|SPBE_|VITEST)/.test(key) || key === "NODE_OPTIONS") delete env[key];
  }
  const dryRun = String(opts.dryRun ?? true);
  Object.assign(env, {
    PULUMI_CONFIG: JSON.stringify(opts.config),
    PULUMI_NODEJS_ORGANIZATION: opts.organization,
    PULUMI_NODEJS_PROJECT: opts.project,
    PULUMI_NODEJS_STACK: opts.stack,
    PULUMI_NODEJS_DRY_RUN: dryRun,
    PULUMI_ORGANIZATION: opts.organization,
    PULUMI_PROJECT: opts.project,
    PULUMI_STACK: opts.stack,
    PULUMI_DRY_RUN: dryRun,
  });
  const child = spawn(process.execPath, [runPolicyPack, opts.engineAddress, "."], {
    cwd: opts.packDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the pack printed no port in time\n${stderr}`)),
      opts.timeoutMs ?? 180_000,
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const line = /^(\d+)\s*$/m.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve(line[1]!);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`the pack exited ${code}\n${stderr}`), { exitCode: code, stderr }));
    });
  });
  const client = new analyzerrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": 400 * 1024 * 1024,
    "grpc.max_send_message_length": 400 * 1024 * 1024,
  });
  return {
    client,
    stderr: () => stderr,
    close: () => {
      client.close();
      child.kill();
    },
  };
}

function unary<Req, Resp>(
  fn: (req: Req, cb: (err: grpc.ServiceError | null, resp: Resp) => void) => unknown,
  req: Req,
): Promise<Resp> {
  return new Promise((resolve, reject) => fn(req, (err, resp) => (err ? reject(err) : resolve(resp))));
}

/** The engine's parse of a `--policy-pack-config` file: level string, or object with `enforcementLevel`. */
function engineFileConfig(file: string): Map<string, { level?: string; props: Record<string, unknown> }> {
  const out = new Map<string, { level?: string; props: Record<string, unknown> }>();
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string") out.set(k, { level: v, props: {} });
    else {
      const { enforcementLevel, ...props } = v as Record<string, unknown>;
      out.set(k, { ...(typeof enforcementLevel === "string" ? { level: enforcementLevel } : {}), props });
    }
  }
  return out;
}

/** ConfigureStack, GetAnalyzerInfo and Configure, as the engine sends them before analyzing. */
export async function configureAsEngine(
  pack: ServedPack,
  start: PackStart,
  configFile?: string,
): Promise<void> {
  const c = pack.client;
  const stackReq = new analyzerPb.AnalyzerStackConfigureRequest()
    .setStack(start.stack)
    .setProject(start.project)
    .setOrganization(start.organization)
    .setDryRun(start.dryRun ?? true);
  for (const [k, v] of Object.entries(start.config)) stackReq.getConfigMap().set(k, v);
  await unary(c.configureStack.bind(c), stackReq);
  const info = await unary<emptyproto.Empty, analyzerPb.AnalyzerInfo>(
    c.getAnalyzerInfo.bind(c),
    new emptyproto.Empty(),
  );
  // Defaults from the policies, then `all`, then each entry (ReconcilePolicyPackConfig / applyConfig).
  const result = new Map<string, { level: analyzerPb.EnforcementLevel; props: Record<string, unknown> }>();
  for (const p of info.getPoliciesList())
    result.set(p.getName(), { level: p.getEnforcementlevel(), props: {} });
  const given = configFile ? engineFileConfig(configFile) : new Map();
  const all = given.get("all");
  if (all?.level) for (const v of result.values()) v.level = LEVELS[all.level]!;
  for (const [name, g] of given) {
    const cur = result.get(name) ?? { level: analyzerPb.EnforcementLevel.ADVISORY, props: {} };
    result.set(name, { level: g.level ? LEVELS[g.level]! : cur.level, props: { ...cur.props, ...g.props } });
  }
  const req = new analyzerPb.ConfigureAnalyzerRequest();
  for (const [name, v] of result) {
    const pc = new analyzerPb.PolicyConfig().setEnforcementlevel(v.level);
    pc.setProperties(structproto.Struct.fromJavaScript(v.props as Record<string, never>));
    req.getPolicyconfigMap().set(name, pc);
  }
  await unary(c.configure.bind(c), req);
}

function read(resp: analyzerPb.AnalyzeResponse, fallbackUrn: string): PackDiagnostic[] {
  return resp.getDiagnosticsList().map((d) => ({
    policyName: d.getPolicyname(),
    urn: d.getUrn() || fallbackUrn,
    enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()] ?? "mandatory",
    message: d.getMessage(),
  }));
}

/** Analyze for every resource (as the engine does per step), then AnalyzeStack. */
export async function analyzeAsEngine(
  pack: ServedPack,
  resources: AnalyzableResource[],
): Promise<PackDiagnostic[]> {
  const c = pack.client;
  const requests = new AnalyzerRequests(resources);
  const out: PackDiagnostic[] = [];
  for (const r of resources)
    out.push(...read(await unary(c.analyze.bind(c), requests.analyzeRequest(r)), r.urn));
  out.push(...read(await unary(c.analyzeStack.bind(c), requests.analyzeStackRequest()), ""));
  return out;
}
