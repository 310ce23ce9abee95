/**
 * `runLab`: builds the region's WAN in network namespaces (`plan.ts`, `build.ts`), starts one
 * FRRouting instance per router and loads its rendered nftables ruleset, waits for OSPF to
 * converge, sends real packets from every agency LAN's host to every target (`send-probes.py`) and
 * compares each result with the policy (`DeviceModel.reach`). Everything it made is removed on
 * success, on failure and on SIGINT/SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderFrr } from "../plan/devices/render-frr";
import { renderNft } from "../plan/devices/render-nft";
import type { DeviceModel } from "../plan/devices/types";
import {
  addressLeaks,
  configureNamespaces,
  createLinks,
  createNamespaces,
  kernelHasVlans,
  removeNamespaces,
} from "./build";
import { frrPids, startFrr, stopFrr } from "./frr";
import { waitForConvergence } from "./converge";
import { labPlan, leakAddresses, type LabMutations, type LabPlan } from "./plan";
import { pool } from "./pool";
import { probeAll, type Cell } from "./probe";
import { LAB_RESULT_FORMAT, labModelHash } from "./result";
import { findBinary, must, TOOLS } from "./tools";

export const LAB_PORT = 18080;

export interface LabOptions {
  mutations?: LabMutations;
  /** How long OSPF may take to converge (default 60 s). */
  convergeTimeoutMs?: number;
  /** How long a probe waits for its answers (default 2 s). */
  probeTimeoutS?: number;
  /** Progress messages (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface LabResult {
  /** LAB_RESULT_FORMAT: what `spbe report --lab` checks it reads. */
  format: typeof LAB_RESULT_FORMAT;
  region: string;
  /** labModelHash of the device model the lab ran. */
  modelHash: string;
  /** ISO time the run started. */
  startedAt: string;
  /** The faults deliberately put into this run (all empty: the plan as rendered). */
  mutations: Required<LabMutations>;
  prefix: string;
  routers: number;
  namespaces: number;
  vlanMode: LabPlan["vlanMode"];
  converged: boolean;
  convergeMs: number;
  totalMs: number;
  /** Resident memory of the lab's FRR daemons and listeners, read just before teardown. */
  memory: { processes: number; rssKb: number };
  cells: Cell[];
  unexpected: Cell[];
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

let labCount = 0;

/** A namespace prefix unique to this process and run. */
export function labPrefix(): string {
  return `spbe-${process.pid}-${labCount++}-`;
}

export async function runLab(model: DeviceModel, opts: LabOptions = {}): Promise<LabResult> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const log = opts.log ?? (() => undefined);
  const prefix = labPrefix();
  const work = mkdtempSync(join(tmpdir(), "spbe-netlab-"));
  chmodSync(work, 0o755); // the FRR daemons run as the frr user and write their pid and vty files below
  const listeners: ChildProcess[] = [];
  const frrDirs: string[] = [];
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      for (const l of listeners) l.kill("SIGTERM");
      for (const d of frrDirs) stopFrr(d);
      await removeNamespaces(prefix);
      rmSync(work, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: removing the lab ${prefix}*`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let plan: LabPlan = labPlan(model, prefix, opts.mutations);
  try {
    if (plan.switches.length > 0 && !(await kernelHasVlans(prefix))) {
      plan = labPlan(model, prefix, opts.mutations, "veth");
      log(
        "this kernel has no 802.1Q VLANs: each VLAN sub-interface is cabled as its own veth, under the same name",
      );
    }
    log(
      `building ${plan.routers.length} routers, ${plan.hosts.length} hosts, ${plan.links.length} links under ${prefix}*`,
    );
    await createNamespaces(plan);
    await createLinks(plan);
    await configureNamespaces(plan);
    log(`namespaces and links ready (${Date.now() - started} ms)`);
    await loadRulesets(model, plan, work, opts.mutations?.dropRules ?? []);
    log(`nftables rulesets loaded (${Date.now() - started} ms)`);
    await pool(plan.routers, 8, async (r) => {
      const router = model.routers.find((x) => x.id === r.id);
      if (!router) return;
      const dir = join(work, r.ns);
      frrDirs.push(dir);
      await startFrr(r.ns, dir, renderFrr(router, model.region));
    });
    log(`nftables and FRR running (${Date.now() - started} ms)`);
    await addressLeaks(plan);
    await routeLeaks(model, plan, opts.mutations?.leaks ?? []);
    const python = findBinary(TOOLS.python3) ?? TOOLS.python3;
    for (const h of plan.hosts.filter((x) => x.listens)) {
      const child = spawn(
        TOOLS.ip,
        ["netns", "exec", h.ns, python, join(__dirname, "listen.py"), String(LAB_PORT)],
        { stdio: "ignore" },
      );
      listeners.push(child);
    }
    const t0 = Date.now();
    const converged = await waitForConvergence(model, plan, opts.convergeTimeoutMs ?? 60_000);
    const convergeMs = Date.now() - t0;
    log(
      converged
        ? `OSPF converged in ${convergeMs} ms`
        : `OSPF did not converge within ${convergeMs} ms; probing anyway`,
    );
    const pids = [...frrDirs.flatMap(frrPids), ...listeners.map((l) => l.pid ?? 0).filter((p) => p > 0)];
    const memory = { processes: pids.length, rssKb: pids.reduce((n, p) => n + rssKb(p), 0) };
    const cells = await probeAll(model, plan, {
      port: LAB_PORT,
      timeoutS: opts.probeTimeoutS ?? 2,
      python,
      probe: join(__dirname, "send-probes.py"),
    });
    return {
      format: LAB_RESULT_FORMAT,
      region: model.region,
      modelHash: labModelHash(model),
      startedAt,
      mutations: {
        removeLinks: opts.mutations?.removeLinks ?? [],
        dropRules: opts.mutations?.dropRules ?? [],
        leaks: opts.mutations?.leaks ?? [],
      },
      prefix,
      routers: plan.routers.length,
      vlanMode: plan.vlanMode,
      namespaces: plan.routers.length + plan.hosts.length + plan.switches.length,
      converged,
      convergeMs,
      totalMs: Date.now() - started,
      memory,
      cells,
      unexpected: cells.filter((c) => !c.ok),
    };
  } finally {
    await cleanup();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

async function loadRulesets(
  model: DeviceModel,
  plan: LabPlan,
  work: string,
  dropRules: string[],
): Promise<void> {
  const drops = new Map<string, string[]>();
  for (const d of dropRules) {
    const [router, ...tag] = d.split(":");
    drops.set(router, [...(drops.get(router) ?? []), tag.join(":")]);
  }
  await pool(plan.routers, 8, async (r) => {
    const router = model.routers.find((x) => x.id === r.id);
    if (!router) return;
    let text = renderNft(router, model.region);
    for (const tag of drops.get(r.id) ?? []) {
      const lines = text.split("\n");
      const kept = lines.filter((l) => !l.includes(`comment "${tag}"`));
      if (kept.length === lines.length)
        throw new Error(`mutation: router ${r.id} has no rule tagged '${tag}'`);
      text = kept.join("\n");
    }
    const file = join(work, `${r.ns}.nft`);
    writeFileSync(file, text);
    await must(TOOLS.ip, ["netns", "exec", r.ns, findBinary(TOOLS.nft) ?? TOOLS.nft, "-f", file]);
  });
  for (const [router] of drops)
    if (!model.routers.some((x) => x.id === router)) throw new Error(`mutation: no router '${router}'`);
}

async function routeLeaks(model: DeviceModel, plan: LabPlan, leaks: [string, string][]): Promise<void> {
  await pool(leaks, 4, async ([a, b], n) => {
    const [addrA, addrB] = leakAddresses(n);
    const lanOf = (agency: string) =>
      model.routers
        .find((r) => r.role === "agency" && r.of === agency)
        ?.interfaces.find((i) => i.kind === "lan")?.prefix as string;
    const nsOf = (agency: string) =>
      plan.routers.find((r) => r.id === model.routers.find((x) => x.role === "agency" && x.of === agency)?.id)
        ?.ns as string;
    await must(TOOLS.ip, ["-n", nsOf(a), "route", "add", lanOf(b), "via", addrB.split("/")[0]]);
    await must(TOOLS.ip, ["-n", nsOf(b), "route", "add", lanOf(a), "via", addrA.split("/")[0]]);
  });
}
