/** MinIO as both adapters run it for the dinas' backup store. */
export const MINIO_IMAGE = "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z";

/**
 * Data on the volume; the certificates directory on the writable scratch space, since the root
 * file system is read-only and MinIO creates `~/.minio/certs` at start (TLS is terminated in
 * front of it on Kubernetes, by the edge; on Docker MinIO serves TLS itself, see docker-storage.ts).
 */
export const MINIO_ARGS = ["server", "/data", "--certs-dir", "/tmp/minio-certs"];

/** The port MinIO serves the S3 API on. */
export const MINIO_PORT = 9000;
