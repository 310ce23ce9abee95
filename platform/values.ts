/**
 * What a Kubernetes site of a region needs installed, and each add-on's chart values, computed
 * from the inventory alone (never from the region program's objects: the preflight compares the
 * two, so they must come from separate reasoning). Pure.
 */
import type { Inventory } from "../inventory/schema";
import { buildBackupPlan } from "../plan/backup";
import { logCredentialSecret, logStoreSite } from "../plan/security";
import { fluentBitBlocks } from "../components/fluent-bit-config";
import { renderFluentBit } from "../components/formats/fluent-bit";
import { dinasStoreEndpoint } from "../components/platform/object-store";
import { PINS, type AddOnName } from "./versions";

/** Names the platform stack exports and the region reads through its StackReference. */
export const GATEWAY_CLASS = "envoy-gateway";
export const GATEWAY_CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller";
export const BLACKBOX_RELEASE = "blackbox-exporter";
export const VELERO_AWS_PLUGIN = "velero/velero-plugin-for-aws:v1.13.2";

export interface SiteNeeds {
  site: string;
  /** Why each add-on is installed on this site (inventory paths or rules), by add-on. */
  addOns: Partial<Record<AddOnName, string>>;
}

/** The add-ons a Kubernetes site needs, with the reason. Throws when `siteId` is no Kubernetes site. */
export function siteNeeds(inv: Inventory, siteId: string): SiteNeeds {
  const index = inv.sites.findIndex((s) => s.id === siteId);
  const site = inv.sites[index];
  if (!site) throw new Error(`site '${siteId}' is not in the inventory (sites[].id)`);
  if (site.platform?.type !== "kubernetes")
    throw new Error(
      `sites[${index}] '${siteId}': platform is not kubernetes; a platform stack is per Kubernetes site`,
    );
  const addOns: SiteNeeds["addOns"] = {
    "cert-manager": "TLS certificates of every published application and gateway (SEC-04)",
    "envoy-gateway": "the edge and the Sistem Penghubung Layanan through the Gateway API",
    "kube-prometheus-stack": "monitoring of the site's services and colocation servers (Probes)",
    "prometheus-blackbox-exporter": "the prober the Probes name",
  };
  const vps = inv.applications.findIndex((a) => a.placement.mode === "vps" && a.placement.site === siteId);
  if (vps >= 0) {
    addOns.kubevirt = `applications[${vps}] runs as a VPS on this site`;
    addOns.cdi = `applications[${vps}]: VPS disks are imported as DataVolumes`;
  }
  const velero = buildBackupPlan(inv).entries.find((e) => e.site === siteId && e.mechanism === "velero");
  if (velero) addOns.velero = `${velero.source}: backed up by Velero from this site`;
  const controls = inv.security.controls;
  const falco = controls.find((c) => c === "ids-ips" || c === "integrity-monitoring");
  if (falco) addOns.falco = `security.controls: ${falco}`;
  if (controls.includes("log-analysis") && logStoreSite(inv))
    addOns["fluent-bit"] = "security.controls: log-analysis";
  return { site: siteId, addOns };
}

type Values = Record<string, unknown>;

/** The chart values of an add-on on a site. */
export function chartValues(inv: Inventory, siteId: string, name: AddOnName): Values {
  const labels = { "spbe.go.id/region": inv.region.key, "spbe.go.id/site": siteId };
  switch (name) {
    case "cert-manager":
      // CRDs rendered with the chart and kept on uninstall; the startup check is a Helm hook
      // Job, which helm.v4.Chart would run as an ordinary Job racing the webhook: off.
      return {
        crds: { enabled: true, keep: true },
        startupapicheck: { enabled: false },
        config: {
          apiVersion: "controller.config.cert-manager.io/v1alpha1",
          kind: "ControllerConfiguration",
          enableGatewayAPI: true,
        },
        global: { commonLabels: labels },
      };
    case "envoy-gateway":
      return { crds: { enabled: true }, commonLabels: labels, podDisruptionBudget: { minAvailable: 1 } };
    case "velero":
      // The AWS plugin serves any S3 endpoint (PDN, a provider, the Dinas' own store). Backup
      // locations are the region's (it holds the Dinas store's credentials); none from the chart.
      return {
        initContainers: [
          {
            name: "velero-plugin-for-aws",
            image: VELERO_AWS_PLUGIN,
            imagePullPolicy: "IfNotPresent",
            volumeMounts: [{ mountPath: "/target", name: "plugins" }],
          },
        ],
        upgradeCRDs: false,
        snapshotsEnabled: false,
        deployNodeAgent: true,
        credentials: { useSecret: false },
        configuration: { backupStorageLocation: [], volumeSnapshotLocation: [] },
        labels,
      };
    case "kube-prometheus-stack":
      // Probes in any namespace, whatever their labels: the region puts them in the agencies'.
      return {
        commonLabels: labels,
        grafana: { enabled: false },
        prometheus: {
          prometheusSpec: {
            probeSelectorNilUsesHelmValues: false,
            probeNamespaceSelector: {},
            retention: `${Math.min(inv.security.activityRecords.retentionDays, 90)}d`,
          },
        },
      };
    case "prometheus-blackbox-exporter":
      return {
        fullnameOverride: BLACKBOX_RELEASE,
        commonLabels: labels,
        // ICMP probes of colocation servers need a raw socket.
        securityContext: {
          runAsUser: 1000,
          runAsGroup: 1000,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ["ALL"], add: ["NET_RAW"] },
        },
        config: {
          modules: {
            http_2xx: { prober: "http", timeout: "5s", http: { preferred_ip_protocol: "ip4" } },
            icmp: { prober: "icmp", timeout: "5s", icmp: { preferred_ip_protocol: "ip4" } },
          },
        },
      };
    case "falco":
      return {
        driver: { kind: "modern_ebpf" },
        falco: { json_output: true },
        falcosidekick: { enabled: false },
        podLabels: labels,
      };
    case "fluent-bit":
      return fluentBitValues(inv, labels);
    case "kubevirt":
    case "cdi":
      throw new Error(`${name} is installed from its release manifest, not a chart`);
  }
}

function fluentBitValues(inv: Inventory, labels: Record<string, string>): Values {
  const store = logStoreSite(inv);
  const loc = buildBackupPlan(inv).locations.find((l) => l.site === store?.site);
  if (!store || !loc)
    throw new Error("security.controls: log-analysis needs an object store to ship logs to");
  // The Dinas' store is where components/platform/object-store.ts publishes it.
  const endpoint = loc.endpoint ?? dinasStoreEndpoint(inv, loc.site);
  const secret = logCredentialSecret(loc.site);
  // The same inputs and output as the region's own agent (container and API-server audit logs,
  // over TLS with the store's certificate verified); the chart's service section stays its own.
  const blocks = fluentBitBlocks(inv.region.key, {
    site: loc.site,
    endpoint,
    bucket: loc.bucket,
    region: loc.region,
  });
  return {
    labels,
    env: [{ name: "AWS_SHARED_CREDENTIALS_FILE", value: "/fluent-bit/secrets/cloud" }],
    extraVolumes: [{ name: "s3-credentials", secret: { secretName: secret } }],
    extraVolumeMounts: [{ name: "s3-credentials", mountPath: "/fluent-bit/secrets", readOnly: true }],
    config: {
      inputs: renderFluentBit(blocks.inputs),
      // The chart's default filter enriches `kube.*` records, which these inputs do not tag.
      filters: "",
      outputs: renderFluentBit([blocks.output]),
    },
  };
}

/** The namespace an add-on runs in. */
export function namespaceOf(name: AddOnName): string {
  return PINS[name].namespace;
}
