/**
 * The Pulumi program. The stack's config names the region's inventory
 * (`spbe-infra:inventory` in stacks/Pulumi.<key>.yaml); everything else is in components/.
 */
import * as pulumi from "@pulumi/pulumi";
import { buildRegion } from "./components/program";

const config = new pulumi.Config("spbe-infra");
const outputs = buildRegion(config.require("inventory"));

export const deviceCatalog = outputs.deviceCatalog;
export const userCatalog = outputs.userCatalog;
export const activityRecords = outputs.activityRecords;
export const addressPlan = outputs.addressPlan;
export const backupPlan = outputs.backupPlan;
export const serviceCatalog = outputs.serviceCatalog;
export const evidence = outputs.evidence;
export const securityNotes = outputs.securityNotes;
export const auditPolicy = outputs.auditPolicy;
