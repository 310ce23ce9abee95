/**
 * One synthetic region: an inventory that is valid against the schema and the loader's cross-checks
 * and compliant with the chosen regulation. It satisfies every obligation of docs/obligations.md, the
 * advisory ones included, so a check of it has no finding: what the benchmark measures is the cost
 * of checking, not of reporting violations. Its size is set by the agency and application counts.
 */
import { SECURITY_CONTROLS, type InventoryInput } from "../../inventory/schema";
import { regulation, termsOf } from "../../regulations/registry";

/** The five regulations the project carries, in the order the generator has always drawn them. */
export const SEED_REGULATIONS = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"] as const;
type RegulationKey = (typeof SEED_REGULATIONS)[number];
import { generateAgencies } from "./agencies";
import { audits, coverage, issuerFor, performers } from "./performers";
import { generateApplications } from "./applications";
import { daysBefore, parseAsOf } from "./dates";
import { createRng } from "./prng";
import { DRC, generateSites, PUSAT_DATA } from "./sites";

export interface RegionSpec {
  /** Stack name: lowercase, `[a-z][a-z0-9-]{1,30}`. */
  key: string;
  name: string;
  kind: "provinsi" | "kabupaten" | "kota";
  regulation: RegulationKey;
  agencies: number;
  applications: number;
  /** Same seed (and other fields) → byte-identical output. */
  seed: string;
  /** YYYY-MM-DD; every date in the inventory is on or before it. */
  asOf: string;
}

/** Portal domains the regulations name (NET-10); other regions get `<key>.go.id`. */
const NAMED_PORTALS: Partial<Record<RegulationKey, string>> = {
  tabanan: "tabanankab.go.id",
  prabumulih: "kotaprabumulih.go.id",
};

export const DINAS_ID = "diskominfo";

export function portalDomainFor(spec: Pick<RegionSpec, "key" | "regulation">): string {
  return NAMED_PORTALS[spec.regulation] ?? `${spec.key}.go.id`;
}

/** The smallest supernet (a /16 or larger) that holds every LAN at /24 plus the site ranges. */
function supernetFor(agencies: number, index: number): string {
  const needed24 = agencies + 16;
  let prefix = 16;
  while (2 ** (24 - prefix) < needed24 * 1.25) prefix--;
  if (prefix < 9) throw new Error(`agencies: ${agencies} do not fit in 10.0.0.0/8`);
  const blocks = 2 ** (prefix - 8);
  return `10.${(index % blocks) * 2 ** (16 - prefix)}.0.0/${prefix}`;
}

export function generateRegion(spec: RegionSpec): InventoryInput {
  const asOf = parseAsOf(spec.asOf);
  const root = createRng(`${spec.seed}:${spec.key}`);
  const portalDomain = portalDomainFor(spec);
  const approval = (by: string, rng = root) => ({
    reference: `B-${rng.int(100, 999)}/${by}/${asOf.getUTCFullYear()}`,
    date: daysBefore(asOf, rng, 30, 600),
    by,
  });
  const approvals = () => ({ operasi: approval("Kementerian Komdigi"), keamanan: approval("BSSN") });
  // The SPL's approvals come from whom the regulation names (Prabumulih 22(4)(c): the Dinas).
  const splIssuers = termsOf("SPL-04", spec.regulation)?.issuers;
  const issuer = (k: "operasi" | "keamanan", fallback: string) =>
    (splIssuers?.[k] ?? splIssuers?.any)?.includes("dinas") ? "Dinas Kominfo" : fallback;
  const splApprovals = () => ({
    operasi: approval(issuer("operasi", "Kementerian Komdigi")),
    keamanan: approval(issuer("keamanan", "BSSN")),
  });

  const agencies = generateAgencies(spec.agencies, {
    rng: root.fork("agencies"),
    asOf,
    kind: spec.kind,
    dinasId: DINAS_ID,
    portalDomain,
    knowsMandiriTik: regulation(spec.regulation).knowsMandiriTik,
  });
  const { sites, colocation } = generateSites(spec.key, agencies, root.fork("sites"), asOf, DINAS_ID);
  const { applications, services } = generateApplications(spec.applications, agencies, colocation, {
    rng: root.fork("applications"),
    asOf,
    portalDomain,
    registry: `registry.${portalDomain}`,
  });
  const rng = root.fork("paper-trail");

  return {
    region: {
      key: spec.key,
      name: spec.name,
      kind: spec.kind,
      regulation: spec.regulation,
      portalDomain,
    },
    dinas: {
      id: DINAS_ID,
      name: "Dinas Komunikasi dan Informatika",
      serviceDesk: { tier: 2, contact: `layanan@${portalDomain}` },
    },
    agencies,
    sites,
    network: {
      supernet: supernetFor(spec.agencies, root.int(0, 255)),
      wan: { linkPrefix: 31 },
      interconnects: [
        { kind: "jip-pusat", peer: "Jaringan Intra Pemerintah Pusat", approvals: approvals() },
        { kind: "jip-daerah", peer: "Jaringan Intra Pemerintah Provinsi", approvals: approvals() },
        { kind: "pdn", peer: "Pusat Data Nasional", approvals: approvals() },
        { kind: "pd-daerah", peer: "Pusat Data Provinsi", approvals: approvals() },
      ],
      approvals: approvals(),
      standard: {
        name: "SNI ISO/IEC 27001:2022",
        attestedOn: daysBefore(asOf, rng, 60, 500),
        ...(issuerFor(spec.regulation, "NET-08") ?? {}),
        ...coverage(spec.regulation),
      },
      bandwidth: { monitoring: true, lastEvaluatedOn: daysBefore(asOf, rng, 1, 25) },
    },
    applications,
    colocation,
    gateway: {
      site: PUSAT_DATA,
      builtBy: DINAS_ID,
      // A Government Service Bus run by the Dinas is an SPL everywhere and what Bengkulu requires (SPL-07).
      kind: "gsb",
      upstreams: [
        { id: "splp", kind: "splp-nasional", url: "https://splp.layanan.go.id" },
        { id: "gw-provinsi", kind: "gateway-daerah", url: `https://gateway-provinsi.${portalDomain}` },
      ],
      services,
      interoperability: {
        standard: "Standar Interoperabilitas SPBE",
        version: "2023",
        ...(issuerFor(spec.regulation, "SPL-03") ?? {}),
      },
      approvals: splApprovals(),
    },
    security: {
      controls: [...SECURITY_CONTROLS],
      continuityPlan: { updatedOn: daysBefore(asOf, rng, 30, 300), reference: "RKTI-2026" },
      vulnerabilityAssessment: { lastOn: daysBefore(asOf, rng, 10, 150), by: "BSSN" },
      sop: { reference: `SOP-PD/${DRC}`, updatedOn: daysBefore(asOf, rng, 30, 300) },
      monitoringEvaluation: {
        lastOn: daysBefore(asOf, rng, 10, 300),
        ...performers(spec.regulation, "OPS-02")[0],
      },
      audits: [
        ...audits(
          "infrastruktur",
          daysBefore(asOf, rng, 30, 500),
          performers(spec.regulation, "AUD-01", "Inspektorat Daerah"),
        ),
        ...audits("keamanan", daysBefore(asOf, rng, 30, 500), performers(spec.regulation, "AUD-02", "BSSN")),
        { kind: "aplikasi", on: daysBefore(asOf, rng, 30, 500), by: "Inspektorat Daerah" },
      ],
    },
  };
}
