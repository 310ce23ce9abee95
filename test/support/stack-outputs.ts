/**
 * The outputs a region's stack exports (index.ts), sorted: what auditors read with
 * `pulumi stack output`. The program tests (under the mocks and under the Pulumi runner) expect
 * exactly these; a new output is added here once, with its export in index.ts.
 */
export const STACK_OUTPUTS: readonly string[] = [
  "activityRecords",
  "addressPlan",
  "auditPolicy",
  "backupPlan",
  "deviceCatalog",
  "evidence",
  "securityNotes",
  "serviceCatalog",
  "userCatalog",
];
