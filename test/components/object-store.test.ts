/**
 * The S3 gateway's start script, run by a real POSIX shell against a stand-in for the gateway
 * binary that prints what it was started with: the keys reach its environment from the files,
 * never its arguments; the bucket's directory exists; a missing or empty key file stops it.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dinasStoreEndpoint, gatewayCommand } from "../../components/platform/object-store";
import { fixture } from "./fixture";

function sandbox(keys: { user?: string; password?: string }) {
  const dir = mkdtempSync(join(tmpdir(), "spbe-s3-start-"));
  const secrets = join(dir, "secrets");
  const data = join(dir, "data");
  spawnSync("mkdir", ["-p", secrets, data]);
  if (keys.user !== undefined) writeFileSync(join(secrets, "root-user"), keys.user);
  if (keys.password !== undefined) writeFileSync(join(secrets, "root-password"), keys.password);
  const binary = join(dir, "gateway");
  writeFileSync(
    binary,
    '#!/bin/sh\necho "key=$ROOT_ACCESS_KEY_ID secret=$ROOT_SECRET_ACCESS_KEY"\necho "args=$*"\n',
  );
  chmodSync(binary, 0o755);
  return { dir, secrets, data, binary };
}

function start(s: ReturnType<typeof sandbox>, tls?: { cert: string; key: string }) {
  const [sh, flag, script] = gatewayCommand({
    secretsDir: s.secrets,
    bucket: "spbe-contoh",
    region: "us-east-1",
    dataDir: s.data,
    binary: s.binary,
    ...(tls ? { tls } : {}),
  });
  expect([sh, flag]).toEqual(["/bin/sh", "-c"]);
  return spawnSync(sh as string, [flag as string, script as string], { encoding: "utf8" });
}

describe("the S3 gateway's start script", () => {
  it("hands the key files to the gateway's environment and creates the bucket", () => {
    const s = sandbox({ user: "AKIAEXAMPLE", password: "s3cr3t'$(x)" });
    const r = start(s, { cert: "/certs/tls.crt", key: "/certs/tls.key" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("key=AKIAEXAMPLE secret=s3cr3t'$(x)\n");
    expect(r.stdout).toContain(
      `args=--port :9000 --region us-east-1 --health /_/health --cert /certs/tls.crt --key /certs/tls.key posix ${s.data}\n`,
    );
    expect(r.stdout).not.toMatch(/args=.*AKIAEXAMPLE/);
    expect(existsSync(join(s.data, "spbe-contoh"))).toBe(true);
  });

  it("does not start the gateway when a key file is missing or empty", () => {
    for (const keys of [{ user: "AKIAEXAMPLE" }, { user: "", password: "x" }]) {
      const r = start(sandbox(keys));
      expect(r.status).not.toBe(0);
      expect(r.stdout).not.toContain("args=");
    }
  });

  it("refuses a bucket name that is not one", () => {
    expect(() => gatewayCommand({ secretsDir: "/s", bucket: "a b';rm -rf /", region: "us-east-1" })).toThrow(
      /not an S3 bucket name/,
    );
  });

  it("publishes the store on the Kubernetes edge or on the Docker host's own name", () => {
    const inv = fixture((i) => {
      i.sites[1].platform = { type: "kubernetes", context: "drc-dinas" };
    });
    expect(dinasStoreEndpoint(inv, "drc-dinas")).toBe("https://s3-drc-dinas.contohkab.go.id");
    expect(dinasStoreEndpoint(fixture(), "drc-dinas")).toBe("https://drc.contohkab.go.id:9000");
    expect(() => dinasStoreEndpoint(fixture(), "drc-pdn")).toThrow(/needs a platform/);
  });
});
