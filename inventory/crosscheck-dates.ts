/** Dates record things that happened (an attestation, an audit, an approval): none is in the future. */
import type { Problem } from "./issues";
import { primitives } from "./primitives";
import { inventorySchema, type Inventory } from "./schema";
import { forEachPrimitive } from "./schema-walk";
import { CHECK } from "./messages-check";

export function checkDates(inv: Inventory, today: string): Problem[] {
  const problems: Problem[] = [];
  // Walks the schema rather than a list of date fields, so a date field added later is covered.
  forEachPrimitive(inventorySchema, inv, primitives.date, (value, path) => {
    // YYYY-MM-DD strings order like the dates they name.
    if (typeof value === "string" && value > today) {
      problems.push({ path, message: CHECK.futureDate({ value, today }) });
    }
  });
  return problems;
}
