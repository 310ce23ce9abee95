/**
 * What a Kubernetes site's platform stack installed, read through a `pulumi.StackReference`
 * (platform/program.ts exports it): the region's objects take the issuer, the gateway class, the
 * Velero namespace and the blackbox exporter's address from there, never from constants. The
 * platform stack of site `<site>` of region stack `<stack>` is `<org>/spbe-platform/<stack>-<site>`;
 * `spbe-infra:platformOrganization` overrides the organization (default: the region stack's own).
 */
import * as pulumi from "@pulumi/pulumi";
import { BLACKBOX_RELEASE, GATEWAY_CLASS } from "../../platform/values";
import { PINS } from "../../platform/versions";

export const PLATFORM_PROJECT = "spbe-platform";

/** The platform stack's `addOns` output, as the region reads it. */
export type InstalledAddOns = Partial<Record<string, { version: string; namespace: string }>>;

/** The platform stack name a region stack reads for `site`. */
export function platformStackName(site: string): string {
  const org = new pulumi.Config("spbe-infra").get("platformOrganization") ?? pulumi.getOrganization();
  return `${org}/${PLATFORM_PROJECT}/${pulumi.getStack()}-${site}`;
}

/** Outputs are read on first use: a site that never needs an add-on never asks for its output. */
export class PlatformRef {
  readonly stack: string;
  readonly ref: pulumi.StackReference;
  private readonly cache = new Map<string, pulumi.Output<string>>();
  private installed: Promise<InstalledAddOns> | undefined;

  constructor(site: string, parent: pulumi.Resource) {
    this.stack = platformStackName(site);
    this.ref = new pulumi.StackReference(`${site}-platform`, { name: this.stack }, { parent });
  }

  /**
   * An output of the platform stack. When it is empty (the add-on is not installed there), the
   * run goes on with the pinned name and a warning naming the stack and the add-on, so that
   * `spbe check`'s preflight can report every missing add-on at once; the API server would
   * refuse the objects of its kinds at `pulumi up`.
   */
  private read(output: string, addOn: string, fallback: string, pick: (v: unknown) => unknown = (v) => v) {
    const hit = this.cache.get(output);
    if (hit) return hit;
    const o = this.ref.getOutput(output).apply((v) => {
      const value = pick(v);
      if (typeof value === "string" && value !== "") return value;
      void pulumi.log.warn(
        `platform stack '${this.stack}' has no '${output}': ${addOn} is not installed there; using '${fallback}'`,
      );
      return fallback;
    });
    this.cache.set(output, o);
    return o;
  }

  /**
   * The add-ons the platform stack installs, by name (its `addOns` output: version, namespace),
   * as a value: what decides whether the region runs a node agent itself (components/keamanan-spbe.ts).
   * The engine reads a StackReference's outputs in preview as in update, so the choice is the same.
   */
  addOns(): Promise<InstalledAddOns> {
    this.installed ??= this.ref.getOutputDetails("addOns").then((d) => {
      const v = d.value ?? d.secretValue;
      if (v === undefined || v === null) return {};
      if (typeof v !== "object" || Array.isArray(v))
        throw new Error(`stack '${this.stack}': output 'addOns' is not an object of add-ons`);
      return v as InstalledAddOns;
    });
    return this.installed;
  }

  /** The region's cert-manager ClusterIssuer: every platform stack names it; one that does not is not one. */
  get issuer(): pulumi.Output<string> {
    return this.ref.getOutput("issuer").apply((v) => {
      const name = (v as { name?: unknown } | undefined)?.name;
      if (typeof name !== "string" || name === "")
        throw new Error(`stack '${this.stack}' exports no issuer: it is not an spbe-platform stack`);
      return name;
    });
  }
  get gatewayClass(): pulumi.Output<string> {
    return this.read("gatewayClass", "envoy-gateway", GATEWAY_CLASS);
  }
  get veleroNamespace(): pulumi.Output<string> {
    return this.read("veleroNamespace", "velero", PINS.velero.namespace);
  }
  get blackboxExporter(): pulumi.Output<string> {
    const ns = PINS["prometheus-blackbox-exporter"].namespace;
    return this.read(
      "blackboxExporter",
      "prometheus-blackbox-exporter",
      `${BLACKBOX_RELEASE}.${ns}.svc:9115`,
    );
  }
}
