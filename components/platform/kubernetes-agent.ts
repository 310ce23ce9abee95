/**
 * A node agent on Kubernetes: a DaemonSet on every node (tolerating every taint), with only the
 * host access its spec names, never privileged: all capabilities dropped and only those it names
 * added back, seccomp RuntimeDefault, no privilege escalation, non-root unless it must be root; its configuration from a ConfigMap and its credentials from a
 * Secret, both mounted read-only, and a writable scratch directory beside a read-only root.
 */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import type { Made, NodeAgentSpec } from "./adapter";
import type { KubernetesAdapter } from "./kubernetes";
import { meta, RUN_AS } from "./kubernetes-pod";

export function nodeAgent(a: KubernetesAdapter, spec: NodeAgentSpec, parent: pulumi.Resource): Made {
  const n = spec.needs;
  const ns = spec.tenant.name;
  const selector = { "app.kubernetes.io/name": spec.name };
  const hostPaths = n.hostPaths ?? [];
  const made: pulumi.Resource[] = [];
  const volumes: k8s.types.input.core.v1.Volume[] = [
    { name: "tmp", emptyDir: {} },
    ...hostPaths.map((h, i) => ({ name: `host-${i}`, hostPath: { path: h.path } })),
  ];
  const mounts: k8s.types.input.core.v1.VolumeMount[] = [
    { name: "tmp", mountPath: "/tmp" },
    ...hostPaths.map((h, i) => ({ name: `host-${i}`, mountPath: h.mountPath, readOnly: true })),
  ];
  if (spec.files) {
    made.push(
      new k8s.core.v1.ConfigMap(
        `${spec.key}-files`,
        { metadata: meta(`${spec.name}-config`, ns, spec.facts), data: spec.files.data },
        a.opts(parent, { dependsOn: spec.tenant.resources }),
      ),
    );
    volumes.push({ name: "config", configMap: { name: `${spec.name}-config` } });
    mounts.push({ name: "config", mountPath: spec.files.mountPath, readOnly: true });
  }
  if (spec.secretFiles) {
    const s = spec.secretFiles;
    if (s.data) {
      made.push(
        new k8s.core.v1.Secret(
          `${spec.key}-secret`,
          { metadata: meta(s.name, ns, spec.facts), type: "Opaque", stringData: s.data },
          a.opts(parent, { dependsOn: spec.tenant.resources }),
        ),
      );
    }
    volumes.push({ name: "secret", secret: { secretName: s.name } });
    mounts.push({ name: "secret", mountPath: s.mountPath, readOnly: true });
  }
  const container: k8s.types.input.core.v1.Container = {
    name: spec.name,
    image: spec.image,
    args: spec.args,
    env: Object.entries(spec.env ?? {}).map(([name, value]) => ({ name, value })),
    securityContext: {
      runAsNonRoot: !n.root,
      runAsUser: n.root ? 0 : RUN_AS,
      runAsGroup: n.root ? 0 : RUN_AS,
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"], ...(n.capabilities?.length ? { add: n.capabilities } : {}) },
      seccompProfile: { type: "RuntimeDefault" },
    },
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    volumeMounts: mounts,
  };
  const ds = new k8s.apps.v1.DaemonSet(
    `${spec.key}-agent`,
    {
      metadata: meta(spec.name, ns, spec.facts),
      spec: {
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...spec.facts.labels, ...selector }, annotations: spec.facts.annotations },
          spec: {
            hostNetwork: n.hostNetwork ?? false,
            hostPID: n.hostPid ?? false,
            automountServiceAccountToken: false,
            securityContext: { seccompProfile: { type: "RuntimeDefault" } },
            tolerations: [{ operator: "Exists" }],
            containers: [container],
            volumes,
          },
        },
      },
    },
    a.opts(parent, { dependsOn: [...spec.tenant.resources, ...made] }),
  );
  return { name: spec.name, resources: [...made, ds] };
}
