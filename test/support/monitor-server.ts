/**
 * A resource monitor and engine served over gRPC on loopback, from the SDK's own generated protos
 * (`@pulumi/pulumi/proto`): what the Pulumi CLI's engine serves to a program the Node.js language
 * host starts. It records every registration as the engine receives it (offline/mock-capture.ts's
 * `CapturedResource`, so a run under the real runner compares with the offline mock run), answers
 * like a provider that echoes its inputs (offline/mock-runtime.ts's `providerState`), and keeps the
 * engine log. Provider functions (invoke, call, read) are answered with an error and recorded: a
 * value invented here would be one the engine never gives.
 */
import * as grpc from "@grpc/grpc-js";
import * as pulumi from "@pulumi/pulumi";
import * as enginerpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engineproto from "@pulumi/pulumi/proto/engine_pb";
import * as resrpc from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as resproto from "@pulumi/pulumi/proto/resource_pb";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { metaFromRequest, unwrapSecrets, type CapturedResource } from "../../offline/mock-capture";
import { engineUrn, providerState } from "../../offline/mock-runtime";

export interface EngineLogEntry {
  severity: "debug" | "info" | "warning" | "error";
  message: string;
  urn: string;
}

export interface MonitorServer {
  /** `127.0.0.1:<port>`, for the runner's `--monitor` and `--engine`. */
  address: string;
  registrations: CapturedResource[];
  /** Outputs a component or the stack registered (`registerOutputs`), by URN. */
  outputs: Map<string, Record<string, unknown>>;
  logs: EngineLogEntry[];
  /** Requests this server refused (provider functions, reads), as `<rpc> <token>`. */
  refused: string[];
  close(): Promise<void>;
}

const SEVERITY: Record<number, EngineLogEntry["severity"]> = {
  [engineproto.LogSeverity.DEBUG]: "debug",
  [engineproto.LogSeverity.INFO]: "info",
  [engineproto.LogSeverity.WARNING]: "warning",
  [engineproto.LogSeverity.ERROR]: "error",
};

/** Every feature of the protocol, as the engine of the current CLI advertises them. */
const FEATURES = Object.values(resproto.ResourceMonitorFeature).filter(
  (v): v is number => typeof v === "number",
);

function jsonOf(struct: structproto.Struct | undefined): Record<string, unknown> {
  return struct ? (struct.toJavaScript() as Record<string, unknown>) : {};
}

/** Plain JSON for `Struct.fromJavaScript`, which refuses `undefined`. */
function toStruct(value: Record<string, unknown>): structproto.Struct {
  return structproto.Struct.fromJavaScript(JSON.parse(JSON.stringify(value)) as Record<string, never>);
}

function refuse<T>(cb: grpc.sendUnaryData<T>, message: string): void {
  cb({ code: grpc.status.UNIMPLEMENTED, details: message, message } as grpc.ServiceError, null);
}

export interface MonitorServerOptions {
  project: string;
  stack: string;
  /**
   * Outputs of the stacks the program reads through `pulumi.StackReference`, by name, as the
   * engine answers a ReadResource of `pulumi:pulumi:StackReference`; any other read is refused.
   */
  stackReferences?: (name: string) => Record<string, unknown> | undefined;
}

export async function startMonitorServer(opts: MonitorServerOptions): Promise<MonitorServer> {
  const registrations: CapturedResource[] = [];
  const outputs = new Map<string, Record<string, unknown>>();
  const logs: EngineLogEntry[] = [];
  const refused: string[] = [];
  let root = "";

  const monitor: resrpc.IResourceMonitorServer = {
    getDeploymentInfo(_call, cb) {
      cb(null, new resproto.DeploymentInfo().setSupportedfeaturesList(FEATURES));
    },
    supportsFeature(_call, cb) {
      cb(null, new resproto.SupportsFeatureResponse().setHassupport(true));
    },
    async registerResource(call, cb) {
      try {
        const req = call.request;
        const meta = metaFromRequest(req);
        const urn = engineUrn(opts.stack, opts.project, meta.parent, meta.type, meta.name);
        const deserialized = pulumi.runtime.deserializeProperties(
          req.getObject() ?? new structproto.Struct(),
        ) as Record<string, unknown>;
        const { inputs, secretPaths } = unwrapSecrets(deserialized);
        const record: CapturedResource = { urn, ...meta, inputs, secretPaths };
        const state = { ...providerState(meta.type, deserialized) };
        for (const key of req.getAdditionalsecretoutputsList()) {
          if (key in state)
            state[key] = {
              [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
              value: state[key],
            };
        }
        const resp = new resproto.RegisterResourceResponse().setUrn(urn);
        if (meta.custom) {
          record.id = `${meta.name}-id`;
          resp.setId(record.id);
        }
        resp.setObject(toStruct(await pulumi.runtime.serializeProperties("", state)));
        registrations.push(record);
        cb(null, resp);
      } catch (e) {
        cb({ code: grpc.status.INTERNAL, details: String(e) } as grpc.ServiceError, null);
      }
    },
    registerResourceOutputs(call, cb) {
      outputs.set(call.request.getUrn(), jsonOf(call.request.getOutputs()));
      cb(null, new emptyproto.Empty());
    },
    invoke(call, cb) {
      refused.push(`Invoke ${call.request.getTok()}`);
      refuse(cb, `test monitor: provider function '${call.request.getTok()}' is not answered`);
    },
    call(call, cb) {
      refused.push(`Call ${call.request.getTok()}`);
      refuse(cb, `test monitor: method '${call.request.getTok()}' is not answered`);
    },
    async readResource(call, cb) {
      const req = call.request;
      const stackOutputs =
        req.getType() === "pulumi:pulumi:StackReference" ? opts.stackReferences?.(req.getId()) : undefined;
      if (!stackOutputs) {
        refused.push(`ReadResource ${req.getType()} ${req.getId()}`);
        refuse(cb, `test monitor: reading '${req.getType()}' '${req.getId()}' is not answered`);
        return;
      }
      const urn = engineUrn(opts.stack, opts.project, req.getParent(), req.getType(), req.getName());
      const state = { name: req.getId(), outputs: stackOutputs, secretOutputNames: [] };
      const resp = new resproto.ReadResourceResponse().setUrn(urn);
      resp.setProperties(toStruct(await pulumi.runtime.serializeProperties("", state)));
      cb(null, resp);
    },
    existsResource(call, cb) {
      refused.push(`ExistsResource ${call.request.getType()}`);
      refuse(cb, "test monitor: ExistsResource is not answered");
    },
    registerStackTransform(_call, cb) {
      refused.push("RegisterStackTransform");
      refuse(cb, "test monitor: transforms are not run");
    },
    registerStackInvokeTransform(_call, cb) {
      refused.push("RegisterStackInvokeTransform");
      refuse(cb, "test monitor: transforms are not run");
    },
    registerResourceHook(_call, cb) {
      refused.push("RegisterResourceHook");
      refuse(cb, "test monitor: resource hooks are not run");
    },
    registerErrorHook(_call, cb) {
      refused.push("RegisterErrorHook");
      refuse(cb, "test monitor: error hooks are not run");
    },
    registerPackage(call, cb) {
      const req = call.request;
      cb(null, new resproto.RegisterPackageResponse().setRef(`${req.getName()}@${req.getVersion()}`));
    },
    signalAndWaitForShutdown(_call, cb) {
      cb(null, new emptyproto.Empty());
    },
  };

  const engine: enginerpc.IEngineServer = {
    log(call, cb) {
      const req = call.request;
      logs.push({
        severity: SEVERITY[req.getSeverity()] ?? "info",
        message: req.getMessage(),
        urn: req.getUrn(),
      });
      cb(null, new emptyproto.Empty());
    },
    getRootResource(_call, cb) {
      cb(null, new engineproto.GetRootResourceResponse().setUrn(root));
    },
    setRootResource(call, cb) {
      root = call.request.getUrn();
      cb(null, new engineproto.SetRootResourceResponse());
    },
    startDebugging(_call, cb) {
      refuse(cb, "test engine: no debugger");
    },
    requirePulumiVersion(_call, cb) {
      cb(null, new engineproto.RequirePulumiVersionResponse());
    },
  };

  const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
  server.addService(resrpc.ResourceMonitorService, monitor);
  server.addService(enginerpc.EngineService, engine);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    registrations,
    outputs,
    logs,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
}
