/**
 * Compliance facts stamped on leaf resources, and the evidence record: the contract between
 * `components/` (which write them) and `policies/` (which read them). Policies cannot see
 * component inputs, only resource properties, so everything a rule needs is carried here.
 */

/** Label and annotation keys (the `spbe.go.id/` prefix). Values are inventory ids unless noted. */
export const LABEL = {
  region: "spbe.go.id/region",
  /** Owner agency id; the dinas id for shared infrastructure. */
  agency: "spbe.go.id/agency",
  classification: "spbe.go.id/classification",
  site: "spbe.go.id/site",
  /** pusat-data | drc | noc | office */
  siteKind: "spbe.go.id/site-kind",
  /** Operator of the site: an agency id, the dinas id, `pdn` or `provider-<name>` (label-safe). */
  operator: "spbe.go.id/operator",
  failureDomain: "spbe.go.id/failure-domain",
  /** What the object is for: see ROLE. */
  role: "spbe.go.id/role",
  app: "spbe.go.id/app",
  /** hosting | vps | colocation */
  placement: "spbe.go.id/placement",
  /** internet | intra */
  exposure: "spbe.go.id/exposure",
  /** umum | khusus */
  category: "spbe.go.id/category",
} as const;

export const ANNOTATION = {
  /** Inventory path of the element the object was made from, e.g. `applications[3]`: findings point back to it. */
  source: "spbe.go.id/source",
  backupTarget: "spbe.go.id/backup-target",
  backupFailureDomain: "spbe.go.id/backup-failure-domain",
  backupSchedule: "spbe.go.id/backup-schedule",
  backupRetentionDays: "spbe.go.id/backup-retention-days",
  backupMedia: "spbe.go.id/backup-media",
  /** JSON array of gateway service ids an app consumes. */
  consumes: "spbe.go.id/consumes",
  /** JSON array of app ids an app calls directly, around the gateway (an SPL-01 violation). */
  calls: "spbe.go.id/calls",
  /** JSON array of security controls a workload implements (hardening, ids-ips, …). */
  controls: "spbe.go.id/controls",
} as const;

export const ROLE = {
  agencyNamespace: "agency-namespace",
  dinasNamespace: "dinas-namespace",
  app: "app",
  data: "data",
  vps: "vps",
  colocationServer: "colocation-server",
  backupLocation: "backup-location",
  backupSchedule: "backup-schedule",
  objectStorage: "object-storage",
  gateway: "gateway",
  gatewayRoute: "gateway-route",
  gatewayConsumer: "gateway-consumer",
  edge: "edge",
  security: "security-control",
  monitoring: "monitoring",
  evidence: "evidence",
  /** A NetworkPolicy of an agency's tenant (default deny and its explicit allows). */
  networkBoundary: "network-boundary",
} as const;

/** The ConfigMap in the dinas namespace that carries the inventory's paper trail. */
export const EVIDENCE_CONFIGMAP = "spbe-evidence";
/** Key in that ConfigMap's `data` holding `JSON.stringify(Evidence)`. */
export const EVIDENCE_KEY = "evidence.json";

/** A structured issuer (inventory/schema-issuer.ts): its kind is one of regulations/schema.ts ACTORS. */
export interface IssuerRecord {
  kind: string;
  name?: string;
}

export interface DatedApproval {
  reference: string;
  date: string;
  by?: string;
  issuer?: IssuerRecord;
}

/** Everything a paper-trail rule reads. Dates are YYYY-MM-DD; a missing item is `null`/absent. */
export interface Evidence {
  region: { key: string; name: string; kind: string; regulation: string; portalDomain: string };
  dinas: { id: string; name: string; serviceDesk: { tier: number; contact: string } | null };
  agencies: Array<{
    id: string;
    name: string;
    mandiriTik: boolean;
    serviceDesk: { tier: number; contact: string } | null;
    lanSite: string;
    lanBuiltBy: string | null;
    lanDiagramSubmittedOn: string | null;
    lanLastChangeReportedOn: string | null;
    bandwidthMbps: { proposed: number; granted: number } | null;
    source: string;
  }>;
  sites: Array<{
    id: string;
    kind: string;
    operator: string;
    failureDomain: string;
    platform: string | null;
    standard: { name: string; attestedOn: string } | null;
    source: string;
  }>;
  applications: Array<{
    id: string;
    owner: string;
    placement: string;
    site: string;
    domain: string | null;
    /** Path under the portal host (a site under the portal, not on a subdomain). */
    path?: string | null;
    exposure: string;
    admission: {
      request: string;
      testedOn: string;
      result: string;
      by?: string;
      issuer?: IssuerRecord;
    } | null;
    backupProcedure: string | null;
    hasData: boolean;
    source: string;
  }>;
  network: {
    supernet: string;
    interconnects: Array<{
      kind: string;
      peer: string;
      approvals: { operasi?: DatedApproval; keamanan?: DatedApproval } | null;
    }>;
    approvals: { operasi?: DatedApproval; keamanan?: DatedApproval } | null;
    standard: {
      name: string;
      attestedOn: string;
      by?: string;
      issuer?: IssuerRecord;
      covers?: string[];
    } | null;
    bandwidth: { monitoring: boolean; lastEvaluatedOn: string | null } | null;
  };
  gateway: {
    site: string;
    kind: string;
    builtBy: string;
    upstreams: Array<{ id: string; kind: string; url: string }>;
    interoperability: {
      standard: string;
      version?: string;
      by?: string;
      issuer?: IssuerRecord;
    } | null;
    approvals: { operasi?: DatedApproval; keamanan?: DatedApproval } | null;
    /** A PD Mandiri TIK's coordination with the Kepala Dinas (SPL-06); absent in older records. */
    dinasCoordination?: { reference: string; date: string } | null;
  } | null;
  security: {
    controls: string[];
    continuityPlan: { updatedOn: string; reference?: string } | null;
    vulnerabilityAssessment: { lastOn: string; by?: string } | null;
    sop: { reference: string; updatedOn: string; covers?: string[] } | null;
    monitoringEvaluation: { lastOn: string; by?: string; issuer?: IssuerRecord } | null;
    activityRecords: { retentionDays: number; auditLevel: string };
    certificateIssuer: { name: string; authority: string };
    audits: Array<{ kind: string; on: string; by: string; reference?: string; issuer?: IssuerRecord }>;
  };
  /**
   * What each Pusat Data or DRC site's platform stack installs, as the region read it through its
   * StackReference (add-on names); absent where the record was made without the program.
   */
  platforms?: Array<{ site: string; stack: string; addOns: string[] }>;
}
