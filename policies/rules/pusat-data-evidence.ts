/** Pusat Data, the paper trail and operations: DC-03 … DC-07, DC-09 (from the evidence ConfigMap). */
import { ROLE } from "../../inventory/facts";
import { toolkitDefault } from "../defaults";
import { role, yearsBefore, type Rule, type View, type Violation } from "../rule";
import { defaultsOf, kindsText, standardText, termsFor, unmet, word } from "../terms";
import { sopViolations } from "./pusat-data-sop";
import { issuerNames, issuerOf, issuerSatisfies } from "./issuers";
import { t } from "./select";

/** Monitoring: an object the components mark as such, or a Prometheus operator probe/monitor. */
export function isMonitoring(v: View): boolean {
  return v.type.startsWith("kubernetes:monitoring.coreos.com/") || role(v) === ROLE.monitoring;
}

/** An SNI/ISO attestation is taken as current for 3 years, the usual certificate term (a toolkit default). */
export const STANDARD_VALID_YEARS = 3;

/** SNI by its name: "SNI 8799-1:2019", "Standar Nasional Indonesia …". */
export const isSni = (name: string): boolean => /\bSNI\b|standar nasional indonesia/i.test(name);
/** An international standard by its body: ISO/IEC, ANSI/TIA, EN, BICSI, Uptime Institute. */
export const isInternational = (name: string): boolean =>
  /\b(ISO|IEC|ANSI|TIA|EN|BICSI|NFPA|IEEE)\b|uptime institute|tier (i|ii|iii|iv)\b/i.test(name);

export const pusatDataEvidenceRules: Rule[] = [
  {
    obligation: "DC-03",
    name: "spbe-dc-03-admission-test",
    section: "applications",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Penempatan didahului pengujian atau persetujuan Dinas sebagaimana diatur regulasi",
      "Placement follows the Dinas' test or approval as the regulation provides",
    ),
    remediation: (ctx) => {
      const test = word(ctx, "admission", "uji keamanan");
      return termsFor(ctx, "DC-03")?.recordOptional
        ? t(
            `Sesuaikan sistem sesuai saran ${word(ctx, "dinas", "Dinas")} dan ajukan kembali ${test}; catat hasilnya (admission: request, testedOn, result: accepted) sebelum aplikasi dijalankan.`,
            `Adjust the system as the ${word(ctx, "dinas", "Dinas")} advises and submit the ${test} again; record its result (admission: request, testedOn, result: accepted) before the app runs.`,
          )
        : t(
            `Catat hasil ${test} (admission: request, testedOn, result: accepted) sebelum aplikasi ditempatkan.`,
            `Record the ${test} (admission: request, testedOn, result: accepted) before the app is placed.`,
          );
    },
    check(ev, ctx) {
      // Tabanan 14(10): "uji keamanan dan kelayakan" before placement, a missing record is a
      // violation. Bengkulu 16(3)-(6): the request is optional ("dapat"), so only running a
      // rejected selection unchanged is one.
      const terms = termsFor(ctx, "DC-03");
      const optional = terms?.recordOptional === true;
      // Who tests or decides (Tabanan 14(10) "Kepala Dinas melakukan uji", Bengkulu 16(4) "Dinas
      // melakukan persetujuan"): the record is the Dinas' own unless it names someone else.
      const named = terms?.issuers?.any;
      const test = word(ctx, "admission", "uji keamanan");
      return ev.applications.flatMap((a): Violation[] => {
        if (!a.admission)
          return optional
            ? []
            : [
                {
                  source: a.source,
                  message: t(
                    `Aplikasi '${a.id}' (${a.owner}) tidak memiliki catatan ${test} sebelum penempatan.`,
                    `Application '${a.id}' (${a.owner}) has no placement admission record (${test}).`,
                  ),
                },
              ];
        const by = issuerOf(a.admission, ev);
        if (named && by !== null && !named.some((k) => issuerSatisfies(by, k)))
          return [
            {
              source: a.source,
              message: t(
                `${test} aplikasi '${a.id}' (${a.admission.request}) dilakukan oleh '${a.admission.by ?? a.admission.issuer?.name ?? by}', bukan oleh ${issuerNames(named, "id")}.`,
                `The ${test} of application '${a.id}' (${a.admission.request}) was made by '${a.admission.by ?? a.admission.issuer?.name ?? by}', not by ${issuerNames(named, "en")}.`,
              ),
            },
          ];
        if (a.admission.result !== "accepted")
          return [
            {
              source: a.source,
              message: t(
                `Aplikasi '${a.id}' ditempatkan padahal hasil ${test} ${a.admission.request} (${a.admission.testedOn}) adalah '${a.admission.result}'.`,
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
      "Isi security.sop (reference, updatedOn) dengan SOP yang berlaku, dan security.sop.covers dengan setiap butir yang diminta regulasi yang tidak dibangun toolkit.",
      "Fill security.sop (reference, updatedOn) with the SOP in force, and security.sop.covers with each item the regulation asks for that the toolkit does not build.",
    ),
    check(ev, ctx) {
      return sopViolations(ev.security.sop, termsFor(ctx, "DC-04"));
    },
  },
  {
    obligation: "DC-05",
    name: "spbe-dc-05-pdn-connected",
    section: "network.interconnects",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Pusat Data terhubung dengan Pusat Data Nasional dan/atau pusat data lain sesuai regulasi",
      "The Pusat Data is connected to the national data center and/or other data centers as the regulation says",
    ),
    remediation: (ctx) => {
      const kinds = kindsText(termsFor(ctx, "DC-05"), { allOf: ["pdn"] });
      const pd = word(ctx, "pusatData", "Pusat Data");
      return t(
        `Hubungkan ${pd} sebagaimana diatur regulasi dan catat network.interconnects { ${kinds.id}, peer }.`,
        `Connect the ${pd} as the regulation provides and record network.interconnects { ${kinds.en}, peer }.`,
      );
    },
    check(ev, ctx) {
      // Tabanan 14(7): the PDN; PPU 17(1): the PDN (treated as available: a toolkit default);
      // Bengkulu 13(3): a central agency's "dan/atau" another region's data center (any of).
      const present = new Set(ev.network.interconnects.map((i) => i.kind));
      const terms = termsFor(ctx, "DC-05");
      const unmetHere = unmet(present, terms, { allOf: ["pdn"] });
      const { anyOf } = unmetHere;
      // Where the duty holds only once the PDN is designated and available (PPU 17(1)), the pack
      // config says whether it is (defaults.pdnAvailable); unavailable, the PDN is not required.
      const missing = unmetHere.missing.filter(
        (k) => !(k === "pdn" && terms?.conditional && !defaultsOf(ctx).pdnAvailable),
      );
      const pd = word(ctx, "pusatData", "Pusat Data");
      const out: Violation[] = missing.map((k) => ({
        message: t(
          `${pd} tidak terhubung dengan ${k === "pdn" ? "Pusat Data Nasional" : k} (kind: ${k}).${terms?.conditional ? ` Ketersediaan PDN dianggap terpenuhi${toolkitDefault(t("syarat", "condition")).id}` : ""}`,
          `The ${pd} has no interconnect of kind ${k}${k === "pdn" ? " (the national data center)" : ""}.${terms?.conditional ? ` The PDN is taken as available${toolkitDefault(t("condition", "condition")).en}` : ""}`,
        ),
      }));
      if (anyOf)
        out.push({
          message: t(
            `${pd} tidak terinterkoneksi dengan pusat data instansi pusat maupun pemerintah daerah lain (kind: ${anyOf.join(" | ")}).`,
            `The ${pd} interconnects with neither a central agency's nor another region's data center (kind: ${anyOf.join(" | ")}).`,
          ),
        });
      return out;
    },
  },
  {
    obligation: "DC-06",
    name: "spbe-dc-06-sni-standard",
    section: "sites",
    kind: "evidence",
    severity: "low",
    description: t(
      "Desain dan pengelolaan Pusat Data memenuhi standar yang ditetapkan regulasi",
      "Pusat Data design and management meet the standard the regulation names",
    ),
    remediation: (ctx) => {
      const wanted = standardText(termsFor(ctx, "DC-06")?.standard);
      const years = defaultsOf(ctx).standardValidYears;
      const l = toolkitDefault(t(`${years} tahun`, `${years} years`));
      return t(
        `Lampirkan atestasi ${wanted.id} pada sites[].standard { name, attestedOn }, tidak lebih tua dari ${years} tahun${l.id}.`,
        `Attach an attestation of ${wanted.en} in sites[].standard { name, attestedOn }, no older than ${years} years${l.en}.`,
      );
    },
    check(ev, ctx) {
      // Tangerang 23(4): SNI only; Tabanan 14(3): SNI and/or an international standard;
      // Prabumulih 14(4): "standar yang ditetapkan", any the region records.
      const accepted = termsFor(ctx, "DC-06")?.standard ?? "sni-or-international";
      const years = defaultsOf(ctx).standardValidYears;
      const oldest = yearsBefore(ctx.today, years);
      const wanted =
        accepted === "sni"
          ? t("SNI", "SNI")
          : accepted === "sni-or-international"
            ? t("SNI dan/atau standar internasional", "SNI and/or an international standard")
            : t("standar yang ditetapkan", "the standard set");
      return ev.sites
        .filter((s) => s.kind === "pusat-data")
        .flatMap((s): Violation[] => {
          if (!s.standard)
            return [
              {
                source: s.source,
                message: t(
                  `Situs '${s.id}' tidak memiliki atestasi standar (${wanted.id}).`,
                  `Site '${s.id}' has no standard attestation (${wanted.en}).`,
                ),
              },
            ];
          const name = s.standard.name;
          const ok =
            accepted === "unnamed" ||
            isSni(name) ||
            (accepted === "sni-or-international" && isInternational(name));
          const out: Violation[] = [];
          if (!ok)
            out.push({
              source: s.source,
              message: t(
                `Atestasi situs '${s.id}' adalah '${name}', bukan ${wanted.id} yang diwajibkan regulasi.`,
                `The attestation of site '${s.id}' is '${name}', not ${wanted.en} as the regulation requires.`,
              ),
            });
          if (s.standard.attestedOn < oldest) {
            const l = toolkitDefault(t(`${years} tahun`, `${years} years`));
            out.push({
              source: s.source,
              advisoryOnly: true,
              message: t(
                `Atestasi ${name} situs '${s.id}' bertanggal ${s.standard.attestedOn}, lebih tua dari ${years} tahun${l.id}.`,
                `The ${name} attestation of site '${s.id}' is dated ${s.standard.attestedOn}, older than ${years} years${l.en}.`,
              ),
            });
          }
          return out;
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
    check(ev, ctx, resources) {
      const views = resources();
      const out: Violation[] = [];
      // The guarantees the regulation lists (Prabumulih 14(6): colocation, keamanan server and
      // up-time server); server security and up-time where it lists none. Colocation itself is
      // DC-08's (whose servers may be placed there); this rule checks the other two.
      const { missing: owed } = unmet(new Set(), termsFor(ctx, "DC-07"), {
        allOf: ["keamanan-server", "up-time-server"],
      });
      if (owed.includes("up-time-server") && !views.some(isMonitoring))
        out.push({
          message: t(
            "Tidak ada sumber daya pemantauan (up-time) di stack.",
            "The stack has no monitoring (up-time) resource.",
          ),
        });
      const missing = ["hardening", "firewall"].filter((c) => !ev.security.controls.includes(c));
      if (owed.includes("keamanan-server") && missing.length)
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
    remediation: (ctx) => {
      const noc = word(ctx, "noc", "ruangan network operation center (NOC)");
      const dinas = word(ctx, "dinas", "Dinas");
      return t(
        `Tambahkan situs berjenis noc (${noc}) yang diselenggarakan ${dinas}.`,
        `Add a noc site (${noc}) run by the ${dinas}.`,
      );
    },
    check(ev, ctx) {
      // Tangerang 23(2)(b) names a room ("ruangan network operation center") that controls or
      // monitors the Pusat Data: monitoring software is not that room.
      const noc = word(ctx, "noc", "ruangan network operation center (NOC)");
      const rooms = ev.sites.filter((s) => s.kind === "noc");
      if (rooms.length === 0)
        return [
          {
            message: t(
              `Tidak ada ${noc} (situs berjenis noc); perangkat lunak pemantauan saja bukan ruangan NOC.`,
              `There is no ${noc} (a site of kind noc); monitoring software alone is not a NOC room.`,
            ),
          },
        ];
      return rooms
        .filter((s) => s.operator !== ev.dinas.id)
        .map((s) => ({
          source: s.source,
          message: t(
            `${noc} '${s.id}' diselenggarakan oleh '${s.operator}', bukan oleh ${word(ctx, "dinas", "Dinas")}.`,
            `The ${noc} '${s.id}' is run by '${s.operator}', not by the ${word(ctx, "dinas", "Dinas")}.`,
          ),
        }));
    },
  },
];
