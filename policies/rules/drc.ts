/** DRC (Pusat Pemulihan Bencana): DRC-01 … DRC-03. */
import { ANNOTATION, LABEL, ROLE } from "../../inventory/facts";
import { sourceOf, type Rule, type Violation } from "../rule";
import { word } from "../terms";
import { describe, evidenceOf, isAgencyOperator, t, withRole } from "./select";

export const drcRules: Rule[] = [
  {
    obligation: "DRC-01",
    name: "spbe-drc-01-drc-exists",
    section: "sites",
    kind: "evidence",
    severity: "high",
    description: t(
      "Pusat Data memiliki DRC yang mencadangkannya",
      "The Pusat Data has a DRC that backs it up",
    ),
    remediation: (ctx) => {
      const drc = word(ctx, "drc", "DRC");
      return t(
        `Tambahkan ${drc} (situs berjenis drc) dan arahkan cadangan (backup.target) ke sana.`,
        `Add the ${drc} (a site of kind drc) and point the backups (backup.target) at it.`,
      );
    },
    check(ev, _ctx, resources) {
      const drcs = ev.sites.filter((s) => s.kind === "drc");
      if (drcs.length === 0)
        return [
          {
            message: t(
              "Daerah tidak memiliki situs DRC (kind: drc).",
              "The region has no DRC site (kind: drc).",
            ),
          },
        ];
      const ids = new Set(drcs.map((s) => s.id));
      const used = resources().some(
        (v) =>
          ids.has(v.annotations[ANNOTATION.backupTarget] ?? "") ||
          (withRole([v], ROLE.backupLocation).length > 0 && ids.has(v.labels[LABEL.site] ?? "")),
      );
      if (used) return [];
      return [
        {
          message: t(
            `DRC ${[...ids].join(", ")} tidak menerima cadangan apa pun: tidak ada lokasi atau target cadangan di sana.`,
            `DRC ${[...ids].join(", ")} receives no backup: no backup location or target is there.`,
          ),
        },
      ];
    },
  },
  {
    obligation: "DRC-02",
    name: "spbe-drc-02-separate-failure-domain",
    kind: "stack",
    severity: "critical",
    description: t(
      "DRC tidak berbagi domain kegagalan dengan Pusat Data",
      "The DRC does not share the Pusat Data's failure domain",
    ),
    remediation: (ctx) => {
      const drc = word(ctx, "drc", "DRC");
      const pd = word(ctx, "pusatData", "Pusat Data");
      return t(
        `Pilih target cadangan di domain kegagalan lain dari ${pd} (lokasi yang tidak terkena bencana yang sama), misalnya ${drc} di PDN.`,
        `Choose a backup target in a failure domain other than the ${pd}'s (a place the same disaster does not reach), e.g. a ${drc} at the PDN.`,
      );
    },
    check(views) {
      const out: Violation[] = [];
      const seen = new Set<string>();
      for (const v of views) {
        const target = v.annotations[ANNOTATION.backupTarget];
        const fd = v.annotations[ANNOTATION.backupFailureDomain];
        const own = v.labels[LABEL.failureDomain];
        if (!target || !fd || !own || fd !== own) continue;
        const key = `${sourceOf(v) ?? v.urn}|${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} (${v.labels[LABEL.agency] ?? "?"}) dicadangkan ke '${target}', yang berada di domain kegagalan yang sama dengan datanya (${own}).`,
            `${describe(v)} (${v.labels[LABEL.agency] ?? "?"}) is backed up to '${target}', which is in the same failure domain as its data (${own}).`,
          ),
        });
      }
      const ev = evidenceOf(views);
      const pd = new Set(
        (ev?.sites ?? []).filter((s) => s.kind === "pusat-data").map((s) => s.failureDomain),
      );
      for (const s of ev?.sites ?? []) {
        if (s.kind !== "drc" || !pd.has(s.failureDomain)) continue;
        out.push({
          source: s.source,
          message: t(
            `DRC '${s.id}' berada di domain kegagalan '${s.failureDomain}', sama dengan Pusat Data.`,
            `DRC '${s.id}' is in failure domain '${s.failureDomain}', the same as the Pusat Data.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "DRC-03",
    name: "spbe-drc-03-drc-operator",
    section: "sites",
    kind: "evidence",
    severity: "medium",
    description: t(
      "DRC diselenggarakan Dinas, PDN atau penyedia pusat data",
      "The DRC is run by the Dinas, the PDN or a data-center provider",
    ),
    remediation: t(
      "Gunakan PDN (operator: pdn) atau penyedia layanan pusat data (operator: provider:<nama>) sebagai DRC.",
      "Use the PDN (operator: pdn) or a data-center provider (operator: provider:<name>) as the DRC.",
    ),
    check(ev) {
      return ev.sites
        .filter((s) => s.kind === "drc" && isAgencyOperator(s.operator, ev.dinas.id))
        .map((s) => ({
          source: s.source,
          message: t(
            `DRC '${s.id}' diselenggarakan oleh Perangkat Daerah '${s.operator}', bukan Dinas, PDN atau penyedia pusat data.`,
            `DRC '${s.id}' is operated by agency '${s.operator}', not the Dinas, the PDN or a data-center provider.`,
          ),
        }));
    },
  },
];
