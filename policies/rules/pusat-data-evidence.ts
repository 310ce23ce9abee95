/** Pusat Data, the paper trail and operations: DC-03 … DC-07, DC-09 (from the evidence ConfigMap). */
import { ROLE } from "../../inventory/facts";
import { role, yearsBefore, type Rule, type View, type Violation } from "../rule";
import { t } from "./select";

/** Monitoring: an object the components mark as such, or a Prometheus operator probe/monitor. */
export function isMonitoring(v: View): boolean {
  return v.type.startsWith("kubernetes:monitoring.coreos.com/") || role(v) === ROLE.monitoring;
}

/** An SNI/ISO attestation is taken as current for 3 years, the usual certificate term. */
export const STANDARD_VALID_YEARS = 3;

export const pusatDataEvidenceRules: Rule[] = [
  {
    obligation: "DC-03",
    name: "spbe-dc-03-admission-test",
    section: "applications",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Penempatan didahului uji keamanan dan kelaikan Dinas",
      "Placement follows the Dinas' security and feasibility test",
    ),
    remediation: t(
      "Catat hasil uji kelaikan (admission: request, testedOn, result: accepted) sebelum aplikasi ditempatkan.",
      "Record the feasibility test (admission: request, testedOn, result: accepted) before the app is placed.",
    ),
    check(ev) {
      return ev.applications.flatMap((a): Violation[] => {
        if (!a.admission)
          return [
            {
              source: a.source,
              message: t(
                `Aplikasi '${a.id}' (${a.owner}) tidak memiliki catatan uji kelaikan penempatan.`,
                `Application '${a.id}' (${a.owner}) has no placement admission test record.`,
              ),
            },
          ];
        if (a.admission.result !== "accepted")
          return [
            {
              source: a.source,
              message: t(
                `Aplikasi '${a.id}' ditempatkan padahal hasil uji ${a.admission.request} (${a.admission.testedOn}) adalah '${a.admission.result}'.`,
                `Application '${a.id}' is placed although test ${a.admission.request} (${a.admission.testedOn}) resulted in '${a.admission.result}'.`,
              ),
            },
          ];
        return [];
      });
    },
  },
  {
    obligation: "DC-04",
    name: "spbe-dc-04-operating-procedure",
    section: "security",
    kind: "evidence",
    severity: "medium",
    description: t(
      "SOP Pusat Data mencakup katalog perangkat, pengguna dan catatan aktivitas",
      "Pusat Data SOP covers device and user catalogs and activity records",
    ),
    remediation: t(
      "Isi security.sop (reference, updatedOn) dengan SOP yang berlaku.",
      "Fill security.sop (reference, updatedOn) with the SOP in force.",
    ),
    check(ev) {
      if (ev.security.sop) return [];
      return [
        {
          message: t(
            "Tidak ada SOP pengoperasian Pusat Data (security.sop).",
            "There is no Pusat Data operating procedure (security.sop).",
          ),
        },
      ];
    },
  },
  {
    obligation: "DC-05",
    name: "spbe-dc-05-pdn-connected",
    section: "network.interconnects",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Pusat Data terhubung dengan Pusat Data Nasional",
      "The Pusat Data is connected to the national data center",
    ),
    remediation: t(
      "Tambahkan network.interconnects { kind: pdn, peer: Pusat Data Nasional }.",
      "Add network.interconnects { kind: pdn, peer: Pusat Data Nasional }.",
    ),
    check(ev) {
      if (ev.network.interconnects.some((i) => i.kind === "pdn")) return [];
      return [
        {
          message: t(
            "Tidak ada interkoneksi ke Pusat Data Nasional (kind: pdn).",
            "There is no interconnect to the national data center (kind: pdn).",
          ),
        },
      ];
    },
  },
  {
    obligation: "DC-06",
    name: "spbe-dc-06-sni-standard",
    section: "sites",
    kind: "evidence",
    severity: "low",
    description: t(
      "Desain dan pengelolaan Pusat Data memenuhi SNI",
      "Pusat Data design and management meet SNI",
    ),
    remediation: t(
      `Lampirkan atestasi standar (sites[].standard { name, attestedOn }) yang tidak lebih tua dari ${STANDARD_VALID_YEARS} tahun.`,
      `Attach a standard attestation (sites[].standard { name, attestedOn }) no older than ${STANDARD_VALID_YEARS} years.`,
    ),
    check(ev, ctx) {
      const oldest = yearsBefore(ctx.today, STANDARD_VALID_YEARS);
      return ev.sites
        .filter((s) => s.kind === "pusat-data")
        .flatMap((s): Violation[] => {
          if (!s.standard)
            return [
              {
                source: s.source,
                message: t(
                  `Situs '${s.id}' tidak memiliki atestasi standar (SNI).`,
                  `Site '${s.id}' has no standard (SNI) attestation.`,
                ),
              },
            ];
          if (s.standard.attestedOn < oldest)
            return [
              {
                source: s.source,
                message: t(
                  `Atestasi ${s.standard.name} situs '${s.id}' bertanggal ${s.standard.attestedOn}, lebih tua dari ${STANDARD_VALID_YEARS} tahun.`,
                  `The ${s.standard.name} attestation of site '${s.id}' is dated ${s.standard.attestedOn}, older than ${STANDARD_VALID_YEARS} years.`,
                ),
              },
            ];
          return [];
        });
    },
  },
  {
    obligation: "DC-07",
    name: "spbe-dc-07-uptime-and-server-security",
    section: "security.controls",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Pusat Data menjamin keamanan dan ketersediaan server",
      "The Pusat Data guarantees server security and up-time",
    ),
    remediation: t(
      "Aktifkan pemantauan (monitoring) dan kontrol hardening serta firewall.",
      "Enable monitoring and the hardening and firewall controls.",
    ),
    check(ev, _ctx, resources) {
      const views = resources();
      const out: Violation[] = [];
      if (!views.some(isMonitoring))
        out.push({
          message: t(
            "Tidak ada sumber daya pemantauan (up-time) di stack.",
            "The stack has no monitoring (up-time) resource.",
          ),
        });
      const missing = ["hardening", "firewall"].filter((c) => !ev.security.controls.includes(c));
      if (missing.length)
        out.push({
          message: t(
            `Kontrol keamanan server belum diterapkan: ${missing.join(", ")}.`,
            `Server security controls missing: ${missing.join(", ")}.`,
          ),
        });
      return out;
    },
  },
  {
    obligation: "DC-09",
    name: "spbe-dc-09-noc",
    section: "sites",
    kind: "evidence",
    severity: "medium",
    description: t("Pusat Data memiliki NOC yang memantaunya", "The Pusat Data has a NOC that monitors it"),
    remediation: t(
      "Tambahkan situs berjenis noc atau pemantauan Pusat Data.",
      "Add a noc site or monitoring of the Pusat Data.",
    ),
    check(ev, _ctx, resources) {
      if (ev.sites.some((s) => s.kind === "noc") || resources().some(isMonitoring)) return [];
      return [
        {
          message: t(
            "Tidak ada NOC maupun pemantauan Pusat Data.",
            "There is neither a NOC nor monitoring of the Pusat Data.",
          ),
        },
      ];
    },
  },
];
