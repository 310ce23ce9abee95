/**
 * The compliance facts (inventory/facts.ts) as label and annotation maps, built from the plan.
 * Every component stamps its leaf objects through these, so a policy reads the same key with the
 * same meaning on every kind of object.
 */
import { ANNOTATION, LABEL, ROLE } from "../inventory/facts";
import type { BackupEntry } from "../plan/backup";
import type { AppPlacement, SitePlacement } from "../plan/placement";
import { labelValue } from "../plan/placement";

export type Facts = { labels: Record<string, string>; annotations: Record<string, string> };
export type Role = (typeof ROLE)[keyof typeof ROLE];

export const MANAGED_BY = { "app.kubernetes.io/managed-by": "spbe-infra" };

export function siteLabels(site: SitePlacement): Record<string, string> {
  return {
    [LABEL.site]: site.id,
    [LABEL.siteKind]: site.kind,
    [LABEL.operator]: site.operatorLabel,
    [LABEL.failureDomain]: site.failureDomain,
  };
}

/** Facts of an object owned by `agency` on `site`, made for `role` from inventory element `source`. */
export function ownedFacts(
  region: string,
  agency: string,
  site: SitePlacement,
  role: Role,
  source: string,
): Facts {
  return {
    labels: {
      ...MANAGED_BY,
      [LABEL.region]: region,
      [LABEL.agency]: agency,
      [LABEL.role]: role,
      ...siteLabels(site),
    },
    annotations: { [ANNOTATION.source]: source },
  };
}

/** Facts of an application's workload (Deployment, VirtualMachine, Probe). */
export function appFacts(region: string, p: AppPlacement, role: Role): Facts {
  const base = ownedFacts(region, p.app.owner, p.site, role, p.source);
  const consumes = p.app.integrations.flatMap((i) => ("consumes" in i ? [i.consumes] : []));
  const calls = p.app.integrations.flatMap((i) => ("calls" in i ? [i.calls] : []));
  const labels: Record<string, string> = {
    ...base.labels,
    [LABEL.app]: p.app.id,
    [LABEL.placement]: p.app.placement.mode,
    [LABEL.exposure]: p.app.exposure,
    [LABEL.category]: p.app.category,
  };
  if (p.app.data) labels[LABEL.classification] = p.app.data.classification;
  return {
    labels,
    annotations: {
      ...base.annotations,
      [ANNOTATION.consumes]: JSON.stringify(consumes),
      [ANNOTATION.calls]: JSON.stringify(calls),
    },
  };
}

/** Facts of an application's data (claim, volume): its classification and backup arrangement. */
export function dataFacts(region: string, p: AppPlacement, backup: BackupEntry | undefined): Facts {
  const base = ownedFacts(region, p.app.owner, p.site, ROLE.data, `${p.source}.data`);
  const labels = { ...base.labels, [LABEL.app]: p.app.id, [LABEL.placement]: p.app.placement.mode };
  if (p.app.data) Object.assign(labels, { [LABEL.classification]: p.app.data.classification });
  const annotations: Record<string, string> = { ...base.annotations };
  if (backup) Object.assign(annotations, backupAnnotations(backup));
  return { labels, annotations };
}

export function backupAnnotations(b: BackupEntry): Record<string, string> {
  return {
    [ANNOTATION.backupTarget]: b.target,
    [ANNOTATION.backupFailureDomain]: b.targetFailureDomain,
    [ANNOTATION.backupSchedule]: b.schedule,
    [ANNOTATION.backupRetentionDays]: String(b.retentionDays),
    [ANNOTATION.backupMedia]: b.media,
  };
}

/** Docker labels are a list of `{ label, value }`; the same facts, in that shape. */
export function dockerLabels(facts: Facts): Array<{ label: string; value: string }> {
  return Object.entries({ ...facts.labels, ...facts.annotations })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, value]) => ({ label, value }));
}

export { labelValue };
