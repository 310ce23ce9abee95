/**
 * The real tools the suite and the lab run: `ip`, `nft`, FRRouting's daemons and `vtysh`. Where
 * Debian's frr package puts them, and whether they are present, so a test can say exactly which is
 * missing instead of passing silently.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";

export const FRR_DAEMONS_DIR = "/usr/lib/frr";

const SEARCH = ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"];

/** Absolute path of a binary, or null. */
export function findBinary(name: string): string | null {
  if (name.startsWith("/")) return existsSync(name) ? name : null;
  for (const dir of [...(process.env.PATH ?? "").split(":").filter(Boolean), ...SEARCH]) {
    const p = `${dir}/${name}`;
    if (existsSync(p)) return p;
  }
  return null;
}

export const TOOLS = {
  ip: "ip",
  nft: "nft",
  vtysh: "vtysh",
  zebra: `${FRR_DAEMONS_DIR}/zebra`,
  ospfd: `${FRR_DAEMONS_DIR}/ospfd`,
  ping: "ping",
  // The system interpreter first: a version-manager shim (pyenv) costs seconds per start.
  python3: existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
} as const;

/** The tools among `names` that are absent. */
export function missingTools(names: (keyof typeof TOOLS)[]): string[] {
  return names.filter((n) => findBinary(TOOLS[n]) === null).map((n) => TOOLS[n]);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never throws on a non-zero exit. */
export function run(
  cmd: string,
  args: string[],
  opts: { input?: string; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      cmd,
      args,
      { timeout: opts.timeoutMs ?? 30_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === "number"
            ? (err as { code: number }).code
            : 1
          : 0;
        resolve({
          code,
          stdout: String(stdout),
          stderr: String(stderr) || (err && code === 1 ? err.message : ""),
        });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Runs a command and throws with its output when it fails. */
export async function must(
  cmd: string,
  args: string[],
  opts: { input?: string; timeoutMs?: number } = {},
): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.code}): ${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

/** FRR's own parser on a configuration file: vtysh --dryrun (exit 0 when every line is accepted). */
export async function checkFrr(file: string): Promise<Run> {
  return run(findBinary(TOOLS.vtysh) ?? TOOLS.vtysh, ["--dryrun", "-f", file]);
}

/** nftables' parser on a ruleset, inside network namespace `netns` (nothing is loaded: -c). */
export async function checkNft(file: string, netns: string): Promise<Run> {
  return run(findBinary(TOOLS.ip) ?? TOOLS.ip, [
    "netns",
    "exec",
    netns,
    findBinary(TOOLS.nft) ?? TOOLS.nft,
    "-c",
    "-f",
    file,
  ]);
}
