/**
 * The Kubernetes adapter: one explicit `k8s.Provider` per site (its kube context from the
 * inventory), never the ambient default. Tenants are namespaces with quota, limits, restricted Pod
 * Security and RBAC; workloads are hardened Deployments; data is on protected claims.
 * Storage/backup, the gateway and the internet edge live in kubernetes-storage.ts,
 * kubernetes-gateway.ts and kubernetes-edge.ts.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { LABEL, ROLE } from "../../inventory/facts";
import type { SitePlacement } from "../../plan/placement";
import type {
  BackupLocationSpec,
  BackupScheduleSpec,
  ConfigSpec,
  ExposeSpec,
  GatewaySpec,
  Made,
  MonitoringTargetSpec,
  NetworkBoundarySpec,
  NodeAgentSpec,
  ObjectStorageMade,
  ObjectStorageSpec,
  SiteAdapter,
  TenantSpec,
  VirtualMachineSpec,
  VolumeSpec,
  WorkloadSpec,
  PlatformSecretSpec,
} from "./adapter";
import { hardenedContainer, hardenedPod, meta } from "./kubernetes-pod";
import { KubernetesEdge } from "./kubernetes-edge";
import { PlatformRef, type InstalledAddOns } from "./platform-ref";
import { backupLocation, backupSchedule, objectStorage } from "./kubernetes-storage";
import { serviceGateway } from "./kubernetes-gateway";
import { networkBoundary, tenant } from "./kubernetes-tenant";
import { nodeAgent } from "./kubernetes-agent";

export class KubernetesAdapter implements SiteAdapter {
  readonly platform = "kubernetes" as const;
  readonly provider: k8s.Provider;
  private readonly edge = new KubernetesEdge(this);

  /** What the site's platform stack installed (issuer, gateway class, Velero, blackbox exporter). */
  readonly platformStack: PlatformRef;

  constructor(
    readonly site: SitePlacement,
    context: string,
    parent: pulumi.Resource,
  ) {
    this.provider = new k8s.Provider(`${site.id}-k8s`, { context }, { parent });
    this.platformStack = new PlatformRef(site.id, parent);
  }

  /** Options for a child of `parent` on this site's cluster. */
  opts(parent: pulumi.Resource, extra: pulumi.CustomResourceOptions = {}): pulumi.CustomResourceOptions {
    return { parent, provider: this.provider, ...extra };
  }

  tenant(spec: TenantSpec, parent: pulumi.Resource): Made {
    return tenant(this, spec, parent);
  }

  networkBoundary(spec: NetworkBoundarySpec, parent: pulumi.Resource): Made {
    return networkBoundary(this, spec, parent);
  }

  volume(spec: VolumeSpec, parent: pulumi.Resource): Made {
    const pvc = new k8s.core.v1.PersistentVolumeClaim(
      `${spec.key}-data`,
      {
        metadata: meta(spec.name, spec.tenant.name, spec.facts),
        spec: {
          accessModes: [spec.shared ? "ReadWriteMany" : "ReadWriteOnce"],
          resources: { requests: { storage: `${spec.sizeGi}Gi` } },
        },
      },
      this.opts(parent, { protect: true, dependsOn: spec.tenant.resources }),
    );
    return { name: spec.name, resources: [pvc] };
  }

  workload(spec: WorkloadSpec, parent: pulumi.Resource): Made {
    const o = parent;
    const ns = spec.tenant.name;
    const selector = { "app.kubernetes.io/name": spec.name };
    const volumes: k8s.types.input.core.v1.Volume[] = spec.volume
      ? [{ name: "data", persistentVolumeClaim: { claimName: spec.volume.made.name } }]
      : [];
    const mounts = spec.volume ? [{ name: "data", mountPath: spec.volume.mountPath }] : [];
    const env = Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value }));
    const container = hardenedContainer({
      name: spec.name,
      image: spec.image,
      port: spec.port,
      cpu: spec.cpu,
      memory: spec.memory,
      mounts,
      env,
      args: spec.args,
    });
    const deps = [...spec.tenant.resources, ...(spec.volume?.made.resources ?? [])];
    const deployment = new k8s.apps.v1.Deployment(
      `${spec.key}-app`,
      {
        metadata: meta(spec.name, ns, spec.facts),
        spec: {
          replicas: spec.replicas,
          selector: { matchLabels: selector },
          template: {
            metadata: { labels: { ...spec.facts.labels, ...selector }, annotations: spec.facts.annotations },
            spec: hardenedPod([container], volumes),
          },
        },
      },
      this.opts(o, { dependsOn: deps }),
    );
    const service = new k8s.core.v1.Service(
      `${spec.key}-svc`,
      {
        metadata: meta(spec.name, ns, spec.facts),
        spec: {
          type: "ClusterIP",
          selector,
          ports: [{ name: "http", port: spec.port, targetPort: "http", protocol: "TCP" }],
        },
      },
      this.opts(o, { dependsOn: spec.tenant.resources }),
    );
    return { name: spec.name, resources: [deployment, service] };
  }

  expose(spec: ExposeSpec, parent: pulumi.Resource): Made {
    return this.edge.expose(spec, parent);
  }

  finish(parent: pulumi.Resource): Made {
    return this.edge.finish(parent);
  }

  virtualMachine(spec: VirtualMachineSpec, parent: pulumi.Resource): Made {
    const disks: Record<string, unknown>[] = [{ name: "rootdisk", disk: { bus: "virtio" } }];
    const volumes: Record<string, unknown>[] = [{ name: "rootdisk", containerDisk: { image: spec.image } }];
    if (spec.dataVolume) {
      disks.push({ name: "datadisk", disk: { bus: "virtio" } });
      volumes.push({ name: "datadisk", persistentVolumeClaim: { claimName: spec.dataVolume.name } });
    }
    const vm = new k8s.apiextensions.CustomResource(
      `${spec.key}-vm`,
      {
        apiVersion: "kubevirt.io/v1",
        kind: "VirtualMachine",
        metadata: meta(spec.name, spec.tenant.name, spec.facts),
        spec: {
          runStrategy: "Always",
          template: {
            metadata: { labels: spec.facts.labels, annotations: spec.facts.annotations },
            spec: {
              domain: {
                cpu: { cores: spec.cpu },
                resources: { requests: { memory: `${spec.memoryGi}Gi` } },
                devices: { disks },
              },
              volumes,
            },
          },
        },
      },
      this.opts(parent, {
        dependsOn: [...spec.tenant.resources, ...(spec.dataVolume?.resources ?? [])],
      }),
    );
    // virt-launcher pods carry the template's labels: the Service finds the VM by them.
    const service = new k8s.core.v1.Service(
      `${spec.key}-svc`,
      {
        metadata: meta(spec.name, spec.tenant.name, spec.facts),
        spec: {
          type: "ClusterIP",
          selector: { [LABEL.app]: spec.facts.labels[LABEL.app] ?? spec.name, [LABEL.role]: ROLE.vps },
          ports: [{ name: "http", port: spec.port, targetPort: spec.port, protocol: "TCP" }],
        },
      },
      this.opts(parent, { dependsOn: spec.tenant.resources }),
    );
    return { name: spec.name, resources: [vm, service] };
  }

  monitoringTarget(spec: MonitoringTargetSpec, parent: pulumi.Resource): Made {
    const probe = new k8s.apiextensions.CustomResource(
      `${spec.key}-probe`,
      {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "Probe",
        metadata: meta(spec.name, spec.tenant.name, spec.facts),
        spec: {
          interval: "60s",
          module: spec.module,
          prober: { url: this.platformStack.blackboxExporter },
          targets: { staticConfig: { static: spec.targets, labels: { server: spec.name } } },
        },
      },
      this.opts(parent, { dependsOn: spec.tenant.resources }),
    );
    return { name: spec.name, resources: [probe] };
  }

  nodeAgent(spec: NodeAgentSpec, parent: pulumi.Resource): Made {
    return nodeAgent(this, spec, parent);
  }

  installedAddOns(): Promise<InstalledAddOns> {
    return this.platformStack.addOns();
  }

  platformSecret(spec: PlatformSecretSpec, parent: pulumi.Resource): Made {
    const secret = new k8s.core.v1.Secret(
      `${spec.key}-secret`,
      { metadata: meta(spec.name, spec.namespace, spec.facts), type: "Opaque", stringData: spec.data },
      this.opts(parent),
    );
    return { name: spec.name, resources: [secret] };
  }

  config(spec: ConfigSpec, parent: pulumi.Resource): Made {
    const cm = new k8s.core.v1.ConfigMap(
      `${spec.key}-config`,
      { metadata: meta(spec.name, spec.tenant.name, spec.facts), data: spec.data },
      this.opts(parent, { dependsOn: spec.tenant.resources }),
    );
    return { name: spec.name, resources: [cm] };
  }

  objectStorage(spec: ObjectStorageSpec, parent: pulumi.Resource): ObjectStorageMade {
    return objectStorage(this, spec, parent);
  }
  backupLocation(spec: BackupLocationSpec, parent: pulumi.Resource): Made {
    return backupLocation(this, spec, parent);
  }
  backupSchedule(spec: BackupScheduleSpec, parent: pulumi.Resource): Made {
    return backupSchedule(this, spec, parent);
  }
  serviceGateway(spec: GatewaySpec, parent: pulumi.Resource): Made {
    return serviceGateway(this, spec, parent);
  }
}
