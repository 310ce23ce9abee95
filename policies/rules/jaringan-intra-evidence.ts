/** Jaringan Intra, the paper trail: NET-03 … NET-06, NET-08, NET-09 (from the evidence ConfigMap). */
import { toolkitDefault } from "../defaults";
import { monthsBefore, yearsBefore, type Rule, type Violation } from "../rule";
import {
  actorAllowed,
  actorsText,
  defaultsOf,
  issuersText,
  kindsText,
  knowsMandiriTik,
  standardText,
  termsFor,
  unmet,
  windowOf,
  windowText,
  word,
} from "../terms";
import { approvalFindings, approvalRemedy } from "./approvals";
import { issuerName } from "./issuers";
import { oldestIn } from "./audit-operasi";
import { standardTermFindings } from "./network-standard";
import { t } from "./select";

export const jaringanIntraEvidenceRules: Rule[] = [
  {
    obligation: "NET-03",
    name: "spbe-net-03-lan-builder",
    section: "agencies",
    kind: "evidence",
    severity: "low",
    description: t(
      "LAN dibangun oleh pembangun yang ditetapkan regulasi",
      "The LAN is built by whom the regulation names",
    ),
    remediation: (ctx) => {
      const lan = word(ctx, "lan", "LAN");
      const who = actorsText(ctx, termsFor(ctx, "NET-03")?.actors);
      return t(
        `Serahkan pembangunan ${lan} kepada ${who.id} dan catat pembangunnya di lan.builtBy (biasanya <id ${word(ctx, "dinas", "Dinas")}>).`,
        `Have the ${lan} built by ${who.en} and record the builder in lan.builtBy (usually <${word(ctx, "dinas", "Dinas")} id>).`,
      );
    },
    check(ev, ctx) {
      // Who may build a LAN is the regulation's: the Dinas, and a PD Mandiri TIK its own LAN only
      // where the regulation has that category (Tabanan, Prabumulih); in Tangerang and Bengkulu
      // the Dinas alone, whatever the agency's mandiriTik flag says.
      const actors = termsFor(ctx, "NET-03")?.actors;
      const lan = word(ctx, "lan", "LAN");
      const who = actorsText(ctx, actors);
      return ev.agencies.flatMap((a): Violation[] => {
        const by = a.lanBuiltBy;
        if (!by) return [];
        const ownMandiri = by === a.id && actorAllowed(by, ev, ctx, actors);
        if (by === ev.dinas.id ? actorAllowed(by, ev, ctx, actors) : ownMandiri) return [];
        const why =
          by === a.id && a.mandiriTik && !knowsMandiriTik(ctx)
            ? t(
                "regulasi ini tidak mengenal kategori Perangkat Daerah yang membangun jaringannya sendiri (agencies[].mandiriTik tidak berlaku)",
                "this regulation has no category of agency that builds its own network (agencies[].mandiriTik does not apply)",
              )
            : t(`yang boleh membangunnya: ${who.id}`, `it may be built by ${who.en}`);
        return [
          {
            source: a.source,
            message: t(
              `${lan} '${a.id}' dibangun oleh '${by}', padahal ${why.id}.`,
              `The ${lan} of '${a.id}' was built by '${by}', but ${why.en}.`,
            ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-04",
    name: "spbe-net-04-lan-diagram-yearly",
    section: "agencies",
    kind: "evidence",
    severity: "low",
    description: t(
      "Diagram LAN diserahkan sebagaimana diatur regulasi (berkala di mana regulasi menetapkan jangka waktunya)",
      "The LAN diagram is submitted as the regulation provides (periodically where it sets an interval)",
    ),
    remediation: (ctx) => {
      const lan = word(ctx, "lan", "LAN");
      const w = windowOf(termsFor(ctx, "NET-04"), defaultsOf(ctx).recordWindowYears);
      const span = windowText(w);
      return w.kind === "none"
        ? t(
            `Serahkan diagram ${lan} terbangun dan catat lan.diagramSubmittedOn.`,
            `Submit the as-built ${lan} diagram and record lan.diagramSubmittedOn.`,
          )
        : t(
            `Serahkan diagram ${lan} terbaru paling lambat setiap ${span.id} dan catat lan.diagramSubmittedOn.`,
            `Submit the current ${lan} diagram at least every ${span.en} and record lan.diagramSubmittedOn.`,
          );
    },
    check(ev, ctx) {
      // Tabanan 11(1): at least yearly. Prabumulih 20(1): the as-built diagram, no interval set:
      // a missing diagram is the violation, not an old one.
      const w = windowOf(termsFor(ctx, "NET-04"), defaultsOf(ctx).recordWindowYears);
      const oldest = oldestIn(w, ctx.today);
      const span = windowText(w);
      return ev.agencies.flatMap((a): Violation[] => {
        const on = a.lanDiagramSubmittedOn;
        if (on && (oldest === null || on >= oldest)) return [];
        return [
          {
            source: a.source,
            message: on
              ? t(
                  `Diagram LAN '${a.id}' terakhir diserahkan ${on}, lebih lama dari ${span.id}.`,
                  `The LAN diagram of '${a.id}' was last submitted on ${on}, older than ${span.en}.`,
                )
              : t(
                  `Diagram LAN '${a.id}' belum pernah diserahkan.`,
                  `The LAN diagram of '${a.id}' has never been submitted.`,
                ),
          },
        ];
      });
    },
  },
  {
    obligation: "NET-05",
    name: "spbe-net-05-intra-interconnect",
    section: "network.interconnects",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Jaringan Intra terinterkoneksi dengan instansi pusat dan/atau daerah lain",
      "The Jaringan Intra interconnects with the central government and/or other regions",
    ),
    remediation: (ctx) => {
      const kinds = kindsText(termsFor(ctx, "NET-05"), { anyOf: ["jip-pusat", "jip-daerah"] });
      const intra = word(ctx, "jaringanIntra", "Jaringan Intra");
      return t(
        `Interkoneksikan ${intra} sebagaimana diatur regulasi dan catat network.interconnects { ${kinds.id}, peer }.`,
        `Interconnect the ${intra} as the regulation provides and record network.interconnects { ${kinds.en}, peer }.`,
      );
    },
    check(ev, ctx) {
      // Tabanan 9(4), Bengkulu 14(6): central and/or other regions (any of); PPU 14(2)(a): the
      // government's (central) network, which a provincial link does not replace.
      const present = new Set(ev.network.interconnects.map((i) => i.kind));
      const { missing, anyOf } = unmet(present, termsFor(ctx, "NET-05"), {
        anyOf: ["jip-pusat", "jip-daerah"],
      });
      const intra = word(ctx, "jaringanIntra", "Jaringan Intra");
      const out: Violation[] = missing.map((k) => ({
        message: t(
          `${intra} tidak terinterkoneksi dengan ${k === "jip-pusat" ? "jaringan intra pemerintah pusat" : k} (kind: ${k}).`,
          `The ${intra} has no interconnect of kind ${k}.`,
        ),
      }));
      if (anyOf)
        out.push({
          message: t(
            `${intra} tidak terinterkoneksi dengan jaringan intra pusat maupun daerah lain (kind: ${anyOf.join(" | ")}).`,
            `The ${intra} has no interconnect to the central or another region's intra network (kind: ${anyOf.join(" | ")}).`,
          ),
        });
      return out;
    },
  },
  {
    obligation: "NET-06",
    name: "spbe-net-06-fitness-approvals",
    section: "network",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Penggunaan Jaringan Intra memiliki persetujuan operasi dan keamanan sebagaimana diatur regulasi",
      "Jaringan Intra use has the operational and security approvals the regulation names",
    ),
    remediation: (ctx) => approvalRemedy(ctx, "NET-06", "network.approvals"),
    check(ev, ctx) {
      const intra = word(ctx, "jaringanIntra", "Jaringan Intra");
      return approvalFindings(
        { id: intra, en: `The ${intra}` },
        ev.network.approvals,
        termsFor(ctx, "NET-06"),
        ctx,
        ev,
      );
    },
  },
  {
    obligation: "NET-08",
    name: "spbe-net-08-network-standard",
    section: "network",
    kind: "evidence",
    severity: "low",
    description: t(
      "Perangkat dan pengelolaan jaringan terstandar",
      "Network devices and management are standardized",
    ),
    remediation: (ctx) => {
      const terms = termsFor(ctx, "NET-08");
      const wanted = standardText(terms?.standard);
      const by = terms?.issuers?.any;
      const who = by
        ? issuersText(ctx, by, (k, lang) =>
            k === "pd-aset"
              ? lang === "id"
                ? "Perangkat Daerah yang menyelenggarakan tugas dan fungsi di bidang aset"
                : "the agency responsible for assets"
              : issuerName(k, lang),
          )
        : null;
      return t(
        `Catat network.standard { name, attestedOn }: ${wanted.id}${who ? `, sebagaimana ditetapkan oleh ${who.id}` : ""}.`,
        `Record network.standard { name, attestedOn }: ${wanted.en}${who ? `, as set by ${who.en}` : ""}.`,
      );
    },
    check(ev, ctx) {
      const std = ev.network.standard;
      if (!std)
        return [
          {
            message: t(
              "Standar perangkat dan ruang jaringan tidak dicatat (network.standard).",
              "The network device and room standard is not recorded (network.standard).",
            ),
          },
        ];
      const out = standardTermFindings(std, termsFor(ctx, "NET-08"), ev);
      const years = defaultsOf(ctx).standardValidYears;
      if (std.attestedOn >= yearsBefore(ctx.today, years)) return out;
      const l = toolkitDefault(t(`${years} tahun`, `${years} years`));
      return [
        ...out,
        {
          advisoryOnly: true,
          message: t(
            `Atestasi standar jaringan ${std.name} bertanggal ${std.attestedOn}, lebih tua dari ${years} tahun${l.id}.`,
            `The network standard attestation ${std.name} is dated ${std.attestedOn}, older than ${years} years${l.en}.`,
          ),
        },
      ];
    },
  },
  {
    obligation: "NET-09",
    name: "spbe-net-09-bandwidth-managed",
    section: "network",
    kind: "evidence",
    severity: "low",
    description: t(
      "Bandwidth diusulkan, ditetapkan, dipantau dan dievaluasi bulanan",
      "Bandwidth is proposed, set, monitored and evaluated monthly",
    ),
    remediation: (ctx) => {
      const w = windowOf(termsFor(ctx, "NET-09"), 1);
      const every =
        w.kind === "regulation"
          ? windowText(w)
          : (() => {
              const l = toolkitDefault(t("1 bulan", "1 month"));
              return t(`1 bulan${l.id}`, `1 month${l.en}`);
            })();
      return t(
        `Isi bandwidthMbps tiap Perangkat Daerah, aktifkan network.bandwidth.monitoring dan catat evaluasinya setiap ${every.id} (lastEvaluatedOn).`,
        `Fill each agency's bandwidthMbps, enable network.bandwidth.monitoring and record its evaluation every ${every.en} (lastEvaluatedOn).`,
      );
    },
    check(ev, ctx) {
      const out: Violation[] = [];
      for (const a of ev.agencies)
        if (!a.bandwidthMbps)
          out.push({
            source: a.source,
            message: t(
              `Bandwidth '${a.id}' tidak diusulkan/ditetapkan.`,
              `No bandwidth is proposed/granted for '${a.id}'.`,
            ),
          });
      const bw = ev.network.bandwidth;
      if (!bw?.monitoring)
        out.push({
          message: t("Bandwidth tidak dipantau otomatis.", "Bandwidth is not monitored automatically."),
        });
      const w = windowOf(termsFor(ctx, "NET-09"), 1);
      const oldest =
        w.kind === "regulation" && w.years
          ? yearsBefore(ctx.today, w.years)
          : monthsBefore(ctx.today, w.kind === "regulation" ? (w.months ?? 1) : 1);
      const grace = defaultsOf(ctx).bandwidthGraceDays;
      const graceOk = (d: string) => d >= oldest || Date.parse(oldest) - Date.parse(d) <= grace * 86_400_000;
      if (!bw?.lastEvaluatedOn || !graceOk(bw.lastEvaluatedOn))
        out.push({
          message: t(
            `Evaluasi bandwidth bulanan terakhir: ${bw?.lastEvaluatedOn ?? "tidak ada"}.`,
            `Last monthly bandwidth evaluation: ${bw?.lastEvaluatedOn ?? "none"}.`,
          ),
        });
      return out;
    },
  },
];
