/**
 * What one `spbe check` run produced, for every output format at once: the report, or the located
 * input errors that kept the region from being checked (a malformed inventory, a missing or stale
 * address lock), and, against a base, what the change does.
 */
import type { CheckReport } from "../offline/findings";
import type { ChangeReport } from "./change";

export interface InputError {
  file: string;
  line: number;
  column: number;
  /** Inventory path (`applications[3].image`); "" for the whole file. */
  path: string;
  /** The message in the language of the run (`--lang`). */
  message: string;
  /** The message in both languages, when its source says it in both (the inventory loader does). */
  text?: { id: string; en: string };
}

export interface CheckOutcome {
  /** The inventory file as given on the command line. */
  inventory: string;
  /** The region key (the file name when the inventory could not be read). */
  region: string;
  /** null when the region could not be checked: see `errors`. */
  report: CheckReport | null;
  errors: InputError[];
  /** With `--base`: resources and findings compared with the base revision. */
  change?: ChangeReport;
}

export const INPUT_RULE = "spbe-input-error";

/** A bare report (a library caller's) as the outcome of a checked region. */
export function asOutcome(x: CheckOutcome | CheckReport, inventory = ""): CheckOutcome {
  return "findings" in x ? { inventory, region: x.region, report: x, errors: [] } : x;
}
