/**
 * Every stack output the program exports, computed without Pulumi: the auditor report and the
 * tests call this directly and get what `pulumi stack output` would show.
 */
import type { Evidence } from "../inventory/facts";
import type { Inventory } from "../inventory/schema";
import { buildBackupPlan, type BackupPlan } from "./backup";
import {
  buildActivityRecords,
  buildDeviceCatalog,
  buildServiceCatalog,
  buildUserCatalog,
  type ActivityRecords,
  type DeviceEntry,
  type ServiceCatalog,
  type UserEntry,
} from "./catalogs";
import { buildEvidence } from "./evidence";
import { buildSecurityPlan, type SecurityNote } from "./security";
import type { AddressPlan } from "./types";

export interface StackOutputs {
  deviceCatalog: DeviceEntry[];
  userCatalog: UserEntry[];
  activityRecords: ActivityRecords;
  addressPlan: AddressPlan;
  backupPlan: BackupPlan;
  serviceCatalog: ServiceCatalog;
  evidence: Evidence;
  securityNotes: SecurityNote[];
  auditPolicy: string;
}

export function buildStackOutputs(inventory: Inventory, addressPlan: AddressPlan): StackOutputs {
  const security = buildSecurityPlan(inventory);
  return {
    deviceCatalog: buildDeviceCatalog(inventory, addressPlan),
    userCatalog: buildUserCatalog(inventory),
    activityRecords: buildActivityRecords(inventory),
    addressPlan,
    backupPlan: buildBackupPlan(inventory),
    serviceCatalog: buildServiceCatalog(inventory),
    evidence: buildEvidence(inventory),
    securityNotes: security.notes,
    auditPolicy: security.auditPolicy,
  };
}
