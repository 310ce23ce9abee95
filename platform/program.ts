/**
 * The platform layer's program: on one Kubernetes site of a region, the cluster add-ons the
 * region's objects need (platform/values.ts says which and why), each from its pin in
 * platform/versions.ts, namespaces before their contents and every custom resource after the
 * add-on serving its kind. `platform/index.ts` runs it under the engine, the tests and
 * `spbe check --platform` under the SDK's mocks. It exports what the region reads through its
 * StackReference: the add-ons with their versions and kinds, the ClusterIssuer, the
 * GatewayClass and the namespaces of Velero, the blackbox exporter and the gateway proxies.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { loadRegion } from "../components/program";
import type { Inventory } from "../inventory/schema";
import { BLACKBOX_RELEASE, GATEWAY_CLASS, GATEWAY_CONTROLLER, chartValues, siteNeeds } from "./values";
import { PINS, type AddOnName, type Pin } from "./versions";

export const PLATFORM_PROJECT = "spbe-platform";

export interface PlatformConfig {
  /** The region's inventory file. */
  inventory: string;
  /** The Kubernetes site (sites[].id) this stack installs. */
  site: string;
  /** ACME directory of the region's certificate issuer (e.g. BSrE's), with the account e-mail. */
  acmeServer: string;
  acmeEmail: string;
  /** The edge Gateway (`namespace/name`) the ACME HTTP-01 challenges are answered through. */
  edgeGateway?: string;
  /** Add-ons the operator chose not to install through this stack (the preflight then reports what needs them). */
  without?: AddOnName[];
}

export interface InstalledAddOn {
  version: string;
  via: Pin["via"];
  namespace: string;
  provides: string[];
  reason: string;
}

/** The platform stack's outputs: what the region reads (see components/platform/platform-ref.ts). */
export interface PlatformOutputs {
  region: string;
  site: string;
  addOns: Partial<Record<AddOnName, InstalledAddOn>>;
  issuer: { name: string; authority: string; acmeServer: string };
  gatewayClass: string | null;
  gatewayProxies: string;
  veleroNamespace: string | null;
  blackboxExporter: string | null;
}

export function checkPlatformConfig(c: PlatformConfig): void {
  const where = `${PLATFORM_PROJECT} config`;
  if (!/^https:\/\/[^/\s]+\/\S*$/.test(c.acmeServer))
    throw new Error(`${where} 'acmeServer': '${c.acmeServer}' is not an https URL of an ACME directory`);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.acmeEmail))
    throw new Error(`${where} 'acmeEmail': '${c.acmeEmail}' is not an e-mail address`);
  if (c.edgeGateway !== undefined && !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(c.edgeGateway))
    throw new Error(`${where} 'edgeGateway': '${c.edgeGateway}' is not <namespace>/<name>`);
  for (const w of c.without ?? [])
    if (!(w in PINS))
      throw new Error(`${where} 'without': unknown add-on '${w}' (known: ${Object.keys(PINS).join(", ")})`);
}

/** The outputs a platform stack has, computed without registering anything. */
export function platformOutputsOf(inv: Inventory, c: PlatformConfig): PlatformOutputs {
  const needs = siteNeeds(inv, c.site);
  const addOns: PlatformOutputs["addOns"] = {};
  for (const [name, reason] of Object.entries(needs.addOns) as [AddOnName, string][]) {
    if (c.without?.includes(name)) continue;
    const pin = PINS[name];
    addOns[name] = {
      version: pin.version,
      via: pin.via,
      namespace: pin.namespace,
      provides: pin.provides,
      reason,
    };
  }
  const issuer = inv.security.certificateIssuer;
  return {
    region: inv.region.key,
    site: c.site,
    addOns,
    issuer: { name: issuer.name, authority: issuer.authority, acmeServer: c.acmeServer },
    gatewayClass: addOns["envoy-gateway"] ? GATEWAY_CLASS : null,
    gatewayProxies: PINS["envoy-gateway"].namespace,
    veleroNamespace: addOns.velero ? PINS.velero.namespace : null,
    blackboxExporter: addOns["prometheus-blackbox-exporter"]
      ? `${BLACKBOX_RELEASE}.${PINS["prometheus-blackbox-exporter"].namespace}.svc:9115`
      : null,
  };
}

/** Registers the platform of one site; returns its stack outputs. */
export function buildPlatform(c: PlatformConfig): Record<string, pulumi.Output<unknown>> {
  checkPlatformConfig(c);
  const { inventory: inv } = loadRegion(c.inventory);
  const out = platformOutputsOf(inv, c);
  const site = inv.sites.find((s) => s.id === c.site);
  const context = site?.platform?.type === "kubernetes" ? site.platform.context : c.site;
  const provider = new k8s.Provider(`${c.site}-k8s`, { context });
  const namespaces = new Map<string, k8s.core.v1.Namespace>();
  const namespace = (name: string, privileged: boolean) => {
    const existing = namespaces.get(name);
    if (existing) return existing;
    const level = privileged ? "privileged" : "baseline";
    const ns = new k8s.core.v1.Namespace(
      `${c.site}-ns-${name}`,
      {
        metadata: {
          name,
          labels: {
            "spbe.go.id/region": inv.region.key,
            "spbe.go.id/site": c.site,
            "spbe.go.id/layer": "platform",
            "pod-security.kubernetes.io/enforce": level,
          },
        },
      },
      { provider },
    );
    namespaces.set(name, ns);
    return ns;
  };
  const made = new Map<AddOnName, pulumi.Resource>();
  const install = (name: AddOnName, after: pulumi.Resource[] = []) => {
    if (!out.addOns[name]) return;
    const pin = PINS[name];
    // Node agents and the VM runtime need the host: their namespaces allow privileged pods.
    const privileged = ["falco", "fluent-bit", "kubevirt", "cdi", "velero", "kube-prometheus-stack"].includes(
      name,
    );
    const ns = namespace(pin.namespace, privileged);
    const opts = { provider, dependsOn: [ns, ...after] };
    let r: pulumi.Resource;
    if (pin.kind === "manifest") {
      r = new k8s.yaml.v2.ConfigFile(`${c.site}-${name}`, { file: pin.files[0] as string }, opts);
    } else if (pin.via === "helm.v3.Release") {
      r = new k8s.helm.v3.Release(
        `${c.site}-${name}`,
        {
          name,
          chart: pin.chart,
          version: pin.version,
          namespace: pin.namespace,
          ...(pin.repo.startsWith("oci://") ? {} : { repositoryOpts: { repo: pin.repo } }),
          values: chartValues(inv, c.site, name),
          atomic: true,
          timeout: 900,
        },
        opts,
      );
    } else {
      r = new k8s.helm.v4.Chart(
        `${c.site}-${name}`,
        {
          name,
          chart: pin.chart,
          version: pin.version,
          namespace: pin.namespace,
          repositoryOpts: { repo: pin.repo },
          values: chartValues(inv, c.site, name),
        },
        opts,
      );
    }
    made.set(name, r);
    return r;
  };
  const monitoring = install("kube-prometheus-stack");
  install("prometheus-blackbox-exporter", monitoring ? [monitoring] : []);
  // The Gateway API CRDs come with Envoy Gateway; cert-manager's Gateway API solver needs them.
  const gateway = install("envoy-gateway");
  const certManager = install("cert-manager", gateway ? [gateway] : []);
  install("velero");
  const kubevirt = install("kubevirt");
  const cdi = install("cdi");
  install("falco");
  install("fluent-bit");

  const issuer = inv.security.certificateIssuer;
  const [edgeNs, edgeName] = (c.edgeGateway ?? "spbe-edge/edge").split("/");
  if (certManager) {
    new k8s.apiextensions.CustomResource(
      `${c.site}-cluster-issuer`,
      {
        apiVersion: "cert-manager.io/v1",
        kind: "ClusterIssuer",
        metadata: { name: issuer.name, annotations: { "spbe.go.id/authority": issuer.authority } },
        spec: {
          acme: {
            server: c.acmeServer,
            email: c.acmeEmail,
            privateKeySecretRef: { name: `${issuer.name}-account` },
            solvers: [
              {
                http01: {
                  gatewayHTTPRoute: { parentRefs: [{ name: edgeName, namespace: edgeNs, kind: "Gateway" }] },
                },
              },
            ],
          },
        },
      },
      { provider, dependsOn: [certManager] },
    );
  }
  if (gateway) {
    new k8s.apiextensions.CustomResource(
      `${c.site}-gateway-class`,
      {
        apiVersion: "gateway.networking.k8s.io/v1",
        kind: "GatewayClass",
        metadata: {
          name: GATEWAY_CLASS,
          labels: { "spbe.go.id/region": inv.region.key, "spbe.go.id/site": c.site },
        },
        spec: { controllerName: GATEWAY_CONTROLLER },
      },
      { provider, dependsOn: [gateway] },
    );
  }
  if (kubevirt) {
    new k8s.apiextensions.CustomResource(
      `${c.site}-kubevirt-cr`,
      {
        apiVersion: "kubevirt.io/v1",
        kind: "KubeVirt",
        metadata: { name: "kubevirt", namespace: PINS.kubevirt.namespace },
        spec: { configuration: { developerConfiguration: { featureGates: [] } }, workloadUpdateStrategy: {} },
      },
      { provider, dependsOn: [kubevirt] },
    );
  }
  if (cdi) {
    new k8s.apiextensions.CustomResource(
      `${c.site}-cdi-cr`,
      {
        apiVersion: "cdi.kubevirt.io/v1beta1",
        kind: "CDI",
        metadata: { name: "cdi" },
        spec: { config: { featureGates: [] } },
      },
      { provider, dependsOn: [cdi] },
    );
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, pulumi.output(v)]));
}
