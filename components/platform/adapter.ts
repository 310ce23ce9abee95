/**
 * What a component may ask of a site, whatever the site runs. Components never branch on the
 * platform: they describe a tenant boundary, a workload, a volume, a backup location… and the
 * site's adapter (kubernetes.ts, docker.ts) turns that into the platform's real resources, all
 * through the site's one explicit provider. A request a platform cannot honour is an error that
 * names the site and what was asked, never a silent no-op.
 */
import type { InstalledAddOns } from "./platform-ref";
import type * as pulumi from "@pulumi/pulumi";
import type { Facts } from "../facts";
import type { SitePlacement } from "../../plan/placement";
import type { AccessRole } from "../../plan/catalogs";

export interface Made {
  /** The platform name of the thing (namespace, service, network, volume…). */
  name: string;
  resources: pulumi.Resource[];
}

export interface TenantSpec {
  /** Logical-name prefix, unique in the stack (`<site>-<agency>`). */
  key: string;
  name: string;
  facts: Facts;
  /** Pod security level enforced in the tenant: `restricted` unless a node agent needs more. */
  podSecurity: "restricted" | "baseline" | "privileged";
  quota?: { cpu: string; memory: string; storageGi: number; pods: number };
  access?: Array<{ subject: string; kind: "User" | "Group"; role: AccessRole }>;
  protect: boolean;
}

/**
 * A peer a namespace's boundary opens to: another tenant (namespace), the proxies of a gateway
 * (the edge or the Sistem Penghubung Layanan; Envoy Gateway runs them in its own namespace), or
 * addresses outside the cluster.
 */
export type NetworkPeer =
  | { tenant: string }
  /** The proxies of every Gateway in that namespace. */
  | { gatewayProxies: string }
  | { cidr: string };

/** One explicit opening in a default-deny boundary, named for why it exists. */
export interface NetworkAllowance {
  /** Why the opening exists (`edge`, `gateway`, `log-store`…): names its policy `allow-<purpose>`. */
  purpose: string;
  direction: "ingress" | "egress";
  peers: NetworkPeer[];
  /** Ports the opening is limited to; none = every port of the peers. */
  ports?: Array<{ protocol: "TCP" | "UDP"; port: number }>;
}

/**
 * A tenant's network boundary: every pod denied in both directions, then DNS, then exactly the
 * allowances listed (and, when `sameNamespace`, its own pods with each other).
 */
export interface NetworkBoundarySpec {
  key: string;
  tenant: Made;
  facts: Facts;
  /** Pods of the tenant reach each other (an agency's app and its database). */
  sameNamespace: boolean;
  allow: NetworkAllowance[];
}

export interface VolumeSpec {
  key: string;
  name: string;
  tenant: Made;
  sizeGi: number;
  /** Several replicas mount it: needs a shared (ReadWriteMany) volume. */
  shared: boolean;
  facts: Facts;
}

export interface WorkloadSpec {
  key: string;
  name: string;
  tenant: Made;
  image: string;
  port: number;
  replicas: number;
  cpu: string;
  memory: string;
  volume?: { made: Made; mountPath: string };
  env?: Record<string, pulumi.Input<string>>;
  args?: string[];
  facts: Facts;
}

export interface ExposeSpec {
  key: string;
  name: string;
  tenant: Made;
  host: string;
  service: Made;
  port: number;
  issuer: string;
  /** Facts of the published route and its certificate (the application's). */
  facts: Facts;
  /** Facts of the site's edge (namespace, Gateway): the dinas'. */
  edge: Facts;
}

export interface VirtualMachineSpec {
  key: string;
  name: string;
  tenant: Made;
  cpu: number;
  memoryGi: number;
  /** Boot disk image (a container disk). */
  image: string;
  /** Port the VM's service listens on, published inside the cluster as a Service. */
  port: number;
  dataVolume?: Made;
  facts: Facts;
}

export interface MonitoringTargetSpec {
  key: string;
  name: string;
  tenant: Made;
  targets: string[];
  module: "icmp" | "tcp_connect" | "http_2xx";
  facts: Facts;
}

export interface ObjectStorageSpec {
  key: string;
  name: string;
  tenant: Made;
  bucket: string;
  /** The S3 region the store accepts signatures for (the backup location's). */
  region: string;
  sizeGi: number;
  /** Host name under which the storage is published (TLS) for other sites. */
  host: string;
  issuer: string;
  accessKey: pulumi.Output<string>;
  secretKey: pulumi.Output<string>;
  facts: Facts;
}

export interface ObjectStorageMade extends Made {
  endpoint: string;
}

export interface BackupLocationSpec {
  key: string;
  name: string;
  bucket: string;
  region: string;
  endpoint: string;
  /** Credentials to store with the location, or null when an operator provides the named secret. */
  credentials: { accessKey: pulumi.Output<string>; secretKey: pulumi.Output<string> } | null;
  credentialSecret: string;
  facts: Facts;
}

export interface BackupScheduleSpec {
  key: string;
  name: string;
  schedule: string;
  ttl: string;
  retentionDays: number;
  /** What to back up: the tenant and the app whose objects and volumes are taken. */
  tenant: string;
  app: string;
  volume: Made | null;
  location: { name: string; endpoint: string; bucket: string; region: string };
  credentials: { accessKey: pulumi.Output<string>; secretKey: pulumi.Output<string> } | null;
  facts: Facts;
}

export interface NodeAgentSpec {
  key: string;
  name: string;
  tenant: Made;
  image: string;
  args?: string[];
  /** What the agent needs of the node; each widens its privileges and is why its tenant is not restricted. */
  needs: {
    /** Runs as root (user 0): to read what only root owns on the node. Never privileged. */
    root?: boolean;
    /** Capabilities added back after dropping all (`BPF`, `PERFMON`…); each one documented. */
    capabilities?: string[];
    hostNetwork?: boolean;
    hostPid?: boolean;
    hostPaths?: Array<{ path: string; mountPath: string }>;
  };
  /** Configuration files, mounted read-only in `mountPath` (a ConfigMap, or files uploaded on Docker). */
  files?: { mountPath: string; data: Record<string, string> };
  /**
   * Secret files in `mountPath`: with `data`, made from those Pulumi secrets; without, a Secret of
   * that name the operator provides (see the security notes).
   */
  secretFiles?: { name: string; mountPath: string; data: Record<string, pulumi.Output<string>> | null };
  env?: Record<string, string>;
  facts: Facts;
}

export interface ConfigSpec {
  key: string;
  name: string;
  tenant: Made;
  data: Record<string, pulumi.Input<string>>;
  facts: Facts;
}

/** A Secret of credential files the program holds, in a namespace an add-on of the platform runs in. */
export interface PlatformSecretSpec {
  key: string;
  name: string;
  namespace: string;
  data: Record<string, pulumi.Output<string>>;
  facts: Facts;
}

export interface SiteAdapter {
  readonly site: SitePlacement;
  readonly platform: "kubernetes" | "docker";
  readonly provider: pulumi.ProviderResource;
  tenant(spec: TenantSpec, parent: pulumi.Resource): Made;
  networkBoundary(spec: NetworkBoundarySpec, parent: pulumi.Resource): Made;
  volume(spec: VolumeSpec, parent: pulumi.Resource): Made;
  workload(spec: WorkloadSpec, parent: pulumi.Resource): Made;
  expose(spec: ExposeSpec, parent: pulumi.Resource): Made;
  virtualMachine(spec: VirtualMachineSpec, parent: pulumi.Resource): Made;
  monitoringTarget(spec: MonitoringTargetSpec, parent: pulumi.Resource): Made;
  objectStorage(spec: ObjectStorageSpec, parent: pulumi.Resource): ObjectStorageMade;
  backupLocation(spec: BackupLocationSpec, parent: pulumi.Resource): Made;
  backupSchedule(spec: BackupScheduleSpec, parent: pulumi.Resource): Made;
  nodeAgent(spec: NodeAgentSpec, parent: pulumi.Resource): Made;
  config(spec: ConfigSpec, parent: pulumi.Resource): Made;
  /**
   * What the site's platform stack installs (components/platform/platform-ref.ts), or null where
   * a site has no platform layer (Docker): the region then runs every node agent itself.
   */
  installedAddOns(): Promise<InstalledAddOns> | null;
  /** A Secret for an add-on of the platform layer (its log shipper's store key); Kubernetes only. */
  platformSecret(spec: PlatformSecretSpec, parent: pulumi.Resource): Made;
  serviceGateway(spec: GatewaySpec, parent: pulumi.Resource): Made;
  /** Completes what needs every component's requests first (the edge's Gateways); once, last. */
  finish(parent: pulumi.Resource): Made;
}

/** The error for a request a platform cannot honour. */
export function unsupported(site: SitePlacement, platform: string, what: string, instead: string): Error {
  return new Error(`${site.source} (site '${site.id}', ${platform}): cannot provide ${what}; ${instead}`);
}

export interface GatewayRouteSpec {
  key: string;
  name: string;
  path: string;
  /** A Service in a tenant, or an address outside the cluster (colocation server, upstream). */
  backend:
    | { kind: "service"; namespace: string; service: string; port: number }
    | { kind: "address"; address: string; port: number }
    | { kind: "fqdn"; host: string; port: number; tls: boolean };
  /** Consumers allowed (API-key credential names), with the secret holding their keys; null = no auth (upstream). */
  consumers: { names: string[]; keys: Record<string, pulumi.Output<string>> } | null;
  facts: Facts;
}

export interface GatewaySpec {
  key: string;
  name: string;
  tenant: Made;
  host: string;
  issuer: string;
  routes: GatewayRouteSpec[];
  facts: Facts;
}
