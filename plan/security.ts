/**
 * Keamanan SPBE (SEC-01..05) as a plan: which declared control is carried by which workload or
 * configuration, the API-server audit policy (activity records, DC-04), and an honest note for
 * every control that lies outside what a Pulumi program can reach. Pure.
 */
import { stringify } from "yaml";
import type { Inventory } from "../inventory/schema";
import { buildBackupPlan } from "./backup";
import { namespaceOf } from "./placement";

export type SecurityWorkload = "falco" | "node-exporter" | "fluent-bit";

export interface SecurityPlan {
  /** Workloads to run as DaemonSets on each Pusat Data cluster, with the controls each carries. */
  workloads: Array<{ name: SecurityWorkload; controls: string[] }>;
  notes: SecurityNote[];
  /** The kube-apiserver audit policy (audit.k8s.io/v1 Policy) as YAML file content. */
  auditPolicy: string;
}

/**
 * Where the log shipper sends the logs: a backup target's object storage, the dinas' own S3 store
 * first (the program holds its credentials), away from the Pusat Data's failure domain.
 */
export function logStoreSite(inventory: Inventory): { site: string; external: boolean } | null {
  const locations = buildBackupPlan(inventory).locations;
  const pick = locations.find((l) => l.storage === "dinas-s3") ?? locations[0];
  return pick ? { site: pick.site, external: pick.storage === "external" } : null;
}

/** Secret holding the log shipper's S3 credentials when the operator provides them. */
export function logCredentialSecret(site: string): string {
  return `${site}-s3-credentials`;
}

export interface SecurityNote {
  control: string;
  /** Bahasa Indonesia, then English. */
  id: string;
  en: string;
}

export function buildAuditPolicy(inventory: Inventory): string {
  const level = inventory.security.activityRecords.auditLevel;
  const agencyNamespaces = inventory.agencies.map((a) => namespaceOf(a.id));
  const policy = {
    apiVersion: "audit.k8s.io/v1",
    kind: "Policy",
    omitStages: ["RequestReceived"],
    rules: [
      // Secret and ConfigMap contents never enter the log, whatever the level asked for.
      { level: "Metadata", resources: [{ group: "", resources: ["secrets", "configmaps"] }] },
      { level, namespaces: [namespaceOf(inventory.dinas.id), ...agencyNamespaces] },
      { level: "Metadata", resources: [{ group: "rbac.authorization.k8s.io" }] },
      { level: "None", nonResourceURLs: ["/healthz*", "/livez*", "/readyz*", "/version"] },
      { level: "Metadata" },
    ],
  };
  return `# kube-apiserver --audit-policy-file; records kept ${inventory.security.activityRecords.retentionDays} days (--audit-log-maxage)\n${stringify(policy)}`;
}

export function buildSecurityPlan(inventory: Inventory): SecurityPlan {
  const declared = new Set(inventory.security.controls);
  const workloads: SecurityPlan["workloads"] = [];
  const falco = ["ids-ips", "integrity-monitoring"].filter((c) => declared.has(c as never));
  if (falco.length > 0) workloads.push({ name: "falco", controls: falco });
  if (declared.has("network-monitoring"))
    workloads.push({ name: "node-exporter", controls: ["network-monitoring"] });
  if (declared.has("log-analysis") && logStoreSite(inventory)) {
    workloads.push({ name: "fluent-bit", controls: ["log-analysis"] });
  }

  const notes: SecurityNote[] = [];
  if (declared.has("hardening")) {
    notes.push({
      control: "hardening",
      id: "Pengerasan sistem operasi server kolokasi dan node klaster berada di luar jangkauan Pulumi; lakukan dengan CIS Benchmark dan catat hasilnya. Beban kerja di klaster dikeraskan (Pod Security Standard restricted).",
      en: "OS hardening of colocation servers and cluster nodes is outside Pulumi's reach; apply a CIS Benchmark and record it. Cluster workloads are hardened (restricted Pod Security Standard).",
    });
  }
  if (declared.has("firewall")) {
    notes.push({
      control: "firewall",
      id: "Firewall fisik (perangkat di katalog perangkat) dikonfigurasi di luar Pulumi; di dalam klaster setiap namespace PD ditutup secara bawaan (NetworkPolicy default-deny).",
      en: "The physical firewall (devices in the device catalog) is configured outside Pulumi; inside the cluster every agency namespace is closed by default (default-deny NetworkPolicy).",
    });
  }
  if (declared.has("vulnerability-assessment")) {
    notes.push({
      control: "vulnerability-assessment",
      id: "Penilaian kerentanan adalah kegiatan berkala, bukan sumber daya; tanggal terakhirnya dicatat di bukti (security.vulnerabilityAssessment).",
      en: "Vulnerability assessment is a periodic activity, not a resource; its last date is carried in the evidence (security.vulnerabilityAssessment).",
    });
  }
  if (declared.has("ids-ips")) {
    notes.push({
      control: "ids-ips",
      id: "Falco mendeteksi intrusi di node klaster; IDS/IPS jaringan di perimeter (perangkat ids-ips) dikonfigurasi di luar Pulumi.",
      en: "Falco detects intrusion on cluster nodes; the network IDS/IPS at the perimeter (ids-ips devices) is configured outside Pulumi.",
    });
  }
  const locations = buildBackupPlan(inventory).locations;
  const logs = logStoreSite(inventory);
  if (declared.has("log-analysis") && !logs) {
    notes.push({
      control: "log-analysis",
      id: "Analisis log dideklarasikan, tetapi wilayah tidak memiliki penyimpanan objek (target cadangan) untuk menampung log; pengirim log tidak dijalankan sampai ada.",
      en: "Log analysis is declared, but the region has no object storage (backup target) to hold the logs; the log shipper does not run until there is one.",
    });
  }
  if (declared.has("log-analysis") && logs?.external) {
    const secret = logCredentialSecret(logs.site);
    notes.push({
      control: "log-analysis",
      id: `Fluent Bit mengirim log ke '${logs.site}' dengan kredensial dari Secret '${secret}' di namespace spbe-security (situs Docker: berkas /etc/spbe-infra/secrets/${secret}/cloud) yang disediakan pengelola. Atur masa simpan bucket sesuai catatan aktivitas.`,
      en: `Fluent Bit ships logs to '${logs.site}' with credentials from Secret '${secret}' in namespace spbe-security (Docker sites: file /etc/spbe-infra/secrets/${secret}/cloud), provided by the operator. Set the bucket's retention to the activity records' retention.`,
    });
  }
  for (const loc of locations.filter((l) => l.storage === "dinas-s3" && l.platform === "docker")) {
    notes.push({
      control: "backup-transport",
      id: `Penyimpanan S3 Dinas di situs Docker '${loc.site}' melayani TLS sendiri di port 9000 dengan sertifikat dan kunci yang ditempatkan pengelola di /etc/spbe-infra/secrets/s3-tls/ (tls.crt, tls.key) untuk nama host Docker, dari otoritas tepercaya; tanpa berkas itu penyimpanan tidak berjalan.`,
      en: `The Dinas' S3 store on Docker site '${loc.site}' serves TLS itself on port 9000 with a certificate and key the operator places in /etc/spbe-infra/secrets/s3-tls/ (tls.crt, tls.key) for the Docker host's name, from a trusted authority; without those files the store does not run.`,
    });
  }
  const agentBackups = buildBackupPlan(inventory).entries.filter((e) => e.mechanism === "server-agent");
  if (agentBackups.length > 0) {
    const apps = agentBackups.map((e) => `${e.app} (${e.owner})`).join(", ");
    notes.push({
      control: "backup-agent",
      id: `Data aplikasi kolokasi ${apps} berada di server milik PD: pencadangannya dijalankan oleh agen di server itu menurut jadwal di backupPlan; program tidak menjangkaunya.`,
      en: `The data of colocation apps ${apps} is on agency-owned servers: an agent on each server backs it up on the backupPlan's schedule; the program does not reach it.`,
    });
  }
  for (const loc of locations.filter((l) => l.storage === "external")) {
    notes.push({
      control: "backup-credentials",
      id: `Kredensial S3 untuk target cadangan '${loc.site}' (${loc.operator}) diterbitkan oleh pengelolanya; simpan sebagai Secret '${loc.site}-s3-credentials' di namespace velero. Program tidak pernah memegangnya.`,
      en: `The S3 credentials of backup target '${loc.site}' (${loc.operator}) are issued by its operator; store them as Secret '${loc.site}-s3-credentials' in the velero namespace. The program never holds them.`,
    });
  }
  for (const s of inventory.gateway?.services ?? []) {
    if (s.auth === "key-auth") continue;
    notes.push({
      control: "gateway-auth",
      id: `Layanan '${s.id}' meminta autentikasi ${s.auth}: gateway menegakkan kredensial konsumen per PD; verifikasi ${s.auth} tambahan memerlukan penyedia identitas/CA wilayah dan dikonfigurasi di luar Pulumi.`,
      en: `Service '${s.id}' asks for ${s.auth} authentication: the gateway enforces per-agency consumer credentials; the additional ${s.auth} verification needs the region's identity provider/CA and is configured outside Pulumi.`,
    });
  }
  notes.push({
    control: "audit-policy",
    id: "Kebijakan audit API server adalah berkas (output auditPolicy) yang dipasang pada flag --audit-policy-file kube-apiserver oleh pengelola klaster.",
    en: "The API-server audit policy is a file (output auditPolicy) the cluster operator installs with kube-apiserver's --audit-policy-file flag.",
  });
  return { workloads, notes, auditPolicy: buildAuditPolicy(inventory) };
}
