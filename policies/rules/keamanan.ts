/** Keamanan SPBE: SEC-01 … SEC-06. */
import { LABEL, ROLE } from "../../inventory/facts";
import { objectName, role, type Rule, type View, type Violation } from "../rule";
import { describe, gatewayListeners, listenerHasTls, servedOnlyOnEdge, t } from "./select";
import { toolkitDefault } from "../defaults";
import { defaultsOf, meansLabelled, termsFor, windowOf, windowText, word } from "../terms";
import { oldestIn } from "./audit-operasi";
import { isDataVolume } from "./backup";

/** The controls SEC-05 names: OS hardening, firewall, IDS/IPS, network monitoring, log analysis. */
/** Authentication methods of an Envoy Gateway SecurityPolicy. */
const AUTH_METHODS = ["basicAuth", "jwt", "apiKeyAuth", "oidc", "extAuth"];

export const INFRA_CONTROLS = ["hardening", "firewall", "ids-ips", "network-monitoring", "log-analysis"];

const rules: Rule[] = [
  {
    obligation: "SEC-01",
    name: "spbe-sec-01-classification",
    kind: "stack",
    severity: "high",
    description: t(
      "Kerahasiaan: klasifikasi keamanan dan pembatasan akses",
      "Confidentiality: security classification and access restriction",
    ),
    remediation: t(
      "Beri klasifikasi (data.classification) dan jangan buka data rahasia ke internet (exposure: intra).",
      "Classify the data (data.classification) and never expose secret data to the internet (exposure: intra).",
    ),
    check(views) {
      const out: Violation[] = [];
      for (const v of views) {
        const r = role(v) ?? "";
        const cls = v.labels[LABEL.classification];
        const mustClassify = isDataVolume(v) || (v.kind === "Namespace" && r === ROLE.agencyNamespace);
        if (mustClassify && !cls)
          out.push({
            urn: v.urn,
            message: t(
              `${describe(v)} tidak memiliki klasifikasi keamanan.`,
              `${describe(v)} has no security classification.`,
            ),
          });
        if (cls === "rahasia" && v.labels[LABEL.exposure] === "internet")
          out.push({
            urn: v.urn,
            message: t(
              `${describe(v)} berklasifikasi rahasia tetapi terbuka ke internet.`,
              `${describe(v)} is classified rahasia (secret) but exposed to the internet.`,
            ),
          });
      }
      return out;
    },
  },
  {
    obligation: "SEC-02",
    name: "spbe-sec-02-integrity-monitoring",
    section: "security.controls",
    kind: "evidence",
    severity: "medium",
    description: t("Keutuhan: deteksi modifikasi", "Integrity: modification detection"),
    remediation: t(
      "Terapkan kontrol integrity-monitoring (security.controls).",
      "Apply the integrity-monitoring control (security.controls).",
    ),
    check(ev) {
      if (ev.security.controls.includes("integrity-monitoring")) return [];
      return [
        {
          message: t(
            "Deteksi modifikasi (integrity-monitoring) tidak diterapkan.",
            "Modification detection (integrity-monitoring) is not applied.",
          ),
        },
      ];
    },
  },
  {
    obligation: "SEC-03",
    name: "spbe-sec-03-gateway-authentication",
    section: "gateway",
    kind: "stack",
    severity: "medium",
    description: t(
      "Keaslian: mekanisme verifikasi dan validasi",
      "Authenticity: verification and validation mechanisms",
    ),
    remediation: (ctx) => {
      const spl = word(ctx, "gateway", "Sistem Penghubung Layanan");
      return t(
        `Lindungi setiap rute ${spl} dengan autentikasi konsumen (gateway.services[].consumers dan auth).`,
        `Protect every route of the ${spl} with consumer authentication (gateway.services[].consumers and auth).`,
      );
    },
    check(views) {
      // Every HTTPRoute of the gateway is the target of a security policy that authenticates
      // its callers (Envoy Gateway SecurityPolicy: basicAuth, jwt, apiKeyAuth, oidc, extAuth).
      const protectedRoutes = new Set<string>();
      for (const p of views) {
        if (p.kind !== "SecurityPolicy") continue;
        const spec = (p.props.spec ?? {}) as Record<string, unknown>;
        if (!AUTH_METHODS.some((m) => spec[m] !== undefined && spec[m] !== null)) continue;
        const refs = [spec.targetRef, ...(Array.isArray(spec.targetRefs) ? spec.targetRefs : [])];
        for (const ref of refs as Array<Record<string, unknown> | undefined>) {
          if (ref?.kind === "HTTPRoute" && typeof ref.name === "string")
            protectedRoutes.add(`${p.namespace}/${ref.name}`);
        }
      }
      return views
        .filter(
          (v) =>
            v.kind === "HTTPRoute" &&
            !protectedRoutes.has(`${v.namespace}/${objectName(v)}`) &&
            !servedOnlyOnEdge(v, views),
        )
        .map((v) => ({
          urn: v.urn,
          message: t(
            `${describe(v)} menerima panggilan tanpa verifikasi pemanggil (tidak ada SecurityPolicy dengan autentikasi).`,
            `${describe(v)} accepts calls without verifying the caller (no SecurityPolicy with authentication).`,
          ),
        }));
    },
  },
  {
    obligation: "SEC-04",
    name: "spbe-sec-04-trusted-certificates",
    section: "security",
    kind: "evidence",
    severity: "high",
    description: t(
      "Nirsangkal: sertifikat elektronik dari pihak ketiga tepercaya",
      "Non-repudiation: certificates from a trusted third party",
    ),
    remediation: t(
      "Layani setiap listener Gateway dengan HTTPS dan sertifikat dari penerbit tepercaya (security.certificateIssuer).",
      "Serve every Gateway listener over HTTPS with a certificate from the trusted issuer (security.certificateIssuer).",
    ),
    check(ev, _ctx, resources) {
      const views = resources();
      const trusted = ev.security.certificateIssuer.name;
      const out: Violation[] = [];
      // "Jaminan pihak ketiga terpercaya melalui penggunaan sertifikat digital" (Tangerang 29(7),
      // Prabumulih 25(6), Bengkulu 20(6)): a self-signed issuer, or a private CA the region runs
      // itself, is no third party, whatever the inventory calls it.
      const own = new Map<string, View>();
      const issuers = new Set<string>();
      for (const v of views)
        if ((v.kind === "ClusterIssuer" || v.kind === "Issuer") && v.type.includes("cert-manager.io")) {
          const spec = (v.props.spec ?? {}) as Record<string, unknown>;
          if (v.kind === "ClusterIssuer") issuers.add(objectName(v));
          if (spec.selfSigned !== undefined || spec.ca !== undefined) own.set(objectName(v), v);
          // An ACME account over plain http can be answered by anyone on the path.
          const server = (spec.acme as { server?: unknown } | undefined)?.server;
          if (spec.acme !== undefined && (typeof server !== "string" || !server.startsWith("https://")))
            out.push({
              urn: v.urn,
              message: t(
                `${describe(v)}: server ACME '${String(server)}' bukan alamat https.`,
                `${describe(v)}: ACME server '${String(server)}' is not an https address.`,
              ),
            });
        }
      // A platform stack (its namespaces say so) is where the region's ClusterIssuer is made.
      const platform = views.find(
        (v) => v.kind === "Namespace" && v.labels["spbe.go.id/layer"] === "platform",
      );
      if (platform && !issuers.has(trusted))
        out.push({
          message: t(
            `Stack platform situs '${platform.labels["spbe.go.id/site"] ?? "?"}' tidak membuat ClusterIssuer '${trusted}' (${ev.security.certificateIssuer.authority}).`,
            `The platform stack of site '${platform.labels["spbe.go.id/site"] ?? "?"}' creates no ClusterIssuer '${trusted}' (${ev.security.certificateIssuer.authority}).`,
          ),
        });
      if (
        /self.?signed|swa.?tanda|internal|sendiri/i.test(
          `${ev.security.certificateIssuer.authority} ${trusted}`,
        )
      )
        out.push({
          message: t(
            `Penerbit sertifikat '${trusted}' (${ev.security.certificateIssuer.authority}) bukan pihak ketiga tepercaya.`,
            `The certificate issuer '${trusted}' (${ev.security.certificateIssuer.authority}) is not a trusted third party.`,
          ),
        });
      for (const [name, v] of own)
        out.push({
          urn: v.urn,
          message: t(
            `${describe(v)} '${name}' menandatangani sertifikatnya sendiri (selfSigned/ca), bukan pihak ketiga tepercaya.`,
            `${describe(v)} '${name}' signs its own certificates (selfSigned/ca): not a trusted third party.`,
          ),
        });
      for (const v of views) {
        if (v.kind === "Gateway") {
          const plain = gatewayListeners(v).filter((l) => !listenerHasTls(l));
          const names = plain.map((l) => String(l.name)).join(", ");
          if (plain.length > 0)
            out.push({
              urn: v.urn,
              message: t(
                `${describe(v)} melayani listener tanpa sertifikat (TLS): ${names}.`,
                `${describe(v)} serves listeners without a certificate (TLS): ${names}.`,
              ),
            });
          const issuer =
            v.annotations["cert-manager.io/cluster-issuer"] ?? v.annotations["cert-manager.io/issuer"];
          if (issuer && issuer !== trusted)
            out.push({
              urn: v.urn,
              message: t(
                `${describe(v)} memakai penerbit '${issuer}', bukan '${trusted}'.`,
                `${describe(v)} uses issuer '${issuer}', not '${trusted}'.`,
              ),
            });
        }
        if (v.kind === "Certificate" && v.type.includes("cert-manager.io")) {
          const ref = ((v.props.spec ?? {}) as Record<string, unknown>).issuerRef as
            Record<string, unknown> | undefined;
          if (ref?.name !== trusted)
            out.push({
              urn: v.urn,
              message: t(
                `${describe(v)} diterbitkan oleh '${String(ref?.name)}', bukan '${trusted}'.`,
                `${describe(v)} is issued by '${String(ref?.name)}', not '${trusted}'.`,
              ),
            });
        }
      }
      return out;
    },
  },
  {
    obligation: "SEC-05",
    name: "spbe-sec-05-infrastructure-controls",
    section: "security.controls",
    kind: "evidence",
    severity: "high",
    description: t("Kontrol keamanan infrastruktur", "Infrastructure security controls"),
    remediation: t(
      `Terapkan kontrol ${INFRA_CONTROLS.join(", ")} (security.controls).`,
      `Apply the ${INFRA_CONTROLS.join(", ")} controls (security.controls).`,
    ),
    check(ev, ctx) {
      // Prabumulih 12(2)(c)-(d) requires security software, hardware and monitoring without naming
      // the controls: the data file's list is the toolkit's reading, labelled as such.
      const terms = termsFor(ctx, "SEC-05");
      const wanted = terms?.allOf ?? defaultsOf(ctx).securityControls;
      const missing = wanted.filter((c) => !ev.security.controls.includes(c));
      if (missing.length === 0) return [];
      const l = toolkitDefault(t("daftar kontrol", "the list of controls"));
      return [
        {
          message: t(
            `Kontrol keamanan infrastruktur belum diterapkan: ${missing.join(", ")}${l.id}.`,
            `Infrastructure security controls missing: ${missing.join(", ")}${l.en}.`,
          ),
        },
      ];
    },
  },
  {
    obligation: "SEC-06",
    name: "spbe-sec-06-continuity-and-vulnerability",
    section: "security",
    kind: "evidence",
    severity: "medium",
    description: t(
      "Rencana keberlangsungan TI dan penilaian kerentanan berkala",
      "IT continuity plan and regular vulnerability assessment",
    ),
    remediation: (ctx) => {
      const w = windowOf(termsFor(ctx, "SEC-06"), defaultsOf(ctx).vulnerabilityAssessmentYears);
      if (w.kind === "none")
        return t(
          "Catat security.continuityPlan dan penilaian kerentanan yang dilakukan (security.vulnerabilityAssessment); regulasi tidak menetapkan jangka waktunya.",
          "Record security.continuityPlan and the vulnerability assessment performed (security.vulnerabilityAssessment); the regulation sets no interval.",
        );
      const span = windowText(w);
      return t(
        `Perbarui security.continuityPlan dan lakukan penilaian kerentanan paling sedikit setiap ${span.id} (security.vulnerabilityAssessment).`,
        `Keep security.continuityPlan current and assess vulnerabilities at least every ${span.en} (security.vulnerabilityAssessment).`,
      );
    },
    check(ev, ctx) {
      const out: Violation[] = [];
      // Bengkulu 23(1)(c)-(e) set no interval ("sesuai dengan kebutuhan", "secara teratur"): a missing
      // plan or a never-performed assessment violates; the yearly window is the toolkit's default.
      // Where the regulation sets an interval, it is the regulation's (mandatory); where it says
      // none, no age is held against the record; else the toolkit's default (advisory).
      const w = windowOf(termsFor(ctx, "SEC-06"), defaultsOf(ctx).vulnerabilityAssessmentYears);
      const oldest = oldestIn(w, ctx.today);
      const years = w.kind === "none" ? 0 : (w.years ?? 0);
      const label =
        w.kind === "toolkit" ? toolkitDefault(t(`${years} tahun`, `${years} year(s)`)) : t("", "");
      if (!ev.security.continuityPlan)
        out.push({
          message: t(
            "Tidak ada rencana keberlangsungan TI (security.continuityPlan).",
            "There is no IT continuity plan (security.continuityPlan).",
          ),
        });
      const va = ev.security.vulnerabilityAssessment;
      if (!va)
        out.push({
          message: t(
            "Penilaian kerentanan belum pernah dilakukan (security.vulnerabilityAssessment).",
            "No vulnerability assessment has been performed (security.vulnerabilityAssessment).",
          ),
        });
      else if (oldest !== null && va.lastOn < oldest)
        out.push({
          advisoryOnly: w.kind === "toolkit",
          message: t(
            `Penilaian kerentanan terakhir ${va.lastOn}, lebih lama dari ${years} tahun${label.id}.`,
            `The last vulnerability assessment was on ${va.lastOn}, older than ${years} year(s)${label.en}.`,
          ),
        });
      return out;
    },
  },
];

/** SEC-01 … SEC-04: where the regulation names the guarantee but not its means, the finding says so. */
export const keamananRules: Rule[] = rules.map(meansLabelled);
