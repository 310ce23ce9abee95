/**
 * The shape of an infrastructure obligation of shared/regulations/OBLIGATIONS.md. Kept apart from
 * policies/obligations.ts so the per-area data files under policies/obligations/ can use it without
 * an import cycle; policies/obligations.ts re-exports it.
 */
import type { Article, RegulationKey } from "./regulations";

export type Area =
  "pusat-data" | "drc" | "backup" | "jaringan-intra" | "gateway" | "keamanan" | "audit-operasi";

export interface Obligation {
  /** "DC-01" */
  id: string;
  area: Area;
  /** Short obligation statement in Bahasa Indonesia and English. */
  title: { id: string; en: string };
  /** Absent key = the regulation is silent ("—"). */
  articles: Partial<Record<RegulationKey, Article[]>>;
  /** e.g. "no interval set" for tangerang AUD-01. */
  note?: string;
  /** How the toolkit shows it: a resource policy, a stack policy, or evidence in the inventory. */
  kind: "resource" | "stack" | "evidence";
}
