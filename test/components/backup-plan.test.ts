import { CronExpressionParser } from "cron-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBackupPlan, rpoHours, veleroTtl } from "../../plan/backup";
import { fixture } from "./fixture";

/** The longest gap between runs by stepping through every run for two years: slow, obviously right. */
function bruteForceRpo(schedule: string): number {
  const it = CronExpressionParser.parse(schedule, {
    currentDate: new Date(Date.UTC(2026, 0, 1) - 1),
    endDate: new Date(Date.UTC(2028, 0, 1)),
    tz: "UTC",
  });
  let prev: number | null = null;
  let longest = 0;
  while (it.hasNext()) {
    const t = it.next().getTime();
    if (prev !== null) longest = Math.max(longest, t - prev);
    prev = t;
  }
  return Math.round((longest / 3_600_000) * 100) / 100;
}

describe("rpoHours", () => {
  it("is the period of a daily, six-hourly or weekly schedule", () => {
    expect(rpoHours("0 1 * * *")).toBe(24);
    expect(rpoHours("0 */6 * * *")).toBe(6);
    expect(rpoHours("0 4 * * 0")).toBe(168);
  });

  it("takes the longest gap of an uneven schedule (weekdays only: Friday night to Monday)", () => {
    expect(rpoHours("30 1,23 * * 1-5")).toBe(50);
  });

  it("sees a leap-day schedule's four-year gap", () => {
    expect(rpoHours("0 0 29 2 *")).toBe(4 * 365 * 24 + 24);
  });

  it("agrees with stepping through every run, for schedules on hours, days of month and weekdays", () => {
    const schedule = fc
      .record({
        minute: fc.integer({ min: 0, max: 59 }),
        hours: fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 3 }),
        dom: fc.oneof(fc.constant("*"), fc.constant("*/2"), fc.integer({ min: 1, max: 28 }).map(String)),
        dow: fc.oneof(fc.constant("*"), fc.constant("1-5"), fc.integer({ min: 0, max: 6 }).map(String)),
      })
      .map((s) => `${s.minute} ${s.hours.join(",")} ${s.dom} * ${s.dow}`);
    fc.assert(
      fc.property(schedule, (s) => rpoHours(s) === bruteForceRpo(s)),
      { numRuns: 25 },
    );
  });
});

describe("buildBackupPlan", () => {
  it("records schedule, retention as a Velero ttl, target and its failure domain per data set", () => {
    const plan = buildBackupPlan(fixture());
    const simpeg = plan.entries.find((e) => e.app === "simpeg");
    expect(simpeg).toMatchObject({
      schedule: "0 1 * * *",
      ttl: veleroTtl(30),
      target: "drc-dinas",
      targetFailureDomain: "jauh",
      failureDomain: "contoh-kota",
      rpoHours: 24,
      mechanism: "velero",
      source: "applications[0].data.backup",
    });
    expect(veleroTtl(30)).toBe("720h0m0s");
  });

  it("leaves colocation data to an agent on the agency's server", () => {
    const plan = buildBackupPlan(fixture());
    expect(plan.entries.find((e) => e.app === "simrs")?.mechanism).toBe("server-agent");
  });

  it("stores backups in the dinas-run S3 store on its own DRC, and at the PDN's endpoint otherwise", () => {
    const plan = buildBackupPlan(fixture());
    const bySite = Object.fromEntries(plan.locations.map((l) => [l.site, l]));
    expect(bySite["drc-dinas"]).toMatchObject({ storage: "dinas-s3", endpoint: null, platform: "docker" });
    expect(bySite["drc-pdn"]).toMatchObject({
      storage: "external",
      endpoint: "https://s3.pdn.go.id",
      bucket: "spbe-contoh",
    });
  });

  it("refuses a PDN target without the object storage it provides, naming the site", () => {
    const inv = fixture((i) => {
      delete i.sites[2].objectStorage;
    });
    expect(() => buildBackupPlan(inv)).toThrow(
      /sites\[2\]\.objectStorage: backup target 'drc-pdn' is run by 'pdn'/,
    );
  });
});
