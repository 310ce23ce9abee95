/**
 * Checks that need the whole inventory: the schema has accepted every element on its own, and
 * these make sure the elements fit together (references resolve, ids are unique, racks hold
 * their servers, pinned prefixes fit the supernet, dates are past). Each check returns every problem it finds, so a user sees all
 * of them at once. Regulation violations are not checked here: a well-formed inventory that goes
 * against its regulation is the policy pack's to report, with the article it breaks.
 *
 * Every check is linear or n·log n in the number of elements: a province of 10,000 resources is
 * checked in milliseconds.
 */
import type { Inventory } from "./schema";
import type { Problem } from "./issues";
import { checkIds } from "./crosscheck-ids";
import { checkReferences } from "./crosscheck-references";
import { checkRacks } from "./crosscheck-racks";
import { checkDates } from "./crosscheck-dates";
import { checkPlacement } from "./crosscheck-placement";
import { checkPrefixes } from "./crosscheck-prefixes";
import type { DeclaredIds } from "./salvage";

export interface CrossCheckOptions {
  /** YYYY-MM-DD: dates after it are in the future. */
  today: string;
  /**
   * Ids declared by elements the schema rejected (see salvage.ts): references to them are not
   * reported as unknown, the element's own error says what is wrong.
   */
  declared?: DeclaredIds;
}

export function crossCheck(inventory: Inventory, opts: CrossCheckOptions): Problem[] {
  return [
    ...checkIds(inventory),
    ...checkReferences(inventory, opts.declared),
    ...checkRacks(inventory),
    ...checkDates(inventory, opts.today),
    ...checkPlacement(inventory),
    ...checkPrefixes(inventory),
  ];
}
