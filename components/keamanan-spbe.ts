/**
 * KeamananSpbe: the security controls the inventory declares (SEC-02, SEC-05), as node agents on
 * every site that runs a platform for the Pusat Data or the DRC: Falco (intrusion and integrity
 * detection), node-exporter (network and node monitoring), Fluent Bit (log shipping). Where the
 * site's platform stack installs an agent's add-on (its `addOns` output), the region runs none of
 * its own there; a Docker site has no platform layer and gets every agent from the region. The agents
 * need the node (host PID, host paths, Falco four capabilities), so their tenant enforces the
 * `privileged` Pod Security level, and nothing else runs there; each runs with the least privilege
 * it can (docs/security-notes.md). What Pulumi cannot reach is in
 * the `securityNotes` output, with the audit policy file.
 */
import * as pulumi from "@pulumi/pulumi";
import { ANNOTATION, ROLE } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import { logCredentialSecret, type SecurityPlan, type SecurityWorkload } from "../plan/security";
import type { StoreAccess } from "./drc";
import { fluentBitConfig } from "./fluent-bit-config";
import { awsCredentialsIni } from "./formats/ini";
import { plainText, UnsafeValueError } from "./formats/text";
import { ownedFacts } from "./facts";
import { securityAllowances } from "./network";
import type { NodeAgentSpec, SiteAdapter } from "./platform/adapter";
import { platformStackName, type InstalledAddOns } from "./platform/platform-ref";

export const SECURITY_TENANT = "spbe-security";

const AGENTS: Record<SecurityWorkload, Pick<NodeAgentSpec, "image" | "args" | "needs">> = {
  falco: {
    image: "falcosecurity/falco:0.41.3",
    // Falco's least-privileged mode: the modern eBPF probe with four capabilities instead of a
    // privileged container (docs/security-notes.md).
    args: ["/usr/bin/falco", "-o", "json_output=true", "-o", "engine.kind=modern_ebpf"],
    needs: {
      root: true,
      capabilities: ["BPF", "PERFMON", "SYS_RESOURCE", "SYS_PTRACE"],
      hostPid: true,
      hostPaths: [
        { path: "/proc", mountPath: "/host/proc" },
        { path: "/etc", mountPath: "/host/etc" },
        { path: "/sys/kernel/tracing", mountPath: "/sys/kernel/tracing" },
      ],
    },
  },
  "node-exporter": {
    image: "quay.io/prometheus/node-exporter:v1.9.1",
    args: ["--path.rootfs=/host/root", "--collector.netdev", "--collector.netstat"],
    needs: { hostNetwork: true, hostPid: true, hostPaths: [{ path: "/", mountPath: "/host/root" }] },
  },
  "fluent-bit": {
    image: "cr.fluentbit.io/fluent/fluent-bit:4.0.3",
    // Root without capabilities: the node's log files belong to root (owner-readable only).
    needs: {
      root: true,
      hostPaths: [
        { path: "/var/log", mountPath: "/var/log" },
        { path: "/var/log/kubernetes/audit", mountPath: "/var/log/kubernetes/audit" },
      ],
    },
  },
};

/** Fluent Bit's configuration and S3 credentials for the log store. */
function shipping(
  inv: Inventory,
  store: StoreAccess | null,
): Pick<NodeAgentSpec, "files" | "secretFiles" | "env"> {
  if (!store) throw new Error("security.controls: log-analysis needs an object store to ship logs to");
  return {
    files: {
      mountPath: "/fluent-bit/etc",
      data: { "fluent-bit.conf": fluentBitConfig(inv.region.key, store) },
    },
    secretFiles: {
      name: store.credentials ? "fluent-bit-s3" : logCredentialSecret(store.site),
      mountPath: "/fluent-bit/secrets",
      data: store.credentials ? { cloud: awsCredentialsIni(store.credentials) } : null,
    },
    env: { AWS_SHARED_CREDENTIALS_FILE: "/fluent-bit/secrets/cloud" },
  };
}

/** The TCP port of the log store's https endpoint URL. */
function portOf(store: StoreAccess): number {
  const field = `sites '${store.site}'.objectStorage.endpoint`;
  let u: URL;
  try {
    u = new URL(plainText(field, store.endpoint));
  } catch (e) {
    if (e instanceof UnsafeValueError) throw e;
    throw new UnsafeValueError(field, `'${store.endpoint}' is not a URL`);
  }
  return u.port ? Number(u.port) : u.protocol === "http:" ? 80 : 443;
}

/**
 * The platform add-on that carries each agent where a site's platform stack installs it: then the
 * region runs no agent of its own there (one Falco, one log shipper, one node-exporter per node).
 * kube-prometheus-stack installs node-exporter with its chart defaults (`nodeExporter.enabled`).
 */
export const PLATFORM_CARRIER: Record<SecurityWorkload, string> = {
  falco: "falco",
  "node-exporter": "kube-prometheus-stack",
  "fluent-bit": "fluent-bit",
};

/** What a site's platform stack declares it installs, recorded in the evidence (`platforms`). */
export interface PlatformRecord {
  site: string;
  stack: string;
  addOns: string[];
}

export interface KeamananSpbeArgs {
  readonly inventory: Inventory;
  readonly plan: SecurityPlan;
  readonly adapters: readonly SiteAdapter[];
  /** The object storage the log shipper writes to (`logStoreSite`), or null when there is none. */
  readonly logStore: StoreAccess | null;
}

export class KeamananSpbe extends pulumi.ComponentResource {
  readonly auditPolicy: pulumi.Output<string>;
  readonly securityNotes: pulumi.Output<SecurityPlan["notes"]>;
  /** Per site with a platform layer, the add-ons its platform stack installs (read through its StackReference). */
  readonly platforms: pulumi.Output<PlatformRecord[]>;

  constructor(name: string, args: KeamananSpbeArgs, opts?: pulumi.ComponentResourceOptions) {
    super("spbe:index:KeamananSpbe", name, {}, opts);
    const records: Array<Promise<PlatformRecord>> = [];
    for (const a of args.adapters) {
      const installed = a.installedAddOns();
      if (!installed) {
        this.site(args, a, {});
        continue;
      }
      // The agents wait for the platform stack's answer; `platforms` (in the evidence and this
      // component's outputs) waits for them, so the run ends only once they are registered.
      records.push(
        installed.then((addOns) => {
          this.site(args, a, addOns);
          return { site: a.site.id, stack: platformStackName(a.site.id), addOns: Object.keys(addOns).sort() };
        }),
      );
    }
    this.platforms = pulumi.output(Promise.all(records));
    this.auditPolicy = pulumi.output(args.plan.auditPolicy);
    this.securityNotes = pulumi.output(args.plan.notes);
    this.registerOutputs({
      auditPolicy: this.auditPolicy,
      securityNotes: this.securityNotes,
      platforms: this.platforms,
    });
  }

  /** The agents the region runs on one site: those its platform stack does not install. */
  private site(args: KeamananSpbeArgs, a: SiteAdapter, installed: InstalledAddOns): void {
    const inv = args.inventory;
    const site = a.site;
    const mine = args.plan.workloads.filter((w) => !installed[PLATFORM_CARRIER[w.name]]);
    const platformShipper = installed["fluent-bit"];
    if (platformShipper && args.plan.workloads.some((w) => w.name === "fluent-bit"))
      this.platformLogKey(args, a, platformShipper.namespace);
    if (mine.length === 0) return;
    const tenantFacts = ownedFacts(inv.region.key, inv.dinas.id, site, ROLE.security, "security.controls");
    const tenant = a.tenant(
      {
        key: `${site.id}-${SECURITY_TENANT}`,
        name: SECURITY_TENANT,
        facts: tenantFacts,
        podSecurity: "privileged",
        protect: false,
      },
      this,
    );
    const shipsLogs = mine.some((w) => w.name === "fluent-bit") && args.logStore;
    a.networkBoundary(
      {
        key: `${site.id}-${SECURITY_TENANT}`,
        tenant,
        facts: tenantFacts,
        sameNamespace: false,
        allow: securityAllowances(shipsLogs ? portOf(args.logStore as StoreAccess) : null),
      },
      this,
    );
    for (const w of mine) {
      const facts = ownedFacts(inv.region.key, inv.dinas.id, site, ROLE.security, "security.controls");
      facts.annotations[ANNOTATION.controls] = JSON.stringify(w.controls);
      const extra = w.name === "fluent-bit" ? shipping(inv, args.logStore) : {};
      a.nodeAgent(
        { key: `${site.id}-${w.name}`, name: w.name, tenant, ...AGENTS[w.name], ...extra, facts },
        this,
      );
    }
  }

  /**
   * The platform's log shipper reads the store's key from Secret `<store site>-s3-credentials` in
   * its namespace (platform/values.ts). For the Dinas' own store the region holds that key, so it
   * writes the Secret; an operator's store's key is the operator's to place (the security note).
   */
  private platformLogKey(args: KeamananSpbeArgs, a: SiteAdapter, namespace: string): void {
    const store = args.logStore;
    if (!store?.credentials) return;
    const inv = args.inventory;
    const facts = ownedFacts(inv.region.key, inv.dinas.id, a.site, ROLE.security, "security.controls");
    a.platformSecret(
      {
        key: `${a.site.id}-platform-fluent-bit`,
        name: logCredentialSecret(store.site),
        namespace,
        data: { cloud: awsCredentialsIni(store.credentials) },
        facts,
      },
      this,
    );
  }
}
