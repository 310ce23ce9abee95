/**
 * The toolkit's defaults: parameters a rule needs that the governing regulation does not set (how
 * old an attestation may be, how often a vulnerability assessment is due, which issuer is
 * expected where the regulation names none). A finding that rests on one says so ("batas bawaan
 * toolkit, bukan ketentuan regulasi"), and each is configurable through the pack config's
 * `defaults` key (policies/config.ts), e.g. `{ "defaults": { "standardValidYears": 5 } }`.
 */
import type { Text } from "./rule";
import { CONFIG, fail } from "./config-messages";

export interface Defaults {
  /** How old a standard attestation (DC-06, NET-08) may be. */
  standardValidYears: number;
  /** How old a fitness approval (NET-06, SPL-04) may be. */
  approvalValidYears: number;
  /** How old an admission test (DC-03) or an operating procedure (DC-04) may be. */
  procedureValidYears: number;
  /** The window of a record the regulation requires without an interval, where a rule checks age at all. */
  recordWindowYears: number;
  /** How often a vulnerability assessment (SEC-06) is due. */
  vulnerabilityAssessmentYears: number;
  /** The audit interval where a regulation requires audits without one and the rule runs advisory. */
  auditIntervalYears: number;
  /** Grace after the monthly bandwidth evaluation (NET-09) for the report to land, in days. */
  bandwidthGraceDays: number;
  /** Issuers expected where the regulation requires a fitness approval but names no issuer. */
  fitnessIssuers: { operasi: string[]; keamanan: string[] };
  /** Controls that stand for security devices and monitoring where a regulation names none (SEC-05). */
  securityControls: string[];
  /** The security devices of the Jaringan Intra where a regulation names none (NET-07: Tabanan 9(9), Bengkulu 14(2)). */
  networkSecurityControls: string[];
  /**
   * Whether the national data center counts as designated and available where a regulation makes
   * its use conditional on that (PPU 17(1) "Dalam hal Pusat Data nasional telah ditetapkan dan
   * tersedia"): the toolkit cannot observe it. false lifts the PDN requirement there (DC-05).
   */
  pdnAvailable: boolean;
}

export const DEFAULTS: Defaults = {
  standardValidYears: 3,
  approvalValidYears: 3,
  procedureValidYears: 3,
  recordWindowYears: 1,
  vulnerabilityAssessmentYears: 1,
  auditIntervalYears: 2,
  bandwidthGraceDays: 7,
  fitnessIssuers: { operasi: ["kominfo"], keamanan: ["bssn"] },
  securityControls: ["hardening", "firewall", "ids-ips", "network-monitoring", "log-analysis"],
  networkSecurityControls: ["firewall", "ids-ips"],
  pdnAvailable: true,
};

const NUMBER_KEYS = [
  "standardValidYears",
  "approvalValidYears",
  "procedureValidYears",
  "recordWindowYears",
  "vulnerabilityAssessmentYears",
  "auditIntervalYears",
  "bandwidthGraceDays",
] as const;

/** Validates `defaults` of a pack config; throws a `PackConfigError` naming the offending key. */
export function parseDefaults(raw: unknown, where: string): Partial<Defaults> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail(where, CONFIG.defaultsObject());
  const out: Partial<Defaults> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if ((NUMBER_KEYS as readonly string[]).includes(k)) {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail(`${where}.${k}`, CONFIG.wholeNumber());
      (out as Record<string, number>)[k] = v;
    } else if (k === "fitnessIssuers") {
      const o = v as Record<string, unknown>;
      const list = (x: unknown, n: string) => {
        if (!Array.isArray(x) || !x.every((s) => typeof s === "string"))
          fail(`${where}.fitnessIssuers.${n}`, CONFIG.issuerList());
        return x as string[];
      };
      if (!o || typeof o !== "object") fail(`${where}.fitnessIssuers`, CONFIG.issuersObject());
      out.fitnessIssuers = { operasi: list(o.operasi, "operasi"), keamanan: list(o.keamanan, "keamanan") };
    } else if (k === "pdnAvailable") {
      if (typeof v !== "boolean") fail(`${where}.pdnAvailable`, CONFIG.trueOrFalse());
      out.pdnAvailable = v;
    } else if (k === "securityControls" || k === "networkSecurityControls") {
      if (!Array.isArray(v) || !v.every((s) => typeof s === "string"))
        fail(`${where}.${k}`, CONFIG.controlList());
      out[k] = v as string[];
    } else fail(where, CONFIG.unknownDefault({ key: k, known: Object.keys(DEFAULTS).join(", ") }));
  }
  return out;
}

export function resolveDefaults(overrides: Partial<Defaults> | undefined): Defaults {
  return { ...DEFAULTS, ...(overrides ?? {}) };
}

/** The label a finding carries when it rests on a toolkit default: "(… bawaan toolkit …)". */
export function toolkitDefault(what: Text): Text {
  return {
    id: ` (${what.id}: batas bawaan toolkit, bukan ketentuan regulasi; dapat diatur di konfigurasi paket, defaults)`,
    en: ` (${what.en}: the toolkit's default, not the regulation's; configurable in the pack config, defaults)`,
  };
}
