/**
 * The Perangkat Daerah of a synthetic region: the usual badan and dinas first, then kecamatan
 * (kabupaten/kota) or UPTD (provinsi) until the requested count is reached. Each agency carries
 * the paper trail the regulations ask for: a Tier 1 service desk (OPS-01), a LAN diagram submitted
 * within the year and the latest LAN change reported (NET-04), who built the LAN (NET-03), and its
 * proposed and granted bandwidth (NET-09).
 */
import type { InventoryInput } from "../../inventory/schema";
import { daysBefore } from "./dates";
import { AGENCIES } from "./names";
import type { Rng } from "./prng";

export type AgencyInput = InventoryInput["agencies"][number];

export interface AgencyContext {
  rng: Rng;
  asOf: Date;
  kind: "provinsi" | "kabupaten" | "kota";
  dinasId: string;
  portalDomain: string;
  /** Whether the governing regulation has the PD Mandiri TIK category (else the Dinas builds every LAN). */
  knowsMandiriTik: boolean;
}

/**
 * Roughly one agency in ten is judged PD Mandiri TIK, where the regulation has the category;
 * they own colocation servers.
 */
const MANDIRI_SHARE = 0.1;
/** Agencies that regions commonly judge Mandiri TIK, taken first when drawing the share. */
const LIKELY_MANDIRI = new Set(["rsud", "bapenda", "disdukcapil", "bpkad"]);

function agencyNames(count: number, kind: AgencyContext["kind"]): Array<[string, string]> {
  const named = AGENCIES.slice(0, Math.min(count, AGENCIES.length)).map(
    ([id, name]) => [id, name] as [string, string],
  );
  const extra = count - named.length;
  for (let i = 1; i <= extra; i++) {
    const n = String(i).padStart(3, "0");
    named.push(
      kind === "provinsi"
        ? [`uptd-${n}`, `Unit Pelaksana Teknis Daerah ${n}`]
        : [`kec-${n}`, `Kecamatan ${n}`],
    );
  }
  return named;
}

export function generateAgencies(count: number, ctx: AgencyContext): AgencyInput[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`agencies: expected a positive integer, got ${count}`);
  }
  const { rng, asOf } = ctx;
  const names = agencyNames(count, ctx.kind);
  const mandiriTarget = Math.max(1, Math.round(count * MANDIRI_SHARE));
  const mandiri = new Set(names.filter(([id]) => LIKELY_MANDIRI.has(id)).map(([id]) => id));
  for (const [id] of names) {
    if (mandiri.size >= mandiriTarget) break;
    if (rng.chance(MANDIRI_SHARE)) mandiri.add(id);
  }
  return names.map(([id, name]) => {
    const isMandiri = mandiri.has(id);
    // At most 200 hosts: with the plan's 25% headroom a LAN then still fits a /24.
    const hosts = rng.pick([20, 30, 50, 60, 100, 120, 200]);
    const proposed = rng.pick([50, 100, 200, 300]);
    return {
      id,
      name,
      // A regulation without the category (PPU, Tangerang, Bengkulu) has no PD Mandiri TIK: the
      // flag would mean nothing there, and an agency's own server draws DC-08's advice.
      mandiriTik: isMandiri && ctx.knowsMandiriTik,
      serviceDesk: { tier: 1, contact: `tik@${id}.${ctx.portalDomain}` },
      lan: {
        site: `kantor-${id}`,
        hosts,
        diagramSubmittedOn: daysBefore(asOf, rng, 30, 300),
        builtBy: isMandiri && ctx.knowsMandiriTik ? id : ctx.dinasId,
        lastChangeReportedOn: daysBefore(asOf, rng, 1, 29),
      },
      bandwidthMbps: { proposed, granted: Math.max(10, proposed - rng.pick([0, 0, 50])) },
      access: [
        { subject: `${id}-admin`, kind: "Group", role: "admin" },
        { subject: `${id}-operator`, kind: "Group", role: "operator" },
      ],
    } satisfies AgencyInput;
  });
}
