/**
 * Object storage and backups on Kubernetes: MinIO (a Deployment on a protected claim, published
 * with TLS for the other sites), Velero BackupStorageLocations (protected and retained on destroy:
 * a `pulumi destroy` never takes the backups with it) and one Velero Schedule per data set.
 * Velero itself (and its AWS plugin) is installed with the cluster.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type {
  BackupLocationSpec,
  BackupScheduleSpec,
  Made,
  ObjectStorageMade,
  ObjectStorageSpec,
} from "./adapter";
import type { KubernetesAdapter } from "./kubernetes";
import { LABEL, ROLE } from "../../inventory/facts";
import { hardenedContainer, hardenedPod, meta } from "./kubernetes-pod";

import { awsCredentialsIni } from "../formats/ini";
import { MINIO_ARGS, MINIO_IMAGE } from "./minio";

/** Where MinIO finds its root credentials (a Secret volume). */
const ROOT_DIR = "/run/secrets/minio";

export function objectStorage(
  a: KubernetesAdapter,
  spec: ObjectStorageSpec,
  parent: pulumi.Resource,
): ObjectStorageMade {
  const ns = spec.tenant.name;
  const creds = new k8s.core.v1.Secret(
    `${spec.key}-root`,
    {
      metadata: meta(`${spec.name}-root`, ns, spec.facts),
      type: "Opaque",
      stringData: { "root-user": spec.accessKey, "root-password": spec.secretKey },
    },
    a.opts(parent, { dependsOn: spec.tenant.resources }),
  );
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
  const selector = { "app.kubernetes.io/name": spec.name };
  const container = {
    ...hardenedContainer({
      name: "minio",
      image: MINIO_IMAGE,
      port: 9000,
      cpu: "1",
      memory: "2Gi",
      mounts: [
        { name: "data", mountPath: "/data" },
        { name: "root", mountPath: ROOT_DIR, readOnly: true },
      ],
      // The root credentials as files of a Secret volume, never in the environment.
      env: [
        { name: "MINIO_ROOT_USER_FILE", value: `${ROOT_DIR}/root-user` },
        { name: "MINIO_ROOT_PASSWORD_FILE", value: `${ROOT_DIR}/root-password` },
      ],
      args: MINIO_ARGS,
    }),
  };
  const deployment = new k8s.apps.v1.Deployment(
    `${spec.key}-minio`,
    {
      metadata: meta(spec.name, ns, spec.facts),
      spec: {
        replicas: 1,
        // One writer on a ReadWriteOnce claim: the old pod goes before the new one starts.
        strategy: { type: "Recreate" },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...spec.facts.labels, ...selector }, annotations: spec.facts.annotations },
          spec: hardenedPod(
            [container],
            [
              { name: "data", persistentVolumeClaim: { claimName: data.name } },
              { name: "root", secret: { secretName: `${spec.name}-root`, defaultMode: 0o440 } },
            ],
          ),
        },
      },
    },
    a.opts(parent, { dependsOn: [creds, ...data.resources] }),
  );
  const service = new k8s.core.v1.Service(
    `${spec.key}-minio`,
    {
      metadata: meta(spec.name, ns, spec.facts),
      spec: {
        type: "ClusterIP",
        selector,
        ports: [{ name: "http", port: 9000, targetPort: "http", protocol: "TCP" }],
      },
    },
    a.opts(parent, { dependsOn: spec.tenant.resources }),
  );
  const svc: Made = { name: spec.name, resources: [service] };
  const published = a.expose(
    {
      key: `${spec.key}-minio`,
      name: spec.name,
      tenant: spec.tenant,
      host: spec.host,
      service: svc,
      port: 9000,
      issuer: spec.issuer,
      facts: spec.facts,
      edge: {
        labels: { ...spec.facts.labels, [LABEL.role]: ROLE.edge },
        annotations: spec.facts.annotations,
      },
    },
    parent,
  );
  return {
    name: spec.name,
    endpoint: `https://${spec.host}`,
    resources: [creds, ...data.resources, deployment, service, ...published.resources],
  };
}

export function backupLocation(
  a: KubernetesAdapter,
  spec: BackupLocationSpec,
  parent: pulumi.Resource,
): Made {
  const resources: pulumi.Resource[] = [];
  if (spec.credentials) {
    const c = spec.credentials;
    resources.push(
      new k8s.core.v1.Secret(
        `${spec.key}-credentials`,
        {
          metadata: meta(spec.credentialSecret, a.platformStack.veleroNamespace, spec.facts),
          type: "Opaque",
          stringData: { cloud: awsCredentialsIni(c) },
        },
        a.opts(parent),
      ),
    );
  }
  const bsl = new k8s.apiextensions.CustomResource(
    `${spec.key}-bsl`,
    {
      apiVersion: "velero.io/v1",
      kind: "BackupStorageLocation",
      metadata: meta(spec.name, a.platformStack.veleroNamespace, spec.facts),
      spec: {
        provider: "aws",
        objectStorage: { bucket: spec.bucket, prefix: "velero" },
        config: { region: spec.region, s3Url: spec.endpoint, s3ForcePathStyle: "true" },
        credential: { name: spec.credentialSecret, key: "cloud" },
        accessMode: "ReadWrite",
      },
    },
    a.opts(parent, { protect: true, retainOnDelete: true, dependsOn: resources }),
  );
  return { name: spec.name, resources: [...resources, bsl] };
}

export function backupSchedule(
  a: KubernetesAdapter,
  spec: BackupScheduleSpec,
  parent: pulumi.Resource,
): Made {
  const schedule = new k8s.apiextensions.CustomResource(
    `${spec.key}-schedule`,
    {
      apiVersion: "velero.io/v1",
      kind: "Schedule",
      metadata: meta(spec.name, a.platformStack.veleroNamespace, spec.facts),
      spec: {
        schedule: spec.schedule,
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: [spec.tenant],
          labelSelector: { matchLabels: { [LABEL.app]: spec.app } },
          storageLocation: spec.location.name,
          ttl: spec.ttl,
          defaultVolumesToFsBackup: true,
        },
      },
    },
    a.opts(parent, { retainOnDelete: true }),
  );
  return { name: spec.name, resources: [schedule] };
}
