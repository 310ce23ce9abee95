/** Pusat Data as the resources show it: DC-01, DC-02, DC-08, DC-10. */
import { LABEL, ROLE } from "../../inventory/facts";
import { role, type Rule, type Violation } from "../rule";
import { actorsText, agencyMayRun, mandiriTikWord, termsFor, word, type Terms } from "../terms";
import { isolationViolations, isTenantNamespace } from "./namespace-isolation";
import { agencyNamespaces, describe, dinasIdOf, evidenceOf, isAgencyOperator, t, withRole } from "./select";
import { accessFindings } from "./tenant-access";

const APP_ROLES: string[] = [ROLE.app, ROLE.vps, ROLE.colocationServer, ROLE.data];

/**
 * What DC-02 places, as the regulation lists it: Tabanan 14(1) "Aplikasi SPBE pada Hosting dan
 * Server pada Colocation Server" (allOf: each, where the PD has it), Prabumulih 14(5) "data
 * dan/atau servernya" (anyOf: whichever the PD has; an application with neither data nor a server
 * of its own, e.g. one without data run at the DRC, is not what the article places). A workload on
 * an office site, or on a site its owner runs, is on the PD's own server. Where the regulation lists nothing, everything an
 * application is (the toolkit's reading, advisory where it is silent).
 */
function placementBound(terms: Terms | null): (has: ReadonlySet<string>) => boolean {
  const kinds = [...(terms?.allOf ?? []), ...(terms?.anyOf ?? [])];
  return (has) => kinds.length === 0 || kinds.some((k) => has.has(k));
}

export const pusatDataRules: Rule[] = [
  {
    obligation: "DC-01",
    name: "spbe-dc-01-dinas-operates-pusat-data",
    kind: "stack",
    severity: "critical",
    description: t("Hanya Dinas yang menyelenggarakan Pusat Data", "Only the Dinas operates the Pusat Data"),
    remediation: (ctx) => {
      const who = actorsText(ctx, termsFor(ctx, "DC-01")?.actors);
      const pd = word(ctx, "pusatData", "Pusat Data");
      return t(
        `Serahkan penyelenggaraan situs pusat data kepada ${who.id} (operator) dan pindahkan beban kerja Perangkat Daerah ke ${pd}.`,
        `Hand the data center site over to ${who.en} (operator) and move the agency's workloads into the ${pd}.`,
      );
    },
    check(views, ctx) {
      const ev = evidenceOf(views);
      const dinas = dinasIdOf(views, ev);
      const out: Violation[] = [];
      const flagged = new Set<string>();
      const barred = (op: string) => isAgencyOperator(op, dinas) && !agencyMayRun(op, ev, ctx, "DC-01");
      ev?.sites.forEach((s) => {
        if (s.kind !== "pusat-data" || !barred(s.operator)) return;
        flagged.add(s.id);
        const r = views.find((v) => v.labels[LABEL.site] === s.id);
        out.push({
          urn: r?.urn,
          source: s.source,
          message: t(
            `Situs pusat data '${s.id}' diselenggarakan oleh '${s.operator}', bukan oleh Dinas '${dinas ?? "?"}'.`,
            `Data center site '${s.id}' is operated by '${s.operator}', not by the Dinas '${dinas ?? "?"}'.`,
          ),
        });
      });
      for (const v of views) {
        const site = v.labels[LABEL.site];
        const op = v.labels[LABEL.operator];
        if (v.labels[LABEL.siteKind] !== "pusat-data" || !op || !barred(op)) continue;
        if (!site || flagged.has(site)) continue;
        flagged.add(site);
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} adalah komponen pusat data '${site}' yang diselenggarakan oleh '${op}', bukan oleh Dinas '${dinas ?? "?"}'.`,
            `${describe(v)} is a component of data center '${site}' operated by '${op}', not by the Dinas '${dinas ?? "?"}'.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "DC-02",
    name: "spbe-dc-02-placed-in-pusat-data",
    kind: "stack",
    severity: "high",
    description: t(
      "Aplikasi, server dan data ditempatkan di Pusat Data Dinas",
      "Apps, servers and data are placed in the Dinas' Pusat Data",
    ),
    remediation: (ctx) => {
      const dinas = word(ctx, "dinas", "Dinas");
      const pd = word(ctx, "pusatData", "Pusat Data");
      return t(
        `Tempatkan aplikasi di ${pd}: situs berjenis pusat-data yang diselenggarakan ${dinas} (placement.site).`,
        `Place the application in the ${pd}: a pusat-data site operated by the ${dinas} (placement.site).`,
      );
    },
    check(views, ctx) {
      const ev = evidenceOf(views);
      const dinas = dinasIdOf(views, ev);
      const out: Violation[] = [];
      const sites = new Map((ev?.sites ?? []).map((s) => [s.id, s]));
      const bound = placementBound(termsFor(ctx, "DC-02"));
      for (const a of ev?.applications ?? []) {
        const s = sites.get(a.site);
        if (s && s.kind === "pusat-data" && s.operator === dinas) continue;
        const has = new Set([
          ...(a.placement === "colocation" ? ["colocation", "server"] : ["hosting"]),
          ...(a.hasData ? ["data"] : []),
          // On an office site, or a site the owner runs, it runs on the PD's own server.
          ...(s?.kind === "office" || s?.operator === a.owner ? ["server"] : []),
        ]);
        if (!bound(has)) continue;
        out.push({
          source: a.source,
          message: t(
            `Aplikasi '${a.id}' (${a.owner}) ditempatkan di '${a.site}' (${s?.kind ?? "tidak dikenal"}, operator ${s?.operator ?? "?"}), bukan di Pusat Data Dinas.`,
            `Application '${a.id}' (${a.owner}) is placed on '${a.site}' (${s?.kind ?? "unknown"}, operator ${s?.operator ?? "?"}), not in the Dinas' Pusat Data.`,
          ),
        });
      }
      for (const v of views) {
        const kind = v.labels[LABEL.siteKind];
        const r = role(v) ?? "";
        if (!APP_ROLES.includes(r) || !kind || kind === "pusat-data" || kind === "drc") continue;
        const own =
          kind === "office" ||
          (v.labels[LABEL.operator] !== undefined && v.labels[LABEL.operator] === v.labels[LABEL.agency]);
        const has = new Set(
          r === ROLE.colocationServer
            ? ["colocation", "server"]
            : r === ROLE.data
              ? ["data", "hosting"]
              : ["hosting", ...(own ? ["server"] : [])],
        );
        if (!bound(has)) continue;
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} milik '${v.labels[LABEL.agency] ?? "?"}' berjalan di situs '${v.labels[LABEL.site] ?? "?"}' berjenis '${kind}', bukan di Pusat Data.`,
            `${describe(v)} of '${v.labels[LABEL.agency] ?? "?"}' runs on site '${v.labels[LABEL.site] ?? "?"}' of kind '${kind}', not in the Pusat Data.`,
          ),
        });
      }
      return out;
    },
  },
  {
    obligation: "DC-08",
    name: "spbe-dc-08-own-servers-mandiri-only",
    section: "colocation",
    kind: "evidence",
    severity: "high",
    description: t(
      "Server milik Perangkat Daerah hanya di mana regulasi mengizinkannya",
      "An agency owns servers only where the regulation allows it",
    ),
    remediation: (ctx) => {
      const dinas = word(ctx, "dinas", "Dinas");
      const mandiri = mandiriTikWord(ctx);
      return mandiri
        ? t(
            `Ganti server kolokasi Perangkat Daerah yang bukan ${mandiri} dengan VPS dari ${dinas}.`,
            `Replace the colocation server of an agency that is not a ${mandiri} with a VPS from the ${dinas}.`,
          )
        : t(
            `Ganti server kolokasi Perangkat Daerah dengan VPS dari ${dinas}.`,
            `Replace the agency's colocation server with a VPS from the ${dinas}.`,
          );
    },
    check(ev, ctx, resources) {
      const views = resources();
      const category = mandiriTikWord(ctx);
      // The inventory's mandiriTik flag counts only where the regulation has the category: where
      // it has none (knowsMandiriTik false), a flagged agency is an agency like any other.
      const mandiri = new Map(ev.agencies.map((a) => [a.id, a.mandiriTik && category !== null]));
      return withRole(views, ROLE.colocationServer).flatMap((v): Violation[] => {
        const owner = v.labels[LABEL.agency];
        if (!owner || owner === ev.dinas.id || mandiri.get(owner) === true) return [];
        return [
          {
            urn: v.urn,
            message: category
              ? t(
                  `${describe(v)} adalah server milik '${owner}', yang bukan ${category}.`,
                  `${describe(v)} is a server owned by '${owner}', which is not a ${category}.`,
                )
              : t(
                  `${describe(v)} adalah server milik Perangkat Daerah '${owner}', bukan milik ${word(ctx, "dinas", "Dinas")}.`,
                  `${describe(v)} is a server owned by agency '${owner}', not by the ${word(ctx, "dinas", "Dinas")}.`,
                ),
          },
        ];
      });
    },
  },
  {
    obligation: "DC-10",
    name: "spbe-dc-10-tenant-isolation",
    kind: "stack",
    severity: "high",
    description: t(
      "Akses informasi dibatasi sesuai kewenangan Perangkat Daerah",
      "Access to information is restricted per agency",
    ),
    remediation: t(
      "Tambahkan NetworkPolicy default-deny (podSelector: {}, policyTypes: [Ingress, Egress]) di namespace Perangkat Daerah atau Dinas, buka hanya yang diperlukan, dan beri akses (RoleBinding) hanya kepada subjek Perangkat Daerah itu sendiri (agencies[].access).",
      "Add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) in the agency's or the Dinas' namespace, open only what is needed, and bind roles only to the agency's own subjects (agencies[].access).",
    ),
    check(views) {
      return isolationViolations(views, isTenantNamespace).concat(
        accessFindings(views, agencyNamespaces(views)),
      );
    },
  },
];
