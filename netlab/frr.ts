/**
 * One FRRouting instance per router namespace: zebra and ospfd started inside the namespace with
 * their own pid files, zserv socket and vty directory (nothing shared with a system FRR), then the
 * rendered frr.conf applied through vtysh, which refuses a line its daemons do not accept.
 */
import { chownSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { IGMP_MAX_MEMBERSHIPS } from "../plan/devices/render";
import { findBinary, must, run, TOOLS } from "./tools";

export interface FrrInstance {
  ns: string;
  dir: string;
}

function frrIds(): { uid: number; gid: number } | null {
  try {
    const passwd = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith("frr:"));
    if (!passwd) return null;
    const [, , uid, gid] = passwd.split(":");
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

/** Starts zebra and ospfd in `ns` and loads `config`; the daemons run as the frr user, as Debian's do. */
export async function startFrr(ns: string, dir: string, config: string): Promise<FrrInstance> {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, "frr.conf");
  writeFileSync(conf, config, { mode: 0o644 });
  const ids = frrIds();
  if (ids && userInfo().uid === 0) chownSync(dir, ids.uid, ids.gid);
  const common = (daemon: string) => [
    "netns",
    "exec",
    ns,
    findBinary(TOOLS[daemon as "zebra"]) ?? TOOLS.zebra,
    "-d",
    "-P",
    "0",
    "-f",
    "/dev/null",
    "-i",
    join(dir, `${daemon}.pid`),
    "-z",
    join(dir, "zserv.api"),
    "--vty_socket",
    dir,
    "--log",
    `file:${join(dir, `${daemon}.log`)}`,
  ];
  // ospfd joins AllSPFRouters on every interface from one socket; Linux allows 20 memberships
  // per socket by default, so a core with more links would never hear the rest (as on a device).
  await must(TOOLS.ip, [
    "netns",
    "exec",
    ns,
    "sh",
    "-c",
    `echo ${IGMP_MAX_MEMBERSHIPS} > /proc/sys/net/ipv4/igmp_max_memberships`,
  ]);
  await must(TOOLS.ip, common("zebra"));
  await must(TOOLS.ip, common("ospfd"));
  const applied = await run(TOOLS.ip, [
    "netns",
    "exec",
    ns,
    findBinary(TOOLS.vtysh) ?? TOOLS.vtysh,
    "--vty_socket",
    dir,
    "-f",
    conf,
  ]);
  if (applied.code !== 0)
    throw new Error(`FRR refused the configuration of ${ns}: ${(applied.stdout + applied.stderr).trim()}`);
  return { ns, dir };
}

/** Pids the instance wrote (zebra, ospfd). */
export function frrPids(dir: string): number[] {
  const pids: number[] = [];
  for (const d of ["zebra", "ospfd"]) {
    try {
      const pid = Number(readFileSync(join(dir, `${d}.pid`), "utf8").trim());
      if (Number.isInteger(pid) && pid > 1) pids.push(pid);
    } catch {
      // not started
    }
  }
  return pids;
}

/** Stops the instance's own daemons, by the pids they wrote. */
export function stopFrr(dir: string): void {
  for (const pid of frrPids(dir)) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** The IPv4 prefixes in the kernel routing table of `ns`. */
export async function routesOf(ns: string): Promise<Set<string>> {
  const r = await run(TOOLS.ip, ["-n", ns, "-4", "route", "show"]);
  const out = new Set<string>();
  for (const line of r.stdout.split("\n")) {
    const first = line.split(" ")[0];
    if (!first) continue;
    out.add(first.includes("/") ? first : `${first}/32`);
  }
  return out;
}
