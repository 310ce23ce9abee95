/**
 * The auditor report as data: everything `html.ts` and `markdown.ts` render, and nothing they
 * compute. Built once by `build.ts` from the inventory, the address plan and the result of the
 * same evaluation `spbe check` runs, so the two renderings can never disagree.
 */
import type { BackupPlan } from "../plan/backup";
import type { ActivityRecords, DeviceEntry, ServiceCatalog, UserEntry } from "../plan/catalogs";
import type { AddressPlan } from "../plan/types";
import type { LabView, RouterView } from "./network-model";
import type { RegulationKey } from "../policies/regulations";

/** A phrase in Bahasa Indonesia with its English rendering. */
export interface Text {
  id: string;
  en: string;
}

/** The shape `checkRegion` (cli/check.ts) returns; restated so the report can be built from any source of it. */
export interface CheckFinding {
  rule: string;
  obligation: string;
  enforcement: "mandatory" | "advisory";
  severity: string;
  status: "violation" | "exempt";
  resource: { type: string; name: string; urn: string };
  message: string;
  citation: string | null;
  location: { file: string; line: number; column: number } | null;
  /** Stable identity (offline/findings.ts); pairs the two languages' runs. */
  fingerprint?: string;
  /** Inventory path of the field to change. */
  path?: string | null;
  /** The same finding's message in English, where the evaluation was also run in English. */
  messageEn?: string;
  /** The exemption in force for an exempt finding, as the pack config states it. */
  exemption?: { reason: string; approvedBy: string; until: string };
}

export interface CheckResult {
  region: string;
  regulation: string;
  findings: CheckFinding[];
  summary: { mandatory: number; advisory: number; exempt: number; resources: number };
}

export type MatrixStatus = "pass" | "violation" | "advisory" | "exempt" | "not-applicable" | "unchecked";

/**
 * How a verdict was reached: on the resources the program makes, on the evidence the inventory
 * records (the document itself is the auditor's to see), by the toolkit's construction, or not
 * at all from what the toolkit sees ("perlu bukti").
 */
export type VerdictBasis = "resources" | "evidence" | "construction" | "evidence-needed";

export interface MatrixRow {
  obligation: string;
  area: string;
  title: Text;
  /** This region's citation, or null where its regulation is silent. */
  citation: string | null;
  /** Short citations of the regulations that do require it (shown where this one is silent). */
  requiredBy: string[];
  status: MatrixStatus;
  /** How the status was reached. */
  basis: VerdictBasis;
  /** Rules of the pack that check the obligation. */
  rules: string[];
  findings: Array<{ rule: string; resource: string; message: Text; location: string | null }>;
  /** Exemptions in force, with their reason and approver. */
  exemptions: Array<{ resource: string; reason: string; approvedBy: string; until: string }>;
}

export interface RackOccupant {
  id: string;
  kind: "device" | "colocation";
  /** Device kind (router, switch …) or the owner agency of a colocation server. */
  detail: string;
  model: string | null;
  unit: number;
  heightU: number;
  powerW: number;
}

export interface RackView {
  site: string;
  id: string;
  units: number;
  powerKw: number;
  occupants: RackOccupant[];
  usedU: number;
  usedPowerW: number;
}

export interface SiteRow {
  id: string;
  kind: string;
  operator: string;
  city: string;
  failureDomain: string;
  platform: string;
  standard: string | null;
  racks: number;
}

export type TimelineStatus = "ok" | "overdue" | "missing" | "info";

export interface TimelineItem {
  obligation: string;
  what: Text;
  subject: string;
  /** When it happened (YYYY-MM-DD), null when there is no record. */
  date: string | null;
  /** When it must next happen, null where nothing recurs. */
  due: string | null;
  status: TimelineStatus;
  reference: string | null;
  /**
   * The window the matching rule applies, in words: the regulation's interval, "no interval"
   * (only a missing record is late), or the toolkit's default, labelled as such; null for a
   * record that does not recur.
   */
  interval: Text | null;
}

export interface Diagram {
  /** File name under `diagrams/`, e.g. `lan-bkpsdm.svg`. */
  file: string;
  title: Text;
  /** The SVG document, without the XML prolog (ready to inline). */
  svg: string;
  /** Agency id for a LAN diagram. */
  agency?: string;
  /** A WAN drill-down: the group's label and the agencies it holds. */
  group?: { label: string; agencies: string[] };
}

export interface ReportModel {
  /** YYYY-MM-DD the report was made, and against which evidence freshness is judged. */
  today: string;
  region: {
    key: string;
    name: string;
    kind: string;
    portalDomain: string;
    regulation: { key: RegulationKey; title: string; short: string };
    dinas: { id: string; name: string };
  };
  /** Findings of no obligation, e.g. the pack's review of its own exemptions. */
  otherFindings: Array<{ rule: string; enforcement: string; message: Text }>;
  counts: {
    sites: number;
    agencies: number;
    applications: number;
    colocation: number;
    devices: number;
    racks: number;
    /** Resources the Pulumi program declares, as `spbe check` captured them. */
    resources: number;
    mandatory: number;
    advisory: number;
    exempt: number;
  };
  matrix: MatrixRow[];
  sites: SiteRow[];
  racks: RackView[];
  /** The stack outputs (plan/outputs.ts), exactly as `pulumi stack output` shows them. */
  devices: DeviceEntry[];
  users: UserEntry[];
  activityRecords: ActivityRecords;
  controls: string[];
  addressPlan: AddressPlan;
  backupPlan: BackupPlan;
  /** Applications holding data with no backup declared. */
  unprotected: string[];
  serviceCatalog: ServiceCatalog;
  agencies: Array<{
    id: string;
    name: string;
    mandiriTik: boolean;
    serviceDesk: string | null;
    lanSite: string;
  }>;
  timeline: TimelineItem[];
  /** `wanSites`: the per-site drill-down of a WAN grouped by site (many agencies), else empty. */
  diagrams: { wan: Diagram; wanSites: Diagram[]; lans: Diagram[]; racks: Diagram[] };
  /** Every router of the Jaringan Intra (plan/devices), with its rendered configuration. */
  routers: RouterView[];
  /** The `spbe netlab` result given with --lab, checked to be of this plan; null without one. */
  lab: LabView | null;
  /** What made the report, so an auditor can reproduce it. */
  provenance?: Provenance;
}

export interface Provenance {
  tool: string;
  version: string;
  /** The git commit of the working tree, null outside a repository. */
  commit: string | null;
  /** ISO time the report was made. */
  generated: string;
  /** sha256 over the inventory, its includes and its lock, in that order. */
  inventoryHash: string;
  files: string[];
}
