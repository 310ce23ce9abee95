/**
 * Object storage and backups on a Docker site: the Versity S3 Gateway (object-store.ts) in a
 * container on a protected volume, published on the host for the Pusat Data, serving TLS itself, and a scheduled backup container per
 * Docker-hosted data set (offen/docker-volume-backup: the volume, read-only, to S3 over https on
 * the inventory's cron). Credentials reach both as files, never as environment variables.
 */
import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import { dockerLabels } from "../facts";
import {
  unsupported,
  type BackupScheduleSpec,
  type Made,
  type ObjectStorageMade,
  type ObjectStorageSpec,
} from "./adapter";
import { envEntry } from "../formats/env";
import { cron } from "../formats/cron";
import { plainText } from "../formats/text";
import { operatorSecretDir, RUN_AS, type DockerAdapter } from "./docker";
import { gatewayCommand, S3_DATA_DIR, S3_GATEWAY_IMAGE, S3_PORT, S3_TLS_SECRET } from "./object-store";

const BACKUP_IMAGE = "offen/docker-volume-backup:v2.43.0";

export function objectStorage(
  a: DockerAdapter,
  spec: ObjectStorageSpec,
  parent: pulumi.Resource,
): ObjectStorageMade {
  const data = a.volume(
    {
      key: spec.key,
      name: `${spec.name}-data`,
      tenant: spec.tenant,
      sizeGi: spec.sizeGi,
      shared: false,
      facts: spec.facts,
    },
    parent,
  );
  // The root key as files in a volume of their own, read by the gateway's start script into its
  // own process (object-store.ts): never in the container's configuration.
  const secrets = new docker.Volume(
    `${spec.key}-secrets`,
    { name: `${spec.name}-secrets`, labels: dockerLabels(spec.facts) },
    a.opts(parent, { protect: true }),
  );
  // The store must be reachable from the Pusat Data: published on the host's port (over the
  // Jaringan Intra), not only on the tenant's internal network, and only over TLS: its
  // certificate and key are the operator's files for the host's name (docs/security-notes.md).
  const [entrypoint, ...command] = gatewayCommand({
    secretsDir: SECRETS_DIR,
    bucket: spec.bucket,
    region: spec.region,
    tls: { cert: `${DOCKER_S3_CERTS}/tls.crt`, key: `${DOCKER_S3_CERTS}/tls.key` },
  });
  const c = new docker.Container(
    `${spec.key}-s3`,
    {
      name: spec.name,
      image: S3_GATEWAY_IMAGE,
      // The image's entrypoint would run `versitygw <command>`: the shell replaces it.
      entrypoints: [entrypoint as string],
      command,
      uploads: [
        { file: `${SECRETS_DIR}/root-user`, content: checked("S3 store root user", spec.accessKey) },
        { file: `${SECRETS_DIR}/root-password`, content: checked("S3 store root password", spec.secretKey) },
      ],
      // Root, with every capability dropped: a new named volume is root-owned and Docker has no
      // fsGroup; without CAP_DAC_OVERRIDE root writes only what root owns.
      user: "0:0",
      readOnly: true,
      capabilities: { drops: ["ALL"] },
      securityOpts: ["no-new-privileges:true"],
      restart: "unless-stopped",
      ports: [{ internal: S3_PORT, external: S3_PORT }],
      tmpfs: { "/tmp": "rw,noexec,nosuid,size=64m" },
      volumes: [
        { volumeName: data.name, containerPath: S3_DATA_DIR },
        { volumeName: `${spec.name}-secrets`, containerPath: SECRETS_DIR },
        { hostPath: operatorSecretDir(S3_TLS_SECRET), containerPath: DOCKER_S3_CERTS, readOnly: true },
      ],
      labels: dockerLabels(spec.facts),
    },
    a.opts(parent, { dependsOn: [...spec.tenant.resources, ...data.resources, secrets] }),
  );
  return {
    name: spec.name,
    endpoint: `https://${a.hostName}:${S3_PORT}`,
    resources: [...data.resources, secrets, c],
  };
}

/** Where a container finds the secret files the program uploads into its secrets volume. */
const SECRETS_DIR = "/run/secrets/spbe";
/** Where the store's container reads its certificate (`tls.crt`) and key (`tls.key`), from the operator. */
const DOCKER_S3_CERTS = "/run/secrets/s3-tls";

/** A generated secret, checked when it resolves: it lands in a file read whole. */
function checked(field: string, v: pulumi.Output<string>): pulumi.Output<string> {
  return pulumi.secret(v.apply((x) => plainText(field, x)));
}

export function backupSchedule(a: DockerAdapter, spec: BackupScheduleSpec, parent: pulumi.Resource): Made {
  if (!spec.volume)
    throw unsupported(a.site, "docker", `a backup of '${spec.app}' without a volume`, "give the app data");
  if (!spec.credentials) {
    throw unsupported(
      a.site,
      "docker",
      `a backup of '${spec.app}' to a store without credentials`,
      "back up to dinas-run storage",
    );
  }
  const c = spec.credentials;
  const endpoint = new URL(spec.location.endpoint);
  if (endpoint.protocol !== "https:") {
    throw unsupported(
      a.site,
      "docker",
      `a backup of '${spec.app}' to ${spec.location.endpoint}`,
      "use an https object store",
    );
  }
  const secrets = new docker.Volume(
    `${spec.key}-backup-secrets`,
    { name: `${spec.name}-backup-secrets`, labels: dockerLabels(spec.facts) },
    a.opts(parent, { protect: true }),
  );
  const container = new docker.Container(
    `${spec.key}-backup`,
    {
      name: `${spec.name}-backup`,
      image: BACKUP_IMAGE,
      envs: [
        envEntry("BACKUP_CRON_EXPRESSION", cron(spec.schedule, `${spec.app} backup schedule`)),
        envEntry("BACKUP_RETENTION_DAYS", spec.retentionDays),
        envEntry("BACKUP_FILENAME", `${spec.app}-%Y-%m-%dT%H-%M-%S.tar.gz`, `${spec.app} backup file name`),
        envEntry("AWS_ENDPOINT", endpoint.host, `${spec.location.name} endpoint`),
        envEntry("AWS_ENDPOINT_PROTO", "https"),
        envEntry("AWS_S3_BUCKET_NAME", spec.location.bucket, `${spec.location.name} bucket`),
        envEntry("AWS_S3_PATH", spec.app, `${spec.app} backup path`),
        // The keys as files in the container's secrets volume, never in its environment.
        envEntry("AWS_ACCESS_KEY_ID_FILE", `${SECRETS_DIR}/access-key`),
        envEntry("AWS_SECRET_ACCESS_KEY_FILE", `${SECRETS_DIR}/secret-key`),
      ],
      uploads: [
        { file: `${SECRETS_DIR}/access-key`, content: checked("backup access key", c.accessKey) },
        { file: `${SECRETS_DIR}/secret-key`, content: checked("backup secret key", c.secretKey) },
      ],
      // The app's own user: it reads the app's volume (owned by it), nothing else.
      user: RUN_AS,
      readOnly: true,
      capabilities: { drops: ["ALL"] },
      securityOpts: ["no-new-privileges:true"],
      restart: "unless-stopped",
      tmpfs: { "/tmp": "rw,size=1g" },
      volumes: [
        { volumeName: spec.volume.name, containerPath: `/backup/${spec.app}`, readOnly: true },
        { volumeName: `${spec.name}-backup-secrets`, containerPath: SECRETS_DIR },
      ],
      labels: dockerLabels(spec.facts),
    },
    a.opts(parent, { dependsOn: [...spec.volume.resources, secrets] }),
  );
  return { name: spec.name, resources: [secrets, container] };
}
