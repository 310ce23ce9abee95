/**
 * The engine path: policies/index.ts started as the Pulumi CLI starts a policy pack (a process
 * that prints its gRPC port), then spoken to over gRPC as the engine does: GetAnalyzerInfo,
 * Configure (per-policy config from `--policy-pack-config`) and AnalyzeStack.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { analyzeStackRequest } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { RULES } from "../../policies/rules";
import { compliantStack, mutate } from "./fixture";

const grpcPb = require("@pulumi/pulumi/proto/analyzer_grpc_pb") as {
  AnalyzerClient: new (address: string, credentials: unknown) => Record<string, (...a: unknown[]) => unknown>;
};
const grpc = require(
  require.resolve("@grpc/grpc-js", { paths: [require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb")] }),
) as {
  credentials: { createInsecure(): unknown };
};
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", {
    paths: [require.resolve("@pulumi/pulumi")],
  }),
) as { Struct: { fromJavaScript(v: Record<string, unknown>): never } };

const { Empty } = require(
  require.resolve("google-protobuf/google/protobuf/empty_pb", { paths: [require.resolve("@pulumi/pulumi")] }),
) as { Empty: new () => unknown };

let pack: ChildProcess;
let client: Record<string, (...a: unknown[]) => unknown>;

function unary<T>(method: string, request: unknown): Promise<T> {
  return new Promise((resolve, reject) =>
    client[method]!.call(client, request, (err: unknown, resp: T) => (err ? reject(err) : resolve(resp))),
  );
}

beforeAll(async () => {
  pack = spawn(process.execPath, ["--import", "tsx", "index.ts"], {
    cwd: "policies",
    env: { ...process.env, SPBE_REGULATION: "tabanan" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  pack.stderr!.on("data", (d) => (err += String(d)));
  const port = await new Promise<string>((resolve, reject) => {
    pack.stdout!.on("data", (d) => resolve(String(d).trim()));
    pack.on("exit", (code) => reject(new Error(`policy pack exited ${code}: ${err}`)));
  });
  client = new grpcPb.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
});

afterAll(() => {
  (client as unknown as { close?: () => void })?.close?.();
  if (pack?.pid) process.kill(pack.pid);
});

describe("the pack served to the engine", () => {
  it("announces every rule with the enforcement of the configured regulation", async () => {
    const info = await unary<analyzerPb.AnalyzerInfo>("getAnalyzerInfo", new Empty());
    expect(info.getName()).toBe("spbe");
    expect(info.getVersion()).toBe("0.1.0");
    const byName = new Map(info.getPoliciesList().map((p) => [p.getName(), p.getEnforcementlevel()]));
    for (const r of RULES) expect(byName.has(r.name)).toBe(true);
    expect(byName.get("spbe-net-10-portal-domain")).toBe(analyzerPb.EnforcementLevel.MANDATORY);
    expect(byName.get("spbe-drc-02-separate-failure-domain")).toBe(analyzerPb.EnforcementLevel.ADVISORY);
  });

  it("reports a stack violation with its Tabanan article, and follows a per-policy regulation from Configure", async () => {
    const stack = mutate(
      compliantStack(),
      "simpeg-route",
      (i) => void i.spec.hostnames.push("simpeg.example.com"),
    );
    const run = async () =>
      (await unary<analyzerPb.AnalyzeResponse>("analyzeStack", analyzeStackRequest(stack)))
        .getDiagnosticsList()
        .filter((d) => d.getPolicyname() === "spbe-net-10-portal-domain");
    const [d] = await run();
    expect(d!.getEnforcementlevel()).toBe(analyzerPb.EnforcementLevel.MANDATORY);
    expect(decodeMessage(d!.getMessage()).id).toContain(
      "Pasal 12 ayat (2) Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
    );

    const req = new analyzerPb.ConfigureAnalyzerRequest();
    const cfg = new analyzerPb.PolicyConfig();
    cfg.setEnforcementlevel(analyzerPb.EnforcementLevel.MANDATORY);
    cfg.setProperties(Struct.fromJavaScript({ regulation: "ppu", today: "2026-11-23" }));
    req.getPolicyconfigMap().set("spbe-net-10-portal-domain", cfg);
    await unary("configure", req);
    const [after] = await run();
    expect(after!.getEnforcementlevel()).toBe(analyzerPb.EnforcementLevel.ADVISORY);
    expect(decodeMessage(after!.getMessage()).id).toContain(
      "tidak diatur dalam Perbup Penajam Paser Utara 29/2023",
    );
  });
});
