/**
 * Turns zod's issues into messages a person editing YAML understands: what was expected, what
 * was found, and (for a misspelt key) what was probably meant. Each message is bound to a path;
 * the loader turns the path into a file position.
 */
import { z } from "zod";
import type { PathSegment } from "./errors";
import { keysAt } from "./schema-walk";
import { LIMITS } from "./limits";
import { same, type Text } from "./messages";
import { describeValue, EXPECTED_NOUNS, NOUN, SCHEMA } from "./messages-schema";
import { FORMAT, formatOf } from "./messages-format";

/** A problem at an inventory path, before it is given a file position: its message in both languages. */
export interface Problem {
  path: PathSegment[];
  message: Text;
  /** Point at the key of the last segment rather than at its value (unknown, deprecated keys). */
  atKey?: boolean;
  /** Another element the problem involves (the first of two duplicates): named with its position. */
  related?: { label: Text; path: PathSegment[] };
}

type Issue = z.core.$ZodIssue;

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** `a mapping`, `a list`: what zod's `expected` names, else zod's own word for it. */
function expectedNoun(kind: string): Text {
  const noun = EXPECTED_NOUNS[kind];
  return noun ? noun() : { id: kind, en: kind };
}

function oneOf(values: string[]): Text {
  return values.length === 1
    ? { id: `"${values[0]}"`, en: `"${values[0]}"` }
    : NOUN.oneOf({ values: values.join("|") });
}

/**
 * What a custom or format check expects: a format of the catalog, found by the `format` param of
 * a custom issue (zod's own way to carry data on an issue) or by the English text of the check.
 */
function formatText(issue: Issue): Text {
  const params = (issue as { params?: Record<string, unknown> }).params;
  const name = params?.format;
  if (typeof name === "string" && name in FORMAT)
    return (FORMAT[name as keyof typeof FORMAT] as (p: unknown) => Text)(params);
  const known = formatOf(issue.message);
  if (known) return known;
  // A refinement's own sentence, not in the catalog, is kept as written rather than lost.
  return issue.code === "custom" ? same(issue.message) : zodText(issue);
}

/** zod's own sentence for an issue in each language (its `id` and `en` locales). */
let locales: { id: z.core.$ZodConfig; en: z.core.$ZodConfig } | undefined;
function zodText(issue: Issue): Text {
  locales ??= { id: z.locales.id(), en: z.locales.en() };
  const say = (locale: z.core.$ZodConfig) => {
    if (!locale.localeError) return issue.message;
    const out = locale.localeError(issue as never);
    return typeof out === "string" ? out : (out?.message ?? issue.message);
  };
  return { id: say(locales.id), en: say(locales.en) };
}

function literal(v: unknown): string {
  return typeof v === "string" ? v : String(v);
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((seg) => (typeof seg === "number" ? seg : String(seg)));
}

/** Problems for zod issues raised by `schema` on `data`. */
export function problemsFromIssues(
  issues: readonly Issue[],
  data: unknown,
  schema: z.core.$ZodType,
): Problem[] {
  return issues.flatMap((issue) => describeIssue(issue, data, schema, []));
}

function describeIssue(issue: Issue, data: unknown, schema: z.core.$ZodType, base: PathSegment[]): Problem[] {
  const path = [...base, ...toPath(issue.path)];
  const value = valueAt(data, path);
  const got = describeValue(value);
  const missing = value === undefined && path.length > 0;
  const key = String(path[path.length - 1]);
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedNoun(issue.expected);
      if (missing) return [{ path, message: SCHEMA.missingKeyOf({ key, expected }) }];
      return [{ path, message: SCHEMA.expected({ expected, got }) }];
    }
    case "invalid_value": {
      if (missing) return [{ path, message: SCHEMA.missingKey({ key }) }];
      return [{ path, message: SCHEMA.expected({ expected: oneOf(issue.values.map(literal)), got }) }];
    }
    case "unrecognized_keys": {
      const known = keysAt(schema, path) ?? [];
      // A mapping of thousands of unknown keys: the loader lists at most LIMITS.errors problems.
      return issue.keys.slice(0, LIMITS.errors + 1).map((k) => unknownKey(path, k, known));
    }
    case "invalid_format":
    case "custom":
      return [{ path, message: SCHEMA.expected({ expected: formatText(issue), got }) }];
    case "too_small":
    case "too_big":
      return [{ path, message: sizeMessage(issue, value) }];
    case "invalid_union":
      return unionProblems(issue, path, value, data, schema);
    default:
      return [{ path, message: SCHEMA.other({ ...zodText(issue), got }) }];
  }
}

function unknownKey(path: PathSegment[], key: string, known: Iterable<string>): Problem {
  return {
    path: [...path, key],
    atKey: true,
    message: SCHEMA.unknownKey({ key, hint: suggestion(key, known) ?? "" }),
  };
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): Text {
  const small = issue.code === "too_small";
  const bound = Number(
    small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum,
  );
  const inclusive = issue.inclusive !== false;
  const cmp = small
    ? inclusive
      ? NOUN.atLeast()
      : NOUN.moreThan()
    : inclusive
      ? NOUN.atMost()
      : NOUN.lessThan();
  if (issue.origin === "array") {
    const n = String(Array.isArray(value) ? value.length : 0);
    return SCHEMA.items({ cmp, bound, got: { id: n, en: n } });
  }
  if (issue.origin === "string") return SCHEMA.characters({ cmp, bound, got: describeValue(value) });
  return SCHEMA.number({ cmp, bound, got: describeValue(value) });
}

/**
 * A union fails when no branch accepts the value. A discriminated union names its discriminator;
 * a union of literals lists them; a union of mappings is explained by the branch the value came
 * closest to (fewest missing and unknown keys), or by the keys that would select a branch.
 */
function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  path: PathSegment[],
  value: unknown,
  data: unknown,
  schema: z.core.$ZodType,
): Problem[] {
  const extra = issue as { discriminator?: string; options?: unknown[] };
  const got = describeValue(value);
  if (extra.options && extra.options.length > 0) {
    if (value === undefined)
      return [{ path, message: SCHEMA.missingKey({ key: String(path[path.length - 1]) }) }];
    return [
      {
        path,
        message: SCHEMA.expected({
          expected: NOUN.oneOf({ values: extra.options.map(literal).join("|") }),
          got,
        }),
      },
    ];
  }
  const branches = issue.errors;
  const literalsOnly = branches.every(
    (b) => b.length === 1 && b[0].code === "invalid_value" && b[0].path.length === 0,
  );
  if (literalsOnly && branches.length > 0) {
    const values = branches.flatMap((b) => (b[0] as z.core.$ZodIssueInvalidValue).values.map(literal));
    return [{ path, message: SCHEMA.expected({ expected: NOUN.oneOf({ values: values.join("|") }), got }) }];
  }
  // A value of the wrong kind altogether (a string where any branch wants a mapping).
  const kinds = new Set(
    branches.map((b) =>
      b.length === 1 && b[0].code === "invalid_type" && b[0].path.length === 0 ? b[0].expected : "",
    ),
  );
  if (branches.length > 0 && kinds.size === 1 && !kinds.has("")) {
    const [kind] = kinds;
    return [{ path, message: SCHEMA.expected({ expected: expectedNoun(kind), got }) }];
  }
  const cost = (branch: readonly Issue[]) =>
    branch.reduce((n, i) => {
      if (i.code === "unrecognized_keys") return n + i.keys.length;
      const missing = valueAt(value, toPath(i.path)) === undefined;
      return n + (missing ? 1 : 0);
    }, 0);
  const costs = branches.map(cost);
  const best = Math.min(...costs);
  if (costs.filter((c) => c === best).length === 1) {
    const branch = branches[costs.indexOf(best)];
    return branch.flatMap((i) => describeIssue(i, data, schema, path));
  }
  const selectors = branches.flatMap((b) =>
    b
      .filter((i) => i.code === "invalid_type" && valueAt(value, toPath(i.path)) === undefined)
      .map((i) => toPath(i.path).join(".")),
  );
  if (selectors.length > 0) {
    // Keys no branch knows are worth naming on their own: usually the typo that chose no branch.
    const unknown = branches
      .map(
        (b) =>
          new Set(b.flatMap((i) => (i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys : []))),
      )
      .reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
    const keys = [...new Set(selectors)];
    return [
      { path, message: SCHEMA.selectorKeys({ keys: keys.join("|"), got }) },
      ...[...unknown].map((k) => unknownKey(path, k, keys)),
    ];
  }
  return [{ path, message: SCHEMA.noForm({ got }) }];
}

/** The known name (`owner`) within a typo's reach of `key`, else undefined. */
export function suggestion(key: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  const typed = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of known) {
    // Names whose length differs by more than the limit cannot be within it: skip the table.
    if (Math.abs(k.length - key.length) > limit) continue;
    const d = distance(typed, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** Levenshtein distance; keys are short, so the quadratic table is a few dozen cells. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
