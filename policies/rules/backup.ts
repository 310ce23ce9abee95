/** Backups: BK-01 … BK-04. */
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { objectName, role, type Rule, type View, type Violation } from "../rule";
import { coverage, template } from "./backup-coverage";
import { cronWithin, intervalMonths } from "./backup-interval";
import { describe, evidenceOf, t } from "./select";
import { toolkitDefault } from "../defaults";
import { termsFor, unmet } from "../terms";

/**
 * A data volume: anything the components labelled as data, or a claim nobody labelled (a
 * hand-written one). Claims of the backup store itself (role object-storage) are the target, not data.
 */
export function isDataVolume(v: View): boolean {
  return role(v) === ROLE.data || (v.kind === "PersistentVolumeClaim" && role(v) === undefined);
}

function isSchedule(v: View): boolean {
  return role(v) === ROLE.backupSchedule || (v.kind === "Schedule" && v.type.includes("velero.io"));
}

function isBackupLocation(v: View): boolean {
  return (
    role(v) === ROLE.backupLocation || (v.kind === "BackupStorageLocation" && v.type.includes("velero.io"))
  );
}

/** BK-02's items as the data files name them, and where the stack records each. */
const BK02_ITEMS: Record<string, { annotation: string; field: string }> = {
  periode: { annotation: ANNOTATION.backupSchedule, field: "schedule" },
  media: { annotation: ANNOTATION.backupMedia, field: "media" },
  retensi: { annotation: ANNOTATION.backupRetentionDays, field: "retentionDays" },
};

export const backupRules: Rule[] = [
  {
    obligation: "BK-01",
    name: "spbe-bk-01-data-backed-up",
    kind: "stack",
    severity: "high",
    description: t(
      "Data setiap Perangkat Daerah dicadangkan secara berkala",
      "Every agency's data is backed up periodically",
    ),
    remediation: t(
      "Tambahkan data.backup (schedule, retentionDays, media, target) pada aplikasi, atau jadwal Velero yang mencakup namespace volume itu.",
      "Add data.backup (schedule, retentionDays, media, target) to the application, or a Velero schedule covering the volume's namespace.",
    ),
    check(views, ctx) {
      const covered = coverage(views.filter(isSchedule));
      // Prabumulih 16(1) "secara berkala" sets no interval: any schedule complies. Where a
      // regulation sets one, the volume's schedule must run within it.
      const months = intervalMonths(termsFor(ctx, "BK-01"));
      const ev = evidenceOf(views);
      const backupSites = new Set(
        (ev?.sites ?? []).filter((s) => s.kind === "pusat-data" || s.kind === "drc").map((s) => s.id),
      );
      const out: Violation[] = [];
      for (const v of views.filter(isDataVolume)) {
        if (!covered(v)) {
          out.push({
            urn: v.urn,
            message: t(
              `${describe(v)} (${v.labels[LABEL.agency] ?? v.namespace ?? "?"}) tidak tercakup jadwal cadangan mana pun.`,
              `${describe(v)} (${v.labels[LABEL.agency] ?? v.namespace ?? "?"}) is not covered by any backup schedule.`,
            ),
          });
          continue;
        }
        const cron = v.annotations[ANNOTATION.backupSchedule];
        if (months !== null && !(cron && cronWithin(cron, months)))
          out.push({
            urn: v.urn,
            message: t(
              `Jadwal cadangan ${describe(v)} ('${cron ?? "?"}') tidak tampak berjalan setidaknya setiap ${months} bulan (ketentuan regulasi).`,
              `The backup schedule of ${describe(v)} ('${cron ?? "?"}') does not show it runs at least every ${months} month(s) (the regulation's interval).`,
            ),
          });
        const target = v.annotations[ANNOTATION.backupTarget];
        if (ev && target && !backupSites.has(target))
          out.push({
            urn: v.urn,
            message: t(
              `${describe(v)} dicadangkan ke '${target}', yang bukan Pusat Data maupun DRC.`,
              `${describe(v)} is backed up to '${target}', which is neither the Pusat Data nor a DRC.`,
            ),
          });
      }
      return out;
    },
  },
  {
    obligation: "BK-02",
    name: "spbe-bk-02-period-and-media",
    kind: "stack",
    severity: "medium",
    description: t(
      "Periode dan media cadangan ditetapkan untuk setiap data",
      "Backup period and media are set for each data set",
    ),
    remediation: (ctx) => {
      const items = termsFor(ctx, "BK-02")?.allOf ?? ["periode", "media", "retensi"];
      const fields = items.map((i) => BK02_ITEMS[i]?.field ?? i).join(", ");
      return t(
        `Tetapkan data.backup (${fields}) untuk data ini.`,
        `Set data.backup (${fields}) for this data.`,
      );
    },
    check(views, ctx) {
      // Bengkulu 11(7)(e): the PD managing the data sets "periode backup dan media backup data dan
      // informasi" (perData: for each data set). Where a data file says otherwise (perData
      // false), one data set of the PD with its period and media on record is the PD's setting.
      const terms = termsFor(ctx, "BK-02");
      const perData = terms?.perData ?? true;
      // What is to be set: the regulation's list (Bengkulu: periode, media), else the toolkit's.
      const items = terms?.allOf ?? ["periode", "media", "retensi"];
      const data = views.filter(isDataVolume);
      const missingOf = (v: View) =>
        items
          .filter((i) => !BK02_ITEMS[i] || !v.annotations[BK02_ITEMS[i].annotation])
          .map((i) => BK02_ITEMS[i]?.field ?? i);
      const agencyOf = (v: View) => v.labels[LABEL.agency] ?? v.namespace ?? "?";
      const set = new Set(data.filter((v) => missingOf(v).length === 0).map(agencyOf));
      return data.flatMap((v): Violation[] => {
        const missing = missingOf(v);
        if (missing.length === 0 || (!perData && set.has(agencyOf(v)))) return [];
        return [
          {
            urn: v.urn,
            message: t(
              `${describe(v)} tidak mencatat ${missing.join(", ")} cadangannya.`,
              `${describe(v)} does not record its backup ${missing.join(", ")}.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "BK-03",
    name: "spbe-bk-03-backup-and-recovery",
    kind: "stack",
    severity: "high",
    description: t(
      "Ketersediaan dijamin dengan pencadangan dan pemulihan",
      "Availability is assured by backup and recovery",
    ),
    remediation: t(
      "Beri setiap data cadangan dan pemulihan: data.backup (schedule, retentionDays, media, target) pada aplikasinya, dengan lokasi cadangan yang ada.",
      "Give every data set backup and recovery: data.backup (schedule, retentionDays, media, target) on its application, with an existing backup location.",
    ),
    check(views, ctx) {
      const locations = views.filter(isBackupLocation);
      const out: Violation[] = [];
      const data = views.filter(isDataVolume);
      const terms = termsFor(ctx, "BK-03");
      // What the regulation names (Bengkulu 24(4): backup, recovery and backup infrastructure);
      // backup and recovery where it names no list. Recovery needs a backup location to restore
      // from; the backup infrastructure is the DRC.
      const { missing } = unmet(new Set(), terms, { allOf: ["backup", "recovery"] });
      if (
        missing.includes("infrastructure-backup") &&
        !evidenceOf(views)?.sites.some((s) => s.kind === "drc")
      )
        out.push({
          message: t(
            "Tidak ada backup infrastruktur (situs DRC) yang tercatat.",
            "No backup infrastructure (DRC site) is on record.",
          ),
        });
      if (missing.includes("recovery") && data.length > 0 && locations.length === 0)
        out.push({
          message: t(
            "Ada data tetapi tidak ada lokasi cadangan (BackupStorageLocation), sehingga tidak ada pemulihan.",
            "There is data but no backup location (BackupStorageLocation), so nothing can be recovered.",
          ),
        });
      // Tangerang 29(5), Prabumulih 25(4), Bengkulu 24(4), PPU 19(2)(c): the duty lies on every PD
      // for its data (30(1), 26(1), 22(1), 19(3)), so each data set needs its own backup and
      // recovery, not one location somewhere in the region.
      const covered = coverage(views.filter(isSchedule));
      const means =
        terms?.meansNamed === false
          ? toolkitDefault(t("cadangan dan pemulihan sebagai sarana", "backup and recovery as the means"))
          : t("", "");
      // perData (every regulation that cites BK-03): each data set needs its own backup; where a
      // data file says otherwise, one backup schedule in the region is enough.
      const perData = terms?.perData ?? true;
      const anyCovered = data.some(covered);
      for (const v of missing.includes("backup") ? data : []) {
        if (perData ? covered(v) : anyCovered) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} (${v.labels[LABEL.agency] ?? v.namespace ?? "?"}) tidak memiliki cadangan dan pemulihan: tidak ada jadwal cadangan yang mencakupnya${means.id}.`,
            `${describe(v)} (${v.labels[LABEL.agency] ?? v.namespace ?? "?"}) has no backup and recovery: no backup schedule covers it${means.en}.`,
          ),
        });
      }
      const names = new Set(locations.map(objectName));
      for (const s of views.filter(isSchedule)) {
        const loc = template(s).storageLocation;
        if (typeof loc === "string" && locations.length > 0 && !names.has(loc))
          out.push({
            urn: s.urn,
            message: t(
              `${describe(s)} menunjuk lokasi cadangan '${loc}' yang tidak ada.`,
              `${describe(s)} points at backup location '${loc}', which does not exist.`,
            ),
          });
      }
      return out;
    },
  },
  {
    obligation: "BK-04",
    name: "spbe-bk-04-procedure-documented",
    section: "applications",
    kind: "evidence",
    severity: "low",
    description: t(
      "Prosedur cadangan dan pemulihan terdokumentasi",
      "Backup and restore procedures are documented",
    ),
    remediation: t(
      "Isi data.backup.procedure dengan rujukan prosedur.",
      "Fill data.backup.procedure with the procedure's reference.",
    ),
    check(ev) {
      return ev.applications
        .filter((a) => a.hasData && !a.backupProcedure)
        .map((a) => ({
          source: a.source,
          message: t(
            `Aplikasi '${a.id}' (${a.owner}) menyimpan data tetapi prosedur cadangan dan pemulihannya tidak terdokumentasi.`,
            `Application '${a.id}' (${a.owner}) holds data but its backup and restore procedure is not documented.`,
          ),
        }));
    },
  },
];
