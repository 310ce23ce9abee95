/**
 * Walking the zod schema beside the data it describes. The cross-checks use it to find every
 * value of a given primitive (every date, wherever a new date field is added later) without a
 * hand-kept list of field paths, and the error messages use it to suggest a known key.
 */
import type { z } from "zod";
import type { PathSegment } from "./errors";

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
}

const def = (s: Schema) => s._zod.def as unknown as Def;

/** Strips optional/default/nullable/readonly/pipe wrappers down to the schema that checks values. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else return s;
  }
}

/** True when `schema` is `primitive`, possibly wrapped or re-described (`.optional()`, `.describe()`). */
export function isPrimitive(schema: Schema, primitive: Schema): boolean {
  return unwrap(schema)._zod.def === primitive._zod.def;
}

/**
 * Calls `visit` for every value of `data` whose schema is `primitive`, with its path. Unions are
 * not entered (none of the inventory's unions holds a date or a reference).
 */
export function forEachPrimitive(
  schema: Schema,
  data: unknown,
  primitive: Schema,
  visit: (value: unknown, path: PathSegment[]) => void,
  path: PathSegment[] = [],
): void {
  if (data === undefined || data === null) return;
  if (isPrimitive(schema, primitive)) {
    visit(data, path);
    return;
  }
  const d = def(unwrap(schema));
  if (d.type === "object" && d.shape && typeof data === "object" && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const [key, child] of Object.entries(d.shape)) {
      if (key in record) forEachPrimitive(child, record[key], primitive, visit, [...path, key]);
    }
  } else if (d.type === "array" && d.element && Array.isArray(data)) {
    const element = d.element;
    data.forEach((item, i) => forEachPrimitive(element, item, primitive, visit, [...path, i]));
  }
}

/** The keys a mapping at `path` may hold, or null when the path does not lead to one object schema. */
export function keysAt(schema: Schema, path: readonly PathSegment[]): string[] | null {
  let s = unwrap(schema);
  for (const seg of path) {
    const d = def(s);
    if (typeof seg === "number" && d.type === "array" && d.element) s = unwrap(d.element);
    else if (typeof seg === "string" && d.type === "object" && d.shape?.[seg]) s = unwrap(d.shape[seg]);
    else return null;
  }
  const d = def(s);
  return d.type === "object" && d.shape ? Object.keys(d.shape) : null;
}
