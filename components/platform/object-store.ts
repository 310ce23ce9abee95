/**
 * The S3 server a Dinas-run DRC deploys for its backups, on either adapter: the Versity S3
 * Gateway (Apache-2.0) over a POSIX directory (docs/adr/0006-drc-object-storage.md says why it
 * replaced MinIO's community edition). One process, no cluster layout to bootstrap; its root
 * credentials come from the environment, as MinIO's did, and objects are plain files under
 * `/data/<bucket>/`. It listens on 9000, MinIO's port, so Services, published ports and the
 * endpoint other sites use do not change; TLS is terminated in front of it on Kubernetes (see
 * the security notes for Docker). PDN's or a provider's S3 endpoint is used as it is.
 */

/** Pinned release; the image's entrypoint runs `versitygw` with the arguments given. */
export const OBJECT_STORE_IMAGE = "docker.io/versity/versitygw:v1.7.0";

export const OBJECT_STORE_PORT = 9000;

/** Global flags before the backend: listen on 9000, serve the POSIX directory /data. */
export const OBJECT_STORE_ARGS = ["--port", `:${OBJECT_STORE_PORT}`, "posix", "/data"];

/** Environment variables the gateway reads its root access key and secret from. */
export const OBJECT_STORE_ENV = {
  accessKey: "ROOT_ACCESS_KEY_ID",
  secretKey: "ROOT_SECRET_ACCESS_KEY",
} as const;

/** Name of the store's objects (Deployment, Service, claim `s3-data`), in the DRC's backup tenant. */
export const OBJECT_STORE_NAME = "s3";

/** Host the store is published on for the other sites: `s3-<site>.<portal domain>`. */
export function objectStoreHost(site: string, portalDomain: string): string {
  return `${OBJECT_STORE_NAME}-${site}.${portalDomain}`;
}
