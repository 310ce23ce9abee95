/**
 * The backup plan (BK-01..03, DRC-01/02): for each data set, its schedule, retention, media,
 * target and RPO; for each backup target, where its object storage is and who runs it. Pure.
 */
import { CronExpressionParser } from "cron-parser";
import type { Inventory } from "../inventory/schema";
import { placeApplications, placeSites, siteAt, type PlatformType } from "./placement";

export interface BackupEntry {
  app: string;
  owner: string;
  classification: string;
  /** Inventory path of the backup block, e.g. `applications[3].data.backup`. */
  source: string;
  site: string;
  placement: "hosting" | "colocation" | "vps";
  failureDomain: string;
  schedule: string;
  retentionDays: number;
  /** Velero's retention: `<hours>h0m0s`. */
  ttl: string;
  media: string;
  target: string;
  targetFailureDomain: string;
  /** Recovery point objective: the longest time between two runs of the schedule, in hours. */
  rpoHours: number;
  procedure: string | null;
  /**
   * How the backup is taken: `velero` (Kubernetes-hosted data and VPS disks), `volume-backup`
   * (a scheduled container on a Docker site), `server-agent` (an agency's own colocation server:
   * outside what Pulumi reaches, the plan only records the agreed schedule).
   */
  mechanism: "velero" | "volume-backup" | "server-agent";
}

export interface BackupLocation {
  /** The target site id; also the Velero BackupStorageLocation's name. */
  site: string;
  operator: string;
  failureDomain: string;
  /** `dinas-minio`: MinIO the dinas runs on the DRC's own platform; `external`: an S3 endpoint of PDN or a provider. */
  storage: "dinas-minio" | "external";
  /** S3 endpoint; for dinas MinIO, filled in by the DRC component from the MinIO service. */
  endpoint: string | null;
  bucket: string;
  region: string;
  platform: PlatformType | null;
}

export interface BackupPlan {
  entries: BackupEntry[];
  locations: BackupLocation[];
}

/** Start of the window the RPO is measured over: fixed, so the plan is the same on every run. */
const WINDOW_START = Date.UTC(2026, 0, 1);
/** Eight years: long enough to see two runs of a leap-day schedule (2028, 2032). */
const WINDOW_MS = (8 * 365 + 2) * 24 * 3600 * 1000;
const MAX_RUNS = 20_000;

/**
 * The longest interval between two consecutive runs of a five-field cron schedule (UTC), in hours.
 * Exact for schedules running at most 20,000 times in eight years (every four hours or less often);
 * for more frequent ones it is the longest gap among their first 20,000 runs, which for any
 * periodic schedule is the same thing.
 */
export function rpoHours(schedule: string): number {
  const it = CronExpressionParser.parse(schedule, {
    currentDate: new Date(WINDOW_START - 1),
    endDate: new Date(WINDOW_START + WINDOW_MS),
    tz: "UTC",
  });
  let prev: number | null = null;
  let longest = 0;
  for (let n = 0; n < MAX_RUNS && it.hasNext(); n++) {
    const t = it.next().getTime();
    if (prev !== null) longest = Math.max(longest, t - prev);
    prev = t;
  }
  if (prev === null || longest === 0) {
    throw new Error(`backup schedule '${schedule}' runs fewer than twice in eight years: it sets no period`);
  }
  return Math.round((longest / 3_600_000) * 100) / 100;
}

export function veleroTtl(retentionDays: number): string {
  return `${retentionDays * 24}h0m0s`;
}

export function buildBackupPlan(inventory: Inventory): BackupPlan {
  const sites = placeSites(inventory);
  const entries: BackupEntry[] = [];
  const targets = new Set<string>();
  for (const p of placeApplications(inventory)) {
    const backup = p.app.data?.backup;
    if (!p.app.data || !backup) continue;
    const source = `${p.source}.data.backup`;
    const target = siteAt(sites, backup.target, `${source}.target`);
    targets.add(target.id);
    const mode = p.app.placement.mode;
    entries.push({
      app: p.app.id,
      owner: p.app.owner,
      classification: p.app.data.classification,
      source,
      site: p.site.id,
      placement: mode,
      failureDomain: p.site.failureDomain,
      schedule: backup.schedule,
      retentionDays: backup.retentionDays,
      ttl: veleroTtl(backup.retentionDays),
      media: backup.media,
      target: target.id,
      targetFailureDomain: target.failureDomain,
      rpoHours: rpoHours(backup.schedule),
      procedure: backup.procedure ?? null,
      mechanism:
        mode === "colocation" ? "server-agent" : p.site.platform === "docker" ? "volume-backup" : "velero",
    });
  }
  const locations: BackupLocation[] = [...targets].map((id) => {
    const s = siteAt(sites, id, "backup target");
    const dinasRuns = s.operator === inventory.dinas.id && s.platform !== null;
    const store = s.site.objectStorage;
    if (!dinasRuns && !store) {
      throw new Error(
        `${s.source}.objectStorage: backup target '${id}' is run by '${s.operator}', not by the dinas on its own platform; ` +
          "declare the S3 endpoint and bucket it provides",
      );
    }
    return {
      site: id,
      operator: s.operator,
      failureDomain: s.failureDomain,
      storage: store ? "external" : "dinas-minio",
      endpoint: store?.endpoint ?? null,
      bucket: store?.bucket ?? `spbe-${inventory.region.key}`,
      region: store?.region ?? "id-1",
      platform: s.platform,
    };
  });
  return { entries, locations };
}
