/**
 * The shape of an obligation of the toolkit's catalogue. What each regulation says about it (its
 * articles, quotes and terms) is data in regulations/<key>.yaml, read by regulations/registry.ts.
 * Kept apart from policies/obligations.ts so the per-area files can use it without an import cycle.
 */

export type Area =
  "pusat-data" | "drc" | "backup" | "jaringan-intra" | "gateway" | "keamanan" | "audit-operasi";

export interface Obligation {
  /** "DC-01" */
  id: string;
  area: Area;
  /** Short obligation statement in Bahasa Indonesia and English. */
  title: { id: string; en: string };
  /** How the toolkit shows it: a resource policy, a stack policy, or evidence in the inventory. */
  kind: "resource" | "stack" | "evidence";
}
