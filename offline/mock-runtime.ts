/**
 * Runs a Pulumi program in this process under the SDK's mock runtime and records every resource
 * registration as the engine would receive it. Recording mocks: the state of a resource is its
 * inputs, and any provider function call (`invoke`) is an error, because an answer we invented
 * would be a result the engine never gives.
 *
 * The SDK's runtime is process-global. Runs are therefore serialized: a second run waits for the
 * first to finish, then `setMocks` resets the runtime (monitor, stack resource, feature flags,
 * config) before it starts. Sequential runs in one process are supported; parallel ones are not.
 */
import { randomBytes } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import {
  metaFromRequest,
  unwrapSecrets,
  type CapturedResource,
  type RegisterRequestLike,
  type RegistrationMeta,
} from "./mock-capture";

export interface MockRunOptions {
  project: string;
  stack: string;
  /** Stack configuration, keys fully qualified (`spbe-infra:inventory`). */
  config: Record<string, string>;
  /**
   * Outputs of the stacks the program reads through `pulumi.StackReference`, by stack name
   * (`organization/project/stack`). Read as the engine reads them; a stack not listed is an error.
   */
  stackReferences?: (name: string) => Record<string, unknown> | undefined;
  /** The organization `pulumi.getOrganization()` answers; default `organization` (the self-managed backend's). */
  organization?: string;
}

export interface MockRunResult {
  resources: CapturedResource[];
  outputs: Record<string, unknown>;
}

type Callback = (err: unknown, resp?: unknown) => void;
interface MonitorLike {
  registerResource(req: RegisterRequestLike, cb: Callback): unknown;
  /** The mock monitor's own record of every registration (urn → serialized state). */
  resources?: Map<string, unknown>;
  newUrn(parent: string, type: string, name: string): string;
}

/**
 * A URN as the engine makes it: the type is qualified by the parent's qualified type, except
 * under the stack itself. (The SDK's mock monitor qualifies by the parent's last type only, and
 * by the stack's, so its URNs differ from those `pulumi up` and the policy pack would see.)
 */
export function engineUrn(
  stack: string,
  project: string,
  parent: string,
  type: string,
  name: string,
): string {
  const parentType = parent ? parent.split("::")[2] : "";
  const qualified = parentType && parentType !== "pulumi:pulumi:Stack" ? `${parentType}$${type}` : type;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The state a provider would return. For everything but generated values it is the inputs. A
 * `random` password is generated here as the provider would (random bytes, never a fixed string),
 * so that secrets built from it are real values and tests can check they never leak into outputs.
 */
export function providerState(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
  if (type === "random:index/randomPassword:RandomPassword") {
    const length = typeof inputs.length === "number" ? inputs.length : 32;
    const result = randomBytes(length).toString("base64url").slice(0, length);
    return { ...inputs, result };
  }
  return inputs;
}

/**
 * The SDK's wait for outstanding resource operations. It is what `pulumi up` awaits before the
 * program exits; the SDK exports it at run time but marks it internal in its typings.
 */
function waitForRPCs(): Promise<void> {
  const fn = (pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> }).waitForRPCs;
  if (typeof fn !== "function") {
    throw new Error(
      "mock run: this @pulumi/pulumi no longer exports runtime.waitForRPCs; update offline/mock-runtime.ts",
    );
  }
  return fn();
}

/** Runs `program` (a Pulumi program body returning its stack outputs) under recording mocks. */
export function runUnderMocks(
  program: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  opts: MockRunOptions,
): Promise<MockRunResult> {
  const run = queue.then(
    () => withoutStackTraces(() => runOnce(program, opts)),
    () => withoutStackTraces(() => runOnce(program, opts)),
  );
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Runs `fn` with stack traces switched off, then restores them. The SDK formats a stack trace for
 * every promise it makes (`debuggablePromise`, kept only to name leaks at exit) and tsx maps each
 * through source maps: at 3,000 resources that was about two thirds of the run. Results do not
 * change: the SDK raises the limit itself where it records a resource's source position, and the
 * errors a run reports carry their position in their message. Set SPBE_MOCK_STACKS=1 to keep
 * stack traces when debugging the program.
 */
async function withoutStackTraces<T>(fn: () => Promise<T>): Promise<T> {
  if (process.env.SPBE_MOCK_STACKS === "1") return fn();
  const limit = Error.stackTraceLimit;
  const maps = process.sourceMapsEnabled;
  Error.stackTraceLimit = 0;
  process.setSourceMapsEnabled(false);
  try {
    return await fn();
  } finally {
    Error.stackTraceLimit = limit;
    process.setSourceMapsEnabled(maps);
  }
}

async function runOnce(
  program: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  opts: MockRunOptions,
): Promise<MockRunResult> {
  const captured: CapturedResource[] = [];
  const failures: string[] = [];
  const pending = new Set<Promise<void>>();
  // The mock monitor calls `newResource` synchronously at the start of its `registerResource`, so
  // the request being registered is the one the wrapper below has just set here.
  let current: RegistrationMeta | undefined;
  let secretOutputs: string[] = [];
  let pendingInputs: Record<string, unknown> | undefined;
  const inputsByMeta = new WeakMap<RegistrationMeta, Record<string, unknown>>();
  const inputsOf = (meta: RegistrationMeta) => inputsByMeta.get(meta) ?? {};

  const mocks: pulumi.runtime.Mocks = {
    newResource(args) {
      if (args.type === "pulumi:pulumi:StackReference" && args.id !== undefined) {
        const outputs = opts.stackReferences?.(args.id);
        if (!outputs) {
          const message = `StackReference '${args.id}': no such stack (the platform stack it names was not run)`;
          failures.push(message);
          throw new Error(`mock run: ${message}`);
        }
        return { id: args.id, state: { name: args.id, outputs, secretOutputNames: [] } };
      }
      if (!current || current.type !== args.type || current.name !== args.name) {
        throw new Error(`mock run: registration of ${args.type} '${args.name}' arrived out of order`);
      }
      pendingInputs = args.inputs as Record<string, unknown>;
      const state = { ...providerState(args.type, args.inputs) };
      // The engine marks the outputs a resource declares secret (`additionalSecretOutputs`, e.g.
      // a random password's `result`); the mock monitor does not, so it is done here.
      for (const key of secretOutputs) {
        if (key in state)
          state[key] = { [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value: state[key] };
      }
      return { id: args.custom ? `${args.name}-id` : undefined, state };
    },
    call(args) {
      const message = `the program called provider function '${args.token}', which the recording mocks do not answer`;
      // Recorded here as well: the SDK passes only an error's gRPC `details` on, and a program
      // may swallow the rejection; the run must fail either way.
      failures.push(message);
      throw Object.assign(new Error(`mock run: ${message}`), { details: `mock run: ${message}` });
    },
  };

  await pulumi.runtime.setMocks(mocks, opts.project, opts.stack, false, opts.organization ?? "organization");
  pulumi.runtime.setAllConfig(opts.config, []);
  const monitor = pulumi.runtime.getMonitor() as unknown as MonitorLike;
  monitor.newUrn = (parent, type, name) => engineUrn(opts.stack, opts.project, parent, type, name);
  const original = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    const meta = metaFromRequest(req);
    current = meta;
    secretOutputs = req.getAdditionalsecretoutputsList();
    pendingInputs = undefined;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    pending.add(done);
    const inner: Callback = (err, resp) => {
      if (err) {
        failures.push(`${meta.type} '${meta.name}': ${err instanceof Error ? err.message : String(err)}`);
      } else {
        const r = resp as { getUrn(): string; getId(): string };
        const { inputs, secretPaths } = unwrapSecrets(inputsOf(meta));
        const rec: CapturedResource = { urn: r.getUrn(), ...meta, inputs, secretPaths };
        if (meta.custom) rec.id = r.getId();
        captured.push(rec);
        // The mock monitor keeps a serialized copy of every resource's state, read only by
        // `getResource` (which this program never calls). At 10,000 resources it is a second
        // copy of everything we capture: drop it for custom resources. Components stay, since
        // their `registerOutputs` is looked up there.
        if (meta.custom) monitor.resources?.delete(rec.urn);
      }
      pending.delete(done);
      settle();
      cb(err, resp);
    };
    const result = original(req, inner);
    current = undefined;
    inputsByMeta.set(meta, pendingInputs ?? {});
    return result;
  };
  // A failed read (a StackReference to a stack that is not there) rejects the outputs of every
  // resource built from it, with no one awaiting them: recorded as failures of this run.
  const onRejection = (reason: unknown) => {
    failures.push(reason instanceof Error ? reason.message : String(reason));
  };
  process.on("unhandledRejection", onRejection);
  let outputs: Record<string, unknown> | undefined;
  let programError: unknown;
  try {
    // A program that throws is caught inside the stack's init: left to the SDK, the error would
    // also reject the stack's outputs and registration, unhandled, beside the one we report.
    outputs = (await pulumi.runtime.runInPulumiStack(async () => {
      try {
        return await program();
      } catch (e) {
        programError = e;
        return {};
      }
    })) as Record<string, unknown>;
  } catch (e) {
    programError ??= e;
  }
  // Outputs may resolve before every registration has even been sent (a resource's inputs and
  // provider resolve first): wait for the SDK's own queue of outstanding resource operations,
  // then for every answer, until both are quiet.
  do {
    await waitForRPCs();
    while (pending.size > 0) await Promise.all([...pending]);
  } while (pending.size > 0);

  // Let rejections of this run surface before the handler goes.
  await new Promise((resolve) => setImmediate(resolve));
  process.off("unhandledRejection", onRejection);
  if (programError !== undefined) throw programError;
  if (failures.length > 0) {
    throw new Error(`mock run: ${failures.length} failure(s):\n${failures.join("\n")}`);
  }
  return { resources: captured, outputs: outputs ?? {} };
}
