/**
 * The Docker adapter, for a small DRC or branch site: one explicit `docker.Provider` per site (the
 * host from the inventory), never the ambient default. A tenant is an internal bridge network;
 * workloads are containers hardened like the Kubernetes ones (non-root, read-only root, no
 * capabilities, no new privileges, memory limit); data is on protected named volumes; backups of
 * Docker-hosted data are a scheduled backup container (offen/docker-volume-backup) writing to S3.
 * What a Docker host cannot offer (RBAC, TLS ingress, VMs, the gateway) is refused with the site.
 */
import * as docker from "@pulumi/docker";
import * as pulumi from "@pulumi/pulumi";
import type { SitePlacement } from "../../plan/placement";
import { dockerLabels } from "../facts";
import {
  unsupported,
  type BackupScheduleSpec,
  type Made,
  type NetworkBoundarySpec,
  type NodeAgentSpec,
  type ObjectStorageMade,
  type ObjectStorageSpec,
  type SiteAdapter,
  type TenantSpec,
  type VolumeSpec,
  type WorkloadSpec,
} from "./adapter";

import { envEntry } from "../formats/env";
import { backupSchedule, objectStorage } from "./docker-storage";
import { dockerHostName } from "./object-store";

export const RUN_AS = "10001:10001";

export class DockerAdapter implements SiteAdapter {
  readonly platform = "docker" as const;
  readonly provider: docker.Provider;
  /** The host name of the Docker host, for endpoints published on it. */
  readonly hostName: string;

  constructor(
    readonly site: SitePlacement,
    host: string,
    parent: pulumi.Resource,
  ) {
    this.provider = new docker.Provider(`${site.id}-docker`, { host }, { parent });
    this.hostName = dockerHostName(host, site.id);
  }

  /** Options for a child of `parent` on this site's Docker host. */
  opts(parent: pulumi.Resource, extra: pulumi.CustomResourceOptions = {}): pulumi.CustomResourceOptions {
    return { parent, provider: this.provider, ...extra };
  }

  tenant(spec: TenantSpec, parent: pulumi.Resource): Made {
    // RBAC has no Docker equivalent: access to a Docker host is access to all of it. The user
    // catalog still lists who may act; the host's own accounts enforce it.
    const net = new docker.Network(
      `${spec.key}-net`,
      { name: spec.name, driver: "bridge", internal: true, labels: dockerLabels(spec.facts) },
      this.opts(parent, { protect: spec.protect }),
    );
    return { name: spec.name, resources: [net] };
  }

  networkBoundary(spec: NetworkBoundarySpec, _parent: pulumi.Resource): Made {
    // The tenant's network is `internal`: nothing outside it, on this host or beyond, can reach
    // it or be reached from it. The peers a boundary allows (the edge, the gateway) are
    // Kubernetes namespaces of another site, so there is nothing on this host to open to them;
    // the boundary is already closed, and stays so.
    return { name: spec.tenant.name, resources: [] };
  }

  volume(spec: VolumeSpec, parent: pulumi.Resource): Made {
    const v = new docker.Volume(
      `${spec.key}-data`,
      { name: spec.name, labels: dockerLabels(spec.facts) },
      this.opts(parent, { protect: true }),
    );
    return { name: spec.name, resources: [v] };
  }

  /** The app runs as 10001: its image must own the data path (a `VOLUME` the image chowns). */
  workload(spec: WorkloadSpec, parent: pulumi.Resource): Made {
    if (spec.replicas > 1) {
      throw unsupported(
        this.site,
        "docker",
        `${spec.replicas} replicas of '${spec.name}'`,
        "use a kubernetes site",
      );
    }
    const env = Object.entries(spec.env ?? {}).map(([k, v]) =>
      pulumi.output(v).apply((x) => envEntry(k, x, `${spec.name} env ${k}`)),
    );
    const c = new docker.Container(
      `${spec.key}-app`,
      {
        name: spec.name,
        image: spec.image,
        command: spec.args,
        envs: env,
        user: RUN_AS,
        readOnly: true,
        capabilities: { drops: ["ALL"] },
        securityOpts: ["no-new-privileges:true"],
        memory: memoryMb(spec.memory),
        restart: "unless-stopped",
        tmpfs: { "/tmp": "rw,noexec,nosuid,size=64m" },
        networksAdvanced: [{ name: spec.tenant.name }],
        volumes: spec.volume
          ? [{ volumeName: spec.volume.made.name, containerPath: spec.volume.mountPath }]
          : [],
        labels: dockerLabels(spec.facts),
      },
      this.opts(parent, { dependsOn: [...spec.tenant.resources, ...(spec.volume?.made.resources ?? [])] }),
    );
    return { name: spec.name, resources: [c] };
  }

  objectStorage(spec: ObjectStorageSpec, parent: pulumi.Resource): ObjectStorageMade {
    return objectStorage(this, spec, parent);
  }

  backupSchedule(spec: BackupScheduleSpec, parent: pulumi.Resource): Made {
    return backupSchedule(this, spec, parent);
  }

  /**
   * A node agent as a container: never privileged, every capability dropped and only those it
   * names added back, no new privileges, Docker's default seccomp profile, read-only root. Its
   * files are uploaded into a volume of their own (Docker has no ConfigMap or Secret objects,
   * and refuses uploads into a read-only root).
   */
  nodeAgent(spec: NodeAgentSpec, parent: pulumi.Resource): Made {
    const n = spec.needs;
    const made: pulumi.Resource[] = [];
    const fileVolume = (suffix: string, mountPath: string) => {
      const v = new docker.Volume(
        `${spec.key}-${suffix}`,
        { name: `${spec.name}-${suffix}`, labels: dockerLabels(spec.facts) },
        this.opts(parent, { protect: true }),
      );
      made.push(v);
      return { volumeName: `${spec.name}-${suffix}`, containerPath: mountPath };
    };
    const volumes: docker.types.input.ContainerVolume[] = (n.hostPaths ?? []).map((h) => ({
      hostPath: h.path,
      containerPath: h.mountPath,
      readOnly: true,
    }));
    if (spec.files) volumes.push(fileVolume("files", spec.files.mountPath));
    const s = spec.secretFiles;
    if (s?.data) volumes.push(fileVolume("secrets", s.mountPath));
    if (s && !s.data) {
      volumes.push({ hostPath: operatorSecretDir(s.name), containerPath: s.mountPath, readOnly: true });
    }
    const c = new docker.Container(
      `${spec.key}-agent`,
      {
        name: spec.name,
        image: spec.image,
        command: spec.args,
        user: n.root ? "0:0" : RUN_AS,
        privileged: false,
        readOnly: true,
        capabilities: { drops: ["ALL"], adds: n.capabilities ?? [] },
        securityOpts: ["no-new-privileges:true"],
        networkMode: n.hostNetwork ? "host" : undefined,
        pidMode: n.hostPid ? "host" : undefined,
        restart: "unless-stopped",
        volumes,
        envs: Object.entries(spec.env ?? {}).map(([k, v]) => envEntry(k, v, `${spec.name} env ${k}`)),
        tmpfs: { "/tmp": "rw,noexec,nosuid,size=256m" },
        uploads: uploadsOf(spec),
        labels: dockerLabels(spec.facts),
      },
      this.opts(parent, { dependsOn: made }),
    );
    return { name: spec.name, resources: [...made, c] };
  }

  expose(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a TLS ingress under the portal domain",
      "host internet-facing apps on a kubernetes site",
    );
  }
  virtualMachine(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a virtual machine (VPS)",
      "place VPS on a kubernetes site with KubeVirt",
    );
  }
  monitoringTarget(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a Prometheus probe",
      "monitor colocation servers from a kubernetes site",
    );
  }
  backupLocation(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a Velero backup location",
      "Docker-hosted data is backed up by its backup container",
    );
  }
  /** A Docker host has no platform layer: the region runs its node agents itself. */
  installedAddOns(): null {
    return null;
  }
  platformSecret(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a Secret for a platform add-on",
      "Docker sites have no platform layer",
    );
  }
  config(): Made {
    throw unsupported(
      this.site,
      "docker",
      "a ConfigMap",
      "keep the dinas' shared objects on a kubernetes site",
    );
  }
  finish(): Made {
    return { name: this.site.id, resources: [] };
  }
  serviceGateway(): Made {
    throw unsupported(
      this.site,
      "docker",
      "the Sistem Penghubung Layanan",
      "run the gateway on a kubernetes site",
    );
  }
}

/**
 * Docker has no ConfigMap or Secret objects: the agent's files are uploaded into their volumes.
 * Secret files the operator provides are a host directory instead (see `operatorSecretDir`).
 */
function uploadsOf(spec: NodeAgentSpec): Array<{ file: string; content: pulumi.Input<string> }> {
  const files = Object.entries(spec.files?.data ?? {}).map(([name, content]) => ({
    file: `${spec.files?.mountPath}/${name}`,
    content,
  }));
  const s = spec.secretFiles;
  const secrets = Object.entries(s?.data ?? {}).map(([name, content]) => ({
    file: `${s?.mountPath}/${name}`,
    content,
  }));
  return [...files, ...secrets];
}

/** Where the operator of a Docker host places a secret the program does not hold (e.g. PDN's S3 keys). */
export function operatorSecretDir(name: string): string {
  return `/etc/spbe-infra/secrets/${name}`;
}

/** `512Mi` → 512, `2Gi` → 2048 (Docker takes megabytes). */
export function memoryMb(quantity: string): number {
  const m = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!m) throw new Error(`memory '${quantity}' must be written in Mi or Gi for a Docker site`);
  return Number(m[1]) * (m[2] === "Gi" ? 1024 : 1);
}
