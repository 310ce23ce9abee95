/**
 * The Dinas' own S3 store on a DRC it runs (docs/adr/0006-drc-object-storage.md): the Versity S3
 * Gateway with its POSIX backend, as both adapters run it. One place for the image, the port, the
 * object names, the published endpoint and the start command, so that the Kubernetes and Docker
 * adapters, the DRC and the platform layer's log shipper (platform/values.ts) agree.
 *
 * The gateway reads its root key only from flags or the environment (`--access`/`--secret`, or
 * `ROOT_ACCESS_KEY_ID`/`ROOT_SECRET_ACCESS_KEY`), never from a file. The program hands every
 * credential over as a file (docs/security-notes.md), so the container starts a shell that reads
 * the two mounted files into those variables of the gateway's own process and `exec`s it: the key
 * is in no object's spec, in no `docker inspect`, and not on the command line (`ps`).
 */
import type { Inventory } from "../../inventory/schema";

/** The pinned release (published as `versity/versitygw` on Docker Hub and `ghcr.io/versity/versitygw`). */
export const S3_GATEWAY_VERSION = "v1.7.0";
export const S3_GATEWAY_IMAGE = `docker.io/versity/versitygw:${S3_GATEWAY_VERSION}`;
/** Where the image installs the binary (its Dockerfile: `COPY … /usr/local/bin/versitygw`). */
export const S3_GATEWAY_BINARY = "/usr/local/bin/versitygw";

/** The port the store serves the S3 API on (`--port :9000`; the gateway's own default is 7070). */
export const S3_PORT = 9000;
/** The store's object name: Deployment, Service, container (`s3`), claim or volume `s3-data`. */
export const S3_STORE_NAME = "s3";
/** Directory of the POSIX backend: every bucket is a directory below it. */
export const S3_DATA_DIR = "/data";
/** The health path the gateway answers (`--health`), for the Kubernetes probes. */
export const S3_HEALTH_PATH = "/_/health";
/** The operator's directory on a Docker host with the store's TLS certificate and key (`tls.crt`, `tls.key`). */
export const S3_TLS_SECRET = "s3-tls";

/** The host name of a Docker daemon URL (`ssh://user@host`, `tcp://host:2376`), or the site id. */
export function dockerHostName(host: string, siteId: string): string {
  return new URL(host.replace(/^ssh:\/\/|^tcp:\/\//, "http://")).hostname || siteId;
}

/** The host name the store of a Kubernetes DRC is published under on its edge. */
export function publishedHost(inv: Inventory, site: string): string {
  return `${S3_STORE_NAME}-${site}.${inv.region.portalDomain}`;
}

/**
 * The https endpoint of the Dinas' store on `siteId`: on Kubernetes its host on the site's edge
 * (TLS from the region's issuer), on Docker the host's own name on the store's port (TLS served
 * by the gateway itself). Throws for a site that runs no platform.
 */
export function dinasStoreEndpoint(inv: Inventory, siteId: string): string {
  const i = inv.sites.findIndex((s) => s.id === siteId);
  const p = inv.sites[i]?.platform;
  if (!p) throw new Error(`sites[${i}] '${siteId}': the Dinas' object store needs a platform to run on`);
  if (p.type === "kubernetes") return `https://${publishedHost(inv, siteId)}`;
  return `https://${dockerHostName(p.host, siteId)}:${S3_PORT}`;
}

/** A word for a POSIX shell: single-quoted, so nothing in it is expanded. */
function shellWord(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface GatewayStart {
  /** Directory holding the root key as the files `root-user` and `root-password`. */
  secretsDir: string;
  /** The bucket the store serves; created as a directory of the backend before the gateway starts. */
  bucket: string;
  /** The S3 region the gateway accepts signatures for: the one its clients sign with. */
  region: string;
  /** TLS served by the gateway itself (Docker), else plain HTTP behind the site's edge. */
  tls?: { cert: string; key: string };
  /** The backend's directory and the binary; the image's by default (tests run the script against stand-ins). */
  dataDir?: string;
  binary?: string;
}

/**
 * The container's command: `/bin/sh -c <script>`. The script fails (and the gateway does not
 * start) when a key file is missing or empty; it creates the bucket's directory (the root user
 * bypasses bucket ACLs, so a directory is a usable bucket) and `exec`s the gateway with the
 * flags of its v1.7.0 command line: `--port`, `--region`, `--health`, `--cert`/`--key`, then the
 * `posix` backend and its directory.
 */
export function gatewayCommand(s: GatewayStart): string[] {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s.bucket))
    throw new Error(`bucket '${s.bucket}' is not an S3 bucket name (3-63 of a-z, 0-9, '.', '-')`);
  const file = (n: string) => shellWord(`${s.secretsDir}/${n}`);
  const dataDir = s.dataDir ?? S3_DATA_DIR;
  const args = [
    "--port",
    `:${S3_PORT}`,
    "--region",
    s.region,
    "--health",
    S3_HEALTH_PATH,
    ...(s.tls ? ["--cert", s.tls.cert, "--key", s.tls.key] : []),
    "posix",
    dataDir,
  ];
  const script = [
    "set -eu",
    `ROOT_ACCESS_KEY_ID="$(cat ${file("root-user")})"`,
    `ROOT_SECRET_ACCESS_KEY="$(cat ${file("root-password")})"`,
    `[ -n "$ROOT_ACCESS_KEY_ID" ] && [ -n "$ROOT_SECRET_ACCESS_KEY" ] || { echo "s3 gateway: empty root key file in ${s.secretsDir}" >&2; exit 1; }`,
    "export ROOT_ACCESS_KEY_ID ROOT_SECRET_ACCESS_KEY",
    `mkdir -p ${shellWord(`${dataDir}/${s.bucket}`)}`,
    `exec ${shellWord(s.binary ?? S3_GATEWAY_BINARY)} ${args.map(shellWord).join(" ")}`,
  ].join("\n");
  return ["/bin/sh", "-c", script];
}
