/** The `security` section of the inventory: controls, continuity plan, audits (see schema.ts). */
import { z } from "zod";
import { primitives as p } from "./primitives";
import { issuer } from "./schema-issuer";

const audit = z.strictObject({
  kind: z.enum(["infrastruktur", "keamanan", "aplikasi"]),
  on: p.date,
  by: p.text(2),
  reference: p.text().optional(),
  issuer: issuer.optional().describe("Who carried out the audit, as a kind (AUD-01, AUD-02)"),
});

export const SECURITY_CONTROLS = [
  "hardening",
  "firewall",
  "ids-ips",
  "network-monitoring",
  "log-analysis",
  "integrity-monitoring",
  "vulnerability-assessment",
] as const;

export const security = z.strictObject({
  controls: z.array(z.enum(SECURITY_CONTROLS)).default([]),
  continuityPlan: z.strictObject({ updatedOn: p.date, reference: p.text().optional() }).optional(),
  vulnerabilityAssessment: z.strictObject({ lastOn: p.date, by: p.text().optional() }).optional(),
  certificateIssuer: z
    .strictObject({ name: p.id, authority: p.text(2) })
    .default({ name: "bsre-acme", authority: "Balai Sertifikasi Elektronik (BSrE)" })
    .describe("cert-manager ClusterIssuer of a trusted third party (SEC-04)"),
  activityRecords: z
    .strictObject({
      retentionDays: z.number().int().min(30).default(365),
      auditLevel: z.enum(["Metadata", "Request", "RequestResponse"]).default("Metadata"),
    })
    .default({ retentionDays: 365, auditLevel: "Metadata" }),
  sop: z
    .strictObject({
      reference: p.text(1),
      updatedOn: p.date,
      covers: z
        .array(p.text(2))
        .optional()
        .describe("Items of the regulation's list the SOP covers beyond what the toolkit builds (DC-04)"),
    })
    .optional()
    .describe("DC-04"),
  monitoringEvaluation: z
    .strictObject({
      lastOn: p.date,
      by: p.text(2).optional().describe("Who carried it out"),
      issuer: issuer.optional().describe("Who carried it out, as a kind"),
    })
    .optional()
    .describe("OPS-02"),
  audits: z.array(audit).default([]),
});
