/**
 * Renamed fields. docs/inventory.md is a contract with users: a field is renamed only for a strong
 * reason, and then the old name keeps working with a warning until the users' files have moved.
 * Each entry names the mapping that holds the field as a path pattern, `[]` standing for every
 * element of a list: `applications[].placement`, or "" for the top level.
 */
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import { CHECK } from "./messages-check";

export interface FieldRename {
  /** Path pattern of the mapping holding the field, e.g. `applications[].data`. */
  at: string;
  from: string;
  to: string;
}

/** No field has been renamed yet. */
export const RENAMED_FIELDS: readonly FieldRename[] = [];

export interface RenameOutcome {
  /** Old names that were accepted (and moved to the new name). */
  warnings: Problem[];
  /** Old and new name both given: which one is meant is unclear. */
  errors: Problem[];
}

/** Moves deprecated keys of `data` to their new names, in place. */
export function applyRenames(data: unknown, renames: readonly FieldRename[]): RenameOutcome {
  const outcome: RenameOutcome = { warnings: [], errors: [] };
  for (const rename of renames) {
    const pattern = rename.at === "" ? [] : rename.at.split(".");
    forEachMapping(data, pattern, [], (obj, path) => {
      if (!(rename.from in obj)) return;
      const where = [...path, rename.from];
      if (rename.to in obj) {
        outcome.errors.push({
          path: where,
          atKey: true,
          message: CHECK.bothNames(rename),
        });
        // Reported once here, not a second time by the schema as an unknown key.
        delete obj[rename.from];
        return;
      }
      obj[rename.to] = obj[rename.from];
      delete obj[rename.from];
      outcome.warnings.push({
        path: where,
        atKey: true,
        message: CHECK.deprecated(rename),
      });
    });
  }
  return outcome;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function forEachMapping(
  value: unknown,
  pattern: readonly string[],
  path: PathSegment[],
  visit: (obj: Record<string, unknown>, path: PathSegment[]) => void,
): void {
  if (!isMapping(value)) return;
  if (pattern.length === 0) {
    visit(value, path);
    return;
  }
  const [head, ...rest] = pattern;
  const each = head.endsWith("[]");
  const key = each ? head.slice(0, -2) : head;
  const child = value[key];
  if (!each) forEachMapping(child, rest, [...path, key], visit);
  else if (Array.isArray(child))
    child.forEach((item, i) => forEachMapping(item, rest, [...path, key, i], visit));
}
