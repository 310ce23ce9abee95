/**
 * Shared Kubernetes shapes: object metadata carrying the compliance facts, and the pod and
 * container hardened to the restricted Pod Security Standard (non-root, read-only root file
 * system, no capabilities, no privilege escalation, seccomp RuntimeDefault, requests = limits).
 */
import type * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { PINS } from "../../platform/versions";
import type { Facts } from "../facts";

/**
 * Names the objects need synchronously. What the add-ons provide (issuer, gateway class, Velero's
 * namespace, the blackbox exporter) comes from the site's platform stack (platform-ref.ts).
 */
export const EDGE = {
  /** The dinas' namespace of a site's internet edge: its Gateways and their certificates. */
  namespace: "spbe-edge",
  /** The edge's Gateway (further ones, past 64 hosts, are `edge-2`…), of the platform's GatewayClass. */
  gateway: "edge",
  /**
   * Where Envoy Gateway runs the proxies of every Gateway (its default deployment mode): the
   * traffic of the edge and of the Sistem Penghubung Layanan comes from, and goes to, pods of
   * this namespace.
   */
  gatewayProxies: PINS["envoy-gateway"].namespace,
} as const;

export function meta(name: string, namespace: pulumi.Input<string>, facts: Facts) {
  return { name, namespace, labels: facts.labels, annotations: facts.annotations };
}

/** A non-root user id outside the range images commonly bake in. */
export const RUN_AS = 10001;

export function hardenedContainer(c: {
  name: string;
  image: string;
  port: number;
  cpu: string;
  memory: string;
  mounts: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
  env: Array<{ name: string; value: pulumi.Input<string> }>;
  args?: string[];
}): k8s.types.input.core.v1.Container {
  return {
    name: c.name,
    image: c.image,
    args: c.args,
    ports: [{ name: "http", containerPort: c.port, protocol: "TCP" }],
    env: c.env.length > 0 ? c.env : undefined,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: RUN_AS,
      runAsGroup: RUN_AS,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    },
    resources: { requests: { cpu: c.cpu, memory: c.memory }, limits: { cpu: c.cpu, memory: c.memory } },
    // A read-only root needs a writable scratch directory.
    volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...c.mounts],
  };
}

export function hardenedPod(
  containers: k8s.types.input.core.v1.Container[],
  volumes: k8s.types.input.core.v1.Volume[],
): k8s.types.input.core.v1.PodSpec {
  return {
    automountServiceAccountToken: false,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: RUN_AS,
      runAsGroup: RUN_AS,
      fsGroup: RUN_AS,
      seccompProfile: { type: "RuntimeDefault" },
    },
    containers,
    volumes: [{ name: "tmp", emptyDir: {} }, ...volumes],
  };
}
