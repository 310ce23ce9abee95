/**
 * DC-04: what the Pusat Data's standard operating procedure must cover, item by item from the
 * regulation's list (Tabanan 14(6) "paling sedikit mencakup": prosedur pengoperasian, katalog
 * perangkat, katalog pengguna dan kewenangan, rekaman aktivitas). Each item is met either by
 * evidence (the SOP on record, or an item the record says it covers: security.sop.covers) or by
 * the toolkit's construction (the catalogs are stack outputs; activity records are the audit log
 * the platform writes). An item the toolkit does not know (a sixth regulation's own list) is met
 * only by the record naming it.
 */
import type { Evidence } from "../../inventory/facts";
import type { Text, Violation } from "../rule";
import type { Terms } from "../terms";
import { t } from "./select";

/** The toolkit's list where the regulation names none (advisory there). */
export const SOP_ITEMS_FALLBACK = [
  "prosedur-pengoperasian",
  "katalog-perangkat",
  "katalog-pengguna-dan-kewenangan",
  "rekaman-aktivitas",
];

/** Items the toolkit builds itself, and how. */
const BY_CONSTRUCTION: Record<string, Text> = {
  "katalog-perangkat": t(
    "dibangun toolkit: katalog perangkat adalah keluaran stack",
    "established by the toolkit's construction: the device catalog is a stack output",
  ),
  "katalog-pengguna-dan-kewenangan": t(
    "dibangun toolkit: katalog pengguna dan kewenangan (agencies[].access) adalah keluaran stack",
    "established by the toolkit's construction: the user and authority catalog (agencies[].access) is a stack output",
  ),
  "rekaman-aktivitas": t(
    "dibangun toolkit: log audit platform (security.activityRecords)",
    "established by the toolkit's construction: the platform's audit log (security.activityRecords)",
  ),
};

type Sop = Evidence["security"]["sop"];

/** How one item is met, or null where it is not. */
export function sopItemMet(item: string, sop: Sop): Text | null {
  if (!sop) return null;
  if (item === "prosedur-pengoperasian" || sop.covers?.includes(item))
    return t(`bukti: SOP '${sop.reference}'`, `evidence: SOP '${sop.reference}'`);
  return BY_CONSTRUCTION[item] ?? null;
}

/** DC-04's findings for the regulation's list (allOf), the toolkit's where it names none. */
export function sopViolations(sop: Sop, terms: Terms | null): Violation[] {
  const items = terms?.allOf ?? SOP_ITEMS_FALLBACK;
  const how = items.map((i) => ({ i, met: sopItemMet(i, sop) }));
  const missing = how.filter((h) => !h.met).map((h) => h.i);
  if (missing.length === 0) return [];
  const met = how.filter((h) => h.met);
  const metText = (lang: "id" | "en") =>
    met.length ? `; ${met.map((h) => `${h.i}: ${h.met![lang]}`).join("; ")}` : "";
  if (!sop)
    return [
      {
        message: t(
          `Tidak ada SOP pengoperasian Pusat Data (security.sop) yang mencakup ${items.join(", ")}.`,
          `There is no Pusat Data operating procedure (security.sop) covering ${items.join(", ")}.`,
        ),
      },
    ];
  return [
    {
      message: t(
        `SOP Pusat Data '${sop.reference}' tidak tercatat mencakup ${missing.join(", ")} (security.sop.covers)${metText("id")}.`,
        `The Pusat Data SOP '${sop.reference}' is not recorded as covering ${missing.join(", ")} (security.sop.covers)${metText("en")}.`,
      ),
    },
  ];
}
