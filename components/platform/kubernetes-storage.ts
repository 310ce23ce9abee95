/**
 * Object storage and backups on Kubernetes: the Versity S3 Gateway (object-store.ts; a Deployment
 * on a protected claim, plain HTTP inside the cluster, published with TLS on the site's edge), Velero BackupStorageLocations (protected and retained on destroy:
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
import { gatewayCommand, S3_DATA_DIR, S3_GATEWAY_IMAGE, S3_HEALTH_PATH, S3_PORT } from "./object-store";

/** Where the gateway's start script finds the root key (a Secret volume). */
const ROOT_DIR = "/run/secrets/s3";

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
      name: spec.name,
      image: S3_GATEWAY_IMAGE,
      port: S3_PORT,
      cpu: "1",
      memory: "2Gi",
      mounts: [
        { name: "data", mountPath: S3_DATA_DIR },
        { name: "root", mountPath: ROOT_DIR, readOnly: true },
      ],
      // The root key as files of a Secret volume, read by the start script (object-store.ts).
      env: [],
    }),
    // Plain HTTP: TLS is terminated by the site's edge, with the region's issuer.
    command: gatewayCommand({ secretsDir: ROOT_DIR, bucket: spec.bucket, region: spec.region }),
    readinessProbe: { httpGet: { path: S3_HEALTH_PATH, port: "http" }, periodSeconds: 15 },
  };
  const deployment = new k8s.apps.v1.Deployment(
    `${spec.key}-s3`,
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
    `${spec.key}-s3`,
    {
      metadata: meta(spec.name, ns, spec.facts),
      spec: {
        type: "ClusterIP",
        selector,
        ports: [{ name: "http", port: S3_PORT, targetPort: "http", protocol: "TCP" }],
      },
    },
    a.opts(parent, { dependsOn: spec.tenant.resources }),
  );
  const svc: Made = { name: spec.name, resources: [service] };
  const published = a.expose(
    {
      key: `${spec.key}-s3`,
      name: spec.name,
      tenant: spec.tenant,
      host: spec.host,
      service: svc,
      port: S3_PORT,
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
        // Path-style requests (`<endpoint>/<bucket>/…`): the Dinas' gateway, like most S3 servers
        // but AWS, serves buckets under the path unless started with a virtual domain; and the
        // region signed with must be the store's own (the gateway refuses any other).
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
