/**
 * The inventory loader: YAML text in, a validated `Inventory` out, or every problem at once,
 * each with its file, line, column and path. It never throws: unreadable files, broken YAML,
 * alias bombs and wrong shapes all come back as errors, so the CLI, the Pulumi program and the
 * tests can print them and stop.
 */
import { crossCheck } from "./crosscheck";
import { applyRenames, RENAMED_FIELDS, type FieldRename } from "./deprecations";
import {
  formatPath,
  located,
  parsePath,
  sortErrors,
  type InventoryError,
  type SourceLocation,
} from "./errors";
import { joinText, type Text } from "./messages";
import { LOAD } from "./messages-load";
import { describeValue } from "./messages-schema";
import { mergeIncludes } from "./includes";
import { problemsFromIssues, type Problem } from "./issues";
import { locateInFile, SourceIndex } from "./positions";
import { salvage } from "./salvage";
import { readSource, SourceFile } from "./source";
import { isValidDate } from "./primitives";
import { LIMITS } from "./limits";
import { readRegularFile } from "./read-file";
import { controlsInData, decodeUtf8 } from "./text-screen";
import { inventorySchema, type Inventory } from "./schema";

export interface LoadOptions {
  /** YYYY-MM-DD that dates are checked against; default today in WIT (UTC+9). */
  today?: string;
  /** Renamed fields accepted under their old name (default `RENAMED_FIELDS`); tests inject their own. */
  renames?: readonly FieldRename[];
}

export type LoadResult =
  | {
      ok: true;
      inventory: Inventory;
      /** The region file's name as given. */
      file: string;
      /** Position of an inventory path (`applications[3].data`), or of its nearest existing ancestor. */
      locate(path: string): SourceLocation | null;
      warnings: InventoryError[];
    }
  | { ok: false; errors: InventoryError[] };

/** Loads and checks a region inventory file (and the files it includes). Never throws. */
export function loadInventory(file: string, opts: LoadOptions = {}): LoadResult {
  const read = readRegularFile(file, LIMITS.fileBytes);
  if (!read.ok) {
    const message = read.code ? LOAD.cannotRead({ code: read.code }) : LOAD.refused({ reason: read.reason });
    return failure([atStart(file, message)]);
  }
  const decoded = decodeUtf8(read.bytes, file);
  if (!decoded.ok) return failure([decoded.error]);
  return loadInventoryFromString(decoded.text, file, opts);
}

/** Like `loadInventory` for text already read; `file` names it in errors and anchors `include:`. */
export function loadInventoryFromString(text: string, file: string, opts: LoadOptions = {}): LoadResult {
  const today = opts.today ?? todayInIndonesia();
  if (!isValidDate(today)) {
    return failure([atStart(file, LOAD.badToday({ got: describeValue(today) }))]);
  }
  if (text.length > LIMITS.fileBytes) {
    return failure([atStart(file, LOAD.tooLarge({ limit: LIMITS.fileBytes }))]);
  }
  try {
    // One SourceFile for both rounds: the authoritative parse, when made, is made once.
    const source = new SourceFile(file, text);
    const quick = load(source, today, opts, true);
    // Anything wrong is loaded again with the authoritative parser (see source.ts), so every
    // error and position comes from it; a valid file costs one fast parse.
    return quick.ok ? quick : load(source, today, opts, false);
  } catch (e) {
    // A bug of ours must still reach the user as an error, not a stack trace, and never as success.
    const reason = e instanceof Error ? e.message : String(e);
    return failure([atStart(file, LOAD.internal({ reason }))]);
  }
}

/** An error about the whole file, at its start. */
function atStart(file: string, text: Text): InventoryError {
  return located({ file, line: 1, column: 1 }, "", text);
}

function failure(errors: InventoryError[], fileOrder: readonly string[] = [], unlisted = 0): LoadResult {
  const sorted = sortErrors(errors, fileOrder);
  if (sorted.length <= LIMITS.errors) return { ok: false, errors: sorted };
  const shown = sorted.slice(0, LIMITS.errors);
  const next = sorted[LIMITS.errors];
  const more = sorted.length - LIMITS.errors + unlisted;
  const message = LOAD.moreErrors({ more, limit: LIMITS.errors });
  return { ok: false, errors: [...shown, located(next, "", message)] };
}

/**
 * Today's date in Indonesia's easternmost time zone (WIT, UTC+9): a date that is already today
 * anywhere in the country is never called a future date.
 */
function todayInIndonesia(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

function load(source: SourceFile, today: string, opts: LoadOptions, fast: boolean): LoadResult {
  const file = source.file;
  const read = readSource(source, fast);
  if (read.errors.length > 0) return failure(read.errors);
  const data = read.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const { line, column } = locateInFile(source.parsed, []);
    return failure([located({ file, line, column }, "", LOAD.notMapping({ got: describeValue(data) }))]);
  }

  const renames = opts.renames ?? RENAMED_FIELDS;
  const index = new SourceIndex(source, new Map(renames.map((r) => [r.to, r.from])));
  const merged = data as Record<string, unknown>;
  const included = mergeIncludes(source, merged, index, fast);
  const fileOrder = [file, ...included.files];
  const renamed = applyRenames(merged, renames);

  const toError = (p: Problem): InventoryError => {
    const at = index.locate(p.path, p.atKey);
    let message: Text = p.message;
    if (p.related) {
      const other = index.locate(p.related.path);
      const here = `${other.file}:${other.line}`;
      const where = other.file === at.file ? LOAD.atLine({ line: other.line }) : { id: here, en: here };
      const related = LOAD.related({ label: p.related.label, path: formatPath(p.related.path), where });
      // The catalog key stays the problem's own: the related clause only adds where.
      message = { ...p.message, ...joinText([p.message, related]) };
    }
    return located(at, formatPath(p.path), message);
  };
  const warnings = [...read.warnings, ...included.warnings, ...renamed.warnings.map(toError)];
  const errors = [...included.errors, ...renamed.errors.map(toError)];
  // A YAML escape (`"\e[2J"`) puts into the data what the text screen refused in the file.
  const controls = controlsInData(merged).map(toError);
  if (controls.length > 0) return failure([...errors, ...controls], fileOrder);

  // Past LIMITS.errors, problems are counted rather than located: locating costs a walk each.
  let unlisted = 0;
  const room = <T>(found: T[]): T[] => {
    const kept = found.slice(0, Math.max(0, LIMITS.errors + 1 - errors.length));
    unlisted += found.length - kept.length;
    return kept;
  };
  const result = inventorySchema.safeParse(merged);
  if (!result.success) {
    // One issue can name thousands of unknown keys: problems are capped, not issues.
    const issues = result.error.issues;
    const problems = problemsFromIssues(issues.slice(0, LIMITS.errors + 1), merged, inventorySchema);
    unlisted += Math.max(0, issues.length - LIMITS.errors - 1);
    // Unknown keys past the limit are not made into problems (see issues.ts): counted here.
    for (const issue of issues.slice(0, LIMITS.errors + 1))
      if (issue.code === "unrecognized_keys") unlisted += Math.max(0, issue.keys.length - LIMITS.errors - 1);
    errors.push(...room(problems).map(toError));
    // The cross-checks still run on the elements the schema accepts: all errors in one round.
    const kept = salvage(merged);
    const found = crossCheck(kept.inventory, { today, declared: kept.declared });
    errors.push(...room(found).map((p) => toError(kept.remap(p))));
    return failure(errors, fileOrder, unlisted);
  }
  errors.push(...room(crossCheck(result.data, { today })).map(toError));
  if (errors.length > 0) return failure(errors, fileOrder, unlisted);

  return {
    ok: true,
    inventory: result.data,
    file,
    locate(path: string) {
      const segments = parsePath(path);
      if (!segments) return null;
      const { file: at, line, column } = index.locate(segments);
      return { file: at, line, column };
    },
    warnings: sortErrors(warnings, fileOrder),
  };
}
