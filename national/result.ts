/** The national result file: what one `check --all` (or one shard of it) writes, and `merge` reads. */
import type { AllSummary, RegionResult } from "../offline/check-all";

export const NATIONAL_FORMAT = "spbe-national/v1";

export interface NationalResult {
  format: typeof NATIONAL_FORMAT;
  tool: { name: string; version: string };
  /** ISO time the run finished. */
  generated: string;
  /** The directory the regions came from, as given. */
  directory: string;
  shard: { index: number; count: number } | null;
  regions: RegionResult[];
  total: AllSummary["total"];
}
