/**
 * The `Evidence` record (inventory/facts.ts): the inventory's paper trail as the policies read it
 * from the `spbe-evidence` ConfigMap and the auditors from the `evidence` output. Pure and total:
 * an absent item is `null`, never invented.
 */
import type { DatedApproval, Evidence } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";

type Approvals = { operasi?: DatedApproval; keamanan?: DatedApproval };

function approvals(a: Approvals | undefined): Approvals | null {
  if (!a) return null;
  const out: Approvals = {};
  if (a.operasi) out.operasi = { ...a.operasi };
  if (a.keamanan) out.keamanan = { ...a.keamanan };
  return out;
}

export function buildEvidence(inventory: Inventory): Evidence {
  const inv = inventory;
  return {
    region: { ...inv.region },
    dinas: {
      id: inv.dinas.id,
      name: inv.dinas.name,
      serviceDesk: inv.dinas.serviceDesk ? { ...inv.dinas.serviceDesk } : null,
    },
    agencies: inv.agencies.map((a, i) => ({
      id: a.id,
      name: a.name,
      mandiriTik: a.mandiriTik,
      serviceDesk: a.serviceDesk ? { ...a.serviceDesk } : null,
      lanSite: a.lan.site,
      lanBuiltBy: a.lan.builtBy ?? null,
      lanDiagramSubmittedOn: a.lan.diagramSubmittedOn ?? null,
      lanLastChangeReportedOn: a.lan.lastChangeReportedOn ?? null,
      bandwidthMbps: a.bandwidthMbps ? { ...a.bandwidthMbps } : null,
      source: `agencies[${i}]`,
    })),
    sites: inv.sites.map((s, i) => ({
      id: s.id,
      kind: s.kind,
      operator: s.operator,
      failureDomain: s.location.failureDomain,
      platform: s.platform?.type ?? null,
      standard: s.standard ? { ...s.standard } : null,
      source: `sites[${i}]`,
    })),
    applications: inv.applications.map((a, i) => ({
      id: a.id,
      owner: a.owner,
      placement: a.placement.mode,
      site: a.placement.site,
      domain: a.domain ?? null,
      // Only where written, so evidence of inventories without it is unchanged.
      ...(a.path ? { path: a.path } : {}),
      exposure: a.exposure,
      admission: a.admission ? { ...a.admission } : null,
      backupProcedure: a.data?.backup?.procedure ?? null,
      hasData: a.data !== undefined,
      source: `applications[${i}]`,
    })),
    network: {
      supernet: inv.network.supernet,
      interconnects: inv.network.interconnects.map((c) => ({
        kind: c.kind,
        peer: c.peer,
        approvals: approvals(c.approvals),
      })),
      approvals: approvals(inv.network.approvals),
      standard: inv.network.standard ? { ...inv.network.standard } : null,
      bandwidth: inv.network.bandwidth
        ? {
            monitoring: inv.network.bandwidth.monitoring,
            lastEvaluatedOn: inv.network.bandwidth.lastEvaluatedOn ?? null,
          }
        : null,
    },
    gateway: inv.gateway
      ? {
          site: inv.gateway.site,
          kind: inv.gateway.kind,
          builtBy: inv.gateway.builtBy ?? inv.dinas.id,
          upstreams: inv.gateway.upstreams.map((u) => ({ ...u })),
          interoperability: inv.gateway.interoperability ? { ...inv.gateway.interoperability } : null,
          approvals: approvals(inv.gateway.approvals),
          dinasCoordination: inv.gateway.dinasCoordination ? { ...inv.gateway.dinasCoordination } : null,
        }
      : null,
    security: {
      controls: [...inv.security.controls],
      continuityPlan: inv.security.continuityPlan ? { ...inv.security.continuityPlan } : null,
      vulnerabilityAssessment: inv.security.vulnerabilityAssessment
        ? { ...inv.security.vulnerabilityAssessment }
        : null,
      sop: inv.security.sop ? { ...inv.security.sop } : null,
      monitoringEvaluation: inv.security.monitoringEvaluation
        ? { ...inv.security.monitoringEvaluation }
        : null,
      activityRecords: { ...inv.security.activityRecords },
      certificateIssuer: { ...inv.security.certificateIssuer },
      audits: inv.security.audits.map((a) => ({ ...a })),
    },
  };
}
