/**
 * Every cluster add-on the platform layer installs, pinned in this one place: the chart (or the
 * release manifest where upstream ships no chart), its repository, its version, and which
 * install mechanism runs it (docs/adr/0005-platform-layer.md says why per add-on). The chart's
 * own `values.schema.json`, where it ships one, and otherwise its default `values.yaml`, are
 * vendored byte for byte under `platform/charts/<chart>/` with their source in `SOURCE.md`.
 * `provides` lists the custom resource kinds (apiVersion/kind) the add-on serves once running:
 * what the region's preflight matches its objects against.
 */

export type AddOnName =
  | "cert-manager"
  | "envoy-gateway"
  | "velero"
  | "kube-prometheus-stack"
  | "prometheus-blackbox-exporter"
  | "kubevirt"
  | "cdi"
  | "falco"
  | "fluent-bit";

export interface ChartPin {
  kind: "chart";
  /** `helm.v4.Chart` renders into resources Pulumi (and the policies) see; `helm.v3.Release` keeps Helm's hooks. */
  via: "helm.v4.Chart" | "helm.v3.Release";
  chart: string;
  /** Chart repository (https) or OCI registry (`oci://…`, then `chart` is the full reference). */
  repo: string;
  version: string;
  /** Vendored files beside the pin, relative to platform/charts/. */
  schema: string | null;
  defaults: string;
  /**
   * For a chart without a schema: dotted paths the chart reads that its defaults do not list,
   * or under which any key is the chart's to accept (a module map, a Kubernetes SecurityContext).
   */
  open?: string[];
}

export interface ManifestPin {
  kind: "manifest";
  via: "yaml.v2.ConfigFile";
  /** Release manifests of the operator (CRDs, RBAC, Deployment), applied in order. */
  files: string[];
  version: string;
}

export type Pin = (ChartPin | ManifestPin) & { namespace: string; provides: string[] };

const GW = "gateway.networking.k8s.io";

export const PINS: Record<AddOnName, Pin> = {
  "cert-manager": {
    kind: "chart",
    via: "helm.v4.Chart",
    chart: "cert-manager",
    repo: "https://charts.jetstack.io",
    version: "v1.21.1",
    schema: "cert-manager/values.schema.json",
    defaults: "cert-manager/values.yaml",
    namespace: "cert-manager",
    provides: [
      "cert-manager.io/v1/Certificate",
      "cert-manager.io/v1/CertificateRequest",
      "cert-manager.io/v1/Issuer",
      "cert-manager.io/v1/ClusterIssuer",
      "acme.cert-manager.io/v1/Order",
      "acme.cert-manager.io/v1/Challenge",
    ],
  },
  "envoy-gateway": {
    kind: "chart",
    via: "helm.v3.Release",
    chart: "oci://docker.io/envoyproxy/gateway-helm",
    repo: "oci://docker.io/envoyproxy",
    version: "v1.9.0",
    schema: null,
    defaults: "gateway-helm/values.tmpl.yaml",
    namespace: "envoy-gateway-system",
    provides: [
      `${GW}/v1/GatewayClass`,
      `${GW}/v1/Gateway`,
      `${GW}/v1/HTTPRoute`,
      `${GW}/v1/GRPCRoute`,
      `${GW}/v1beta1/ReferenceGrant`,
      `${GW}/v1/BackendTLSPolicy`,
      "gateway.envoyproxy.io/v1alpha1/SecurityPolicy",
      "gateway.envoyproxy.io/v1alpha1/ClientTrafficPolicy",
      "gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy",
      "gateway.envoyproxy.io/v1alpha1/EnvoyProxy",
    ],
  },
  velero: {
    kind: "chart",
    via: "helm.v4.Chart",
    chart: "velero",
    repo: "https://vmware-tanzu.github.io/helm-charts",
    version: "11.4.0",
    schema: "velero/values.schema.json",
    defaults: "velero/values.yaml",
    namespace: "velero",
    provides: [
      "velero.io/v1/BackupStorageLocation",
      "velero.io/v1/VolumeSnapshotLocation",
      "velero.io/v1/Schedule",
      "velero.io/v1/Backup",
      "velero.io/v1/Restore",
    ],
  },
  "kube-prometheus-stack": {
    kind: "chart",
    via: "helm.v3.Release",
    chart: "kube-prometheus-stack",
    repo: "https://prometheus-community.github.io/helm-charts",
    version: "88.5.3",
    schema: null,
    defaults: "kube-prometheus-stack/values.yaml",
    namespace: "monitoring",
    provides: [
      "monitoring.coreos.com/v1/Prometheus",
      "monitoring.coreos.com/v1/ServiceMonitor",
      "monitoring.coreos.com/v1/PodMonitor",
      "monitoring.coreos.com/v1/Probe",
      "monitoring.coreos.com/v1/PrometheusRule",
      "monitoring.coreos.com/v1/Alertmanager",
    ],
  },
  "prometheus-blackbox-exporter": {
    kind: "chart",
    via: "helm.v4.Chart",
    chart: "prometheus-blackbox-exporter",
    repo: "https://prometheus-community.github.io/helm-charts",
    version: "11.17.2",
    schema: null,
    defaults: "prometheus-blackbox-exporter/values.yaml",
    // fullnameOverride: read by templates/_helpers.tpl; modules: named by the user; securityContext: the container's.
    open: ["fullnameOverride", "config.modules", "securityContext"],
    namespace: "monitoring",
    provides: [],
  },
  kubevirt: {
    kind: "manifest",
    via: "yaml.v2.ConfigFile",
    version: "v1.8.4",
    files: ["https://github.com/kubevirt/kubevirt/releases/download/v1.8.4/kubevirt-operator.yaml"],
    namespace: "kubevirt",
    provides: [
      "kubevirt.io/v1/KubeVirt",
      "kubevirt.io/v1/VirtualMachine",
      "kubevirt.io/v1/VirtualMachineInstance",
    ],
  },
  cdi: {
    kind: "manifest",
    via: "yaml.v2.ConfigFile",
    version: "v1.65.0",
    files: [
      "https://github.com/kubevirt/containerized-data-importer/releases/download/v1.65.0/cdi-operator.yaml",
    ],
    namespace: "cdi",
    provides: ["cdi.kubevirt.io/v1beta1/CDI", "cdi.kubevirt.io/v1beta1/DataVolume"],
  },
  falco: {
    kind: "chart",
    via: "helm.v4.Chart",
    chart: "falco",
    repo: "https://falcosecurity.github.io/charts",
    version: "9.1.0",
    schema: null,
    defaults: "falco/values.yaml",
    namespace: "falco",
    provides: [],
  },
  "fluent-bit": {
    kind: "chart",
    via: "helm.v4.Chart",
    chart: "fluent-bit",
    repo: "https://fluent.github.io/helm-charts",
    version: "0.58.1",
    schema: null,
    defaults: "fluent-bit/values.yaml",
    namespace: "logging",
    provides: [],
  },
};

/** The add-on that serves a custom resource kind (`group/version/Kind`), or null. */
export function addOnProviding(kind: string): AddOnName | null {
  for (const [name, pin] of Object.entries(PINS)) if (pin.provides.includes(kind)) return name as AddOnName;
  return null;
}
