/**
 * Object storage and backups on a Docker site: the S3 server of object-store.ts in a container on a protected volume,
 * published on the host for the Pusat Data, and a scheduled backup container per Docker-hosted
 * data set (offen/docker-volume-backup: the volume, read-only, to S3 on the inventory's cron).
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
import type { DockerAdapter } from "./docker";
import { OBJECT_STORE_ARGS, OBJECT_STORE_ENV, OBJECT_STORE_IMAGE } from "./object-store";

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
  // The S3 server must be reachable from the Pusat Data: published on the host's port 9000 (over the
  // Jaringan Intra), not only on the tenant's internal network.
  const c = new docker.Container(
    `${spec.key}-s3`,
    {
      name: spec.name,
      image: OBJECT_STORE_IMAGE,
      command: OBJECT_STORE_ARGS,
      envs: [
        pulumi.interpolate`${OBJECT_STORE_ENV.accessKey}=${spec.accessKey}`,
        pulumi.interpolate`${OBJECT_STORE_ENV.secretKey}=${spec.secretKey}`,
      ],
      // Root, with every capability dropped: a new named volume is root-owned and Docker has no
      // fsGroup; without CAP_DAC_OVERRIDE root writes only what root owns.
      user: "0:0",
      readOnly: true,
      capabilities: { drops: ["ALL"] },
      securityOpts: ["no-new-privileges:true"],
      restart: "unless-stopped",
      ports: [{ internal: 9000, external: 9000 }],
      tmpfs: { "/tmp": "rw,noexec,nosuid,size=64m" },
      volumes: [{ volumeName: data.name, containerPath: "/data" }],
      labels: dockerLabels(spec.facts),
    },
    a.opts(parent, { dependsOn: [...spec.tenant.resources, ...data.resources] }),
  );
  return { name: spec.name, endpoint: `http://${a.hostName}:9000`, resources: [...data.resources, c] };
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
  const container = new docker.Container(
    `${spec.key}-backup`,
    {
      name: `${spec.name}-backup`,
      image: BACKUP_IMAGE,
      envs: [
        `BACKUP_CRON_EXPRESSION=${spec.schedule}`,
        `BACKUP_RETENTION_DAYS=${spec.retentionDays}`,
        `BACKUP_FILENAME=${spec.app}-%Y-%m-%dT%H-%M-%S.tar.gz`,
        `AWS_ENDPOINT=${new URL(spec.location.endpoint).host}`,
        `AWS_ENDPOINT_PROTO=${new URL(spec.location.endpoint).protocol.replace(":", "")}`,
        `AWS_S3_BUCKET_NAME=${spec.location.bucket}`,
        `AWS_S3_PATH=${spec.app}`,
        pulumi.interpolate`AWS_ACCESS_KEY_ID=${c.accessKey}`,
        pulumi.interpolate`AWS_SECRET_ACCESS_KEY=${c.secretKey}`,
      ],
      readOnly: true,
      capabilities: { drops: ["ALL"] },
      securityOpts: ["no-new-privileges:true"],
      restart: "unless-stopped",
      tmpfs: { "/tmp": "rw,size=1g" },
      volumes: [{ volumeName: spec.volume.name, containerPath: `/backup/${spec.app}`, readOnly: true }],
      labels: dockerLabels(spec.facts),
    },
    a.opts(parent, { dependsOn: spec.volume.resources }),
  );
  return { name: spec.name, resources: [container] };
}
