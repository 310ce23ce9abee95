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
  /**
   * `dinas-s3`: the S3 store the dinas runs on the DRC's own platform (the Versity S3 Gateway,
   * docs/adr/0006-drc-object-storage.md); `external`: an S3 endpoint of PDN or a provider.
   */
  storage: "dinas-s3" | "external";
  /** S3 endpoint; for the dinas' store, filled in by the DRC component from the store it runs. */
  endpoint: string | null;
  bucket: string;
  region: string;
  platform: PlatformType | null;
}

/** The S3 region of a store the dinas runs (components/platform/object-store.ts starts it with it). */
export const DINAS_STORE_REGION = "us-east-1";

export interface BackupPlan {
  entries: BackupEntry[];
  locations: BackupLocation[];
}

/** Start of the window the RPO is measured over: fixed, so the plan is the same on every run. */
const WINDOW_START = Date.UTC(2026, 0, 1);
/** Eight years: long enough to see two runs of a leap-day schedule (2028, 2032). */
const WINDOW_MS = (8 * 365 + 2) * 24 * 3600 * 1000;
const DAY_MIN = 24 * 60;

const rpoCache = new Map<string, number>();

type Fields = ReturnType<typeof CronExpressionParser.parse>["fields"];

/**
 * The days (as day numbers since the epoch) in the window on which the schedule runs. Plain day
 * fields are matched here, with cron's rule that a restricted day-of-month and a restricted
 * day-of-week are alternatives; `L` and `#` are left to cron-parser, one step per run day.
 */
function* runDays(fields: Fields, parts: string[]): Generator<number> {
  const first = WINDOW_START / 86_400_000;
  const last = (WINDOW_START + WINDOW_MS) / 86_400_000;
  const special =
    fields.dayOfMonth.hasLastChar || fields.dayOfWeek.hasLastChar || /[#?LW]/.test(`${parts[2]} ${parts[4]}`);
  if (special) {
    const it = CronExpressionParser.parse(`0 0 ${parts[2]} ${parts[3]} ${parts[4]}`, {
      currentDate: new Date(WINDOW_START - 1),
      endDate: new Date(WINDOW_START + WINDOW_MS),
      tz: "UTC",
    });
    while (it.hasNext()) yield Math.round(it.next().getTime() / 86_400_000);
    return;
  }
  const dom = new Set(fields.dayOfMonth.values.map(Number));
  const months = new Set(fields.month.values.map(Number));
  // 7 is Sunday as well as 0.
  const dow = new Set(fields.dayOfWeek.values.map((d) => Number(d) % 7));
  const either = !fields.dayOfMonth.isWildcard && !fields.dayOfWeek.isWildcard;
  for (let day = first; day <= last; day++) {
    const d = new Date(day * 86_400_000);
    if (!months.has(d.getUTCMonth() + 1)) continue;
    const byDom = dom.has(d.getUTCDate());
    const byDow = dow.has(d.getUTCDay());
    if (either ? byDom || byDow : byDom && byDow) yield day;
  }
}

/**
 * The longest interval between two consecutive runs of a five-field cron schedule (UTC), in hours,
 * over eight years. Exact and cheap: every run day has the same times (the minute and hour
 * fields), so the longest gap is either between two times of one day or between the last run of
 * a run day and the first of the next run day. cron-parser decides which days run (its day-of-month
 * / day-of-week rules, `L`, `#`), one step per run day. Memoized: regions repeat a few schedules.
 */
export function rpoHours(schedule: string): number {
  const cached = rpoCache.get(schedule);
  if (cached !== undefined) return cached;
  const parts = schedule.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`backup schedule '${schedule}' is not a five-field cron schedule`);
  const fields = CronExpressionParser.parse(schedule, { tz: "UTC" }).fields;
  const times: number[] = [];
  for (const h of fields.hour.values)
    for (const m of fields.minute.values) times.push(Number(h) * 60 + Number(m));
  times.sort((a, b) => a - b);
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i] - times[i - 1]);

  let prevDay: number | null = null;
  let runs = 0;
  for (const day of runDays(fields, parts)) {
    runs += times.length;
    if (prevDay !== null) {
      longest = Math.max(longest, (day - prevDay) * DAY_MIN - times[times.length - 1] + times[0]);
    }
    prevDay = day;
  }
  if (runs < 2) {
    throw new Error(`backup schedule '${schedule}' runs fewer than twice in eight years: it sets no period`);
  }
  const hours = Math.round((longest / 60) * 100) / 100;
  rpoCache.set(schedule, hours);
  return hours;
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
      storage: store ? "external" : "dinas-s3",
      endpoint: store?.endpoint ?? null,
      bucket: store?.bucket ?? `spbe-${inventory.region.key}`,
      // The dinas' store accepts signatures for one region, its own; `us-east-1` is the one S3
      // clients sign with when none is set (the Docker backup container sets none).
      region: store?.region ?? DINAS_STORE_REGION,
      platform: s.platform,
    };
  });
  return { entries, locations };
}
