/**
 * `include:` lets a large province split its inventory: each included file holds more elements
 * of the region's lists, appended in order. An included file may hold only those lists (and
 * its own `include:`), so that one region file keeps the region, the network and the policies'
 * settings, and nothing is declared twice.
 *
 * Includes are confined: `spbe check` runs on pull requests from forks, so an include is a
 * relative path to a regular file inside the region file's folder (after every symlink is
 * resolved), of bounded size, depth and number, each file included once. A refused include is
 * reported at its entry with the path as written and the reason, never with the file's content.
 */
import { dirname, isAbsolute, join, resolve } from "node:path";
import { describeValue, formatPath, located, type InventoryError, type PathSegment } from "./errors";
import type { Text } from "./messages";
import { INCLUDE } from "./messages-load";
import { LIMITS } from "./limits";
import { locateInFile, type MergedList, type SourceIndex } from "./positions";
import { isInside, readRegularFile, realDir } from "./read-file";
import { readSource, SourceFile } from "./source";
import { decodeUtf8, escapeControls } from "./text-screen";

const LISTS = ["agencies", "sites", "applications", "colocation"] as const;
const ALLOWED = new Set<string>([...LISTS, "gateway", "include"]);

export interface IncludeOutcome {
  errors: InventoryError[];
  warnings: InventoryError[];
  /** Files read, in the order met (for ordering errors). */
  files: string[];
}

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === "object" && !Array.isArray(v);

interface Context {
  merged: Mapping;
  index: SourceIndex;
  out: IncludeOutcome;
  /** Real paths of the files being included, from the region file down: a cycle. */
  visiting: Set<string>;
  /** Real paths of every file included so far: each is included once. */
  seen: Set<string>;
  /** The region file's folder as written (for `..`) and as resolved (for symlinks). */
  folder: string;
  realFolder: string | null;
  /** Files and bytes read so far, against LIMITS. */
  count: number;
  bytes: number;
  /** Read with js-yaml (see source.ts). */
  fast: boolean;
}

/** Appends the lists of the files `merged.include` names (recursively) to `merged`. */
export function mergeIncludes(
  root: SourceFile,
  merged: Mapping,
  index: SourceIndex,
  fast: boolean,
): IncludeOutcome {
  const out: IncludeOutcome = { errors: [], warnings: [], files: [] };
  if (!Array.isArray(merged.include) || merged.include.length === 0) return out;
  const folder = resolve(dirname(root.file));
  const realFolder = realDir(folder);
  const rootReal =
    realFolder === null ? resolve(root.file) : join(realFolder, root.file.split(/[\\/]/).pop()!);
  const visiting = new Set([rootReal]);
  const ctx: Context = {
    merged,
    index,
    out,
    visiting,
    seen: new Set(visiting),
    folder,
    realFolder,
    count: 0,
    bytes: root.text.length,
    fast,
  };
  include(root, merged, ctx, 1);
  return out;
}

/** `parts/a.yaml` as a message shows it: control characters escaped, at most 100 characters. */
function shown(entry: string): string {
  const text = escapeControls(entry);
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 97)}...` : text);
}

/** Why `entry`, named by `from`, may not be included, judged on the path as written; or null. */
function refusal(entry: string, from: SourceFile, ctx: Context, depth: number): Text | null {
  if (ctx.realFolder === null) return INCLUDE.noFolder();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(entry)) return INCLUDE.controls();
  if (isAbsolute(entry) || /^[A-Za-z]:/.test(entry) || entry.startsWith("~")) return INCLUDE.absolute();
  if (!isInside(ctx.folder, resolve(dirname(from.file), entry))) return INCLUDE.outside();
  if (depth > LIMITS.includeDepth) return INCLUDE.tooDeep({ limit: LIMITS.includeDepth });
  if (ctx.count >= LIMITS.includeFiles) return INCLUDE.tooMany({ limit: LIMITS.includeFiles });
  return null;
}

function include(from: SourceFile, data: Mapping, ctx: Context, depth: number) {
  const { merged, out, visiting } = ctx;
  const entries = data.include;
  // A malformed `include` of the region file is the schema's to report.
  if (!Array.isArray(entries)) return;
  entries.forEach((entry, i) => {
    if (typeof entry !== "string" || entry === "") return;
    const fail = (path: PathSegment[], message: Text, source = from, atKey = false) => {
      out.errors.push(located(locateInFile(source.parsed, path, atKey), formatPath(path), message));
    };
    const refuse = (reason: Text) => fail(["include", i], INCLUDE.refused({ entry: shown(entry), reason }));
    const why = refusal(entry, from, ctx, depth);
    if (why) return refuse(why);
    // Named as the user would write it: relative to the working directory when the region file is.
    const file = join(dirname(from.file), entry);
    const room = Math.min(LIMITS.fileBytes, LIMITS.totalBytes - ctx.bytes);
    const read = readRegularFile(file, room, ctx.realFolder!);
    if (!read.ok) {
      if (read.code)
        return fail(["include", i], INCLUDE.cannotRead({ entry: shown(entry), code: read.code }));
      return refuse(
        room < LIMITS.fileBytes
          ? INCLUDE.totalLimit({ reason: read.reason, limit: LIMITS.totalBytes })
          : read.reason,
      );
    }
    if (visiting.has(read.real)) return fail(["include", i], INCLUDE.cycle({ entry: shown(entry) }));
    if (ctx.seen.has(read.real)) return refuse(INCLUDE.twice());
    ctx.seen.add(read.real);
    ctx.count++;
    ctx.bytes += read.bytes.length;
    out.files.push(file);
    const decoded = decodeUtf8(read.bytes, file);
    if (!decoded.ok) return void out.errors.push(decoded.error);
    const source = new SourceFile(file, decoded.text);
    const parsed = readSource(source, ctx.fast);
    out.errors.push(...parsed.errors);
    out.warnings.push(...parsed.warnings);
    if (parsed.errors.length > 0) return;
    const part = parsed.data;
    if (!isMapping(part)) {
      return fail([], INCLUDE.notMapping({ lists: LISTS.join(", "), got: describeValue(part) }), source);
    }
    for (const key of Object.keys(part)) {
      if (!ALLOWED.has(key)) {
        fail([key], INCLUDE.unknownKey({ key, lists: LISTS.join(", ") }), source, true);
      }
    }
    for (const key of LISTS) append(key, [key], part[key], merged, source, ctx.index, fail);
    const gateway = part.gateway;
    if (gateway !== undefined) {
      if (!isMapping(gateway))
        fail(["gateway"], INCLUDE.gatewayNotMapping({ got: describeValue(gateway) }), source);
      else {
        for (const key of Object.keys(gateway)) {
          if (key !== "services") fail(["gateway", key], INCLUDE.gatewayUnknownKey({ key }), source, true);
        }
        if (merged.gateway === undefined) {
          fail(["gateway"], INCLUDE.noGateway(), source, true);
        } else if (isMapping(merged.gateway))
          append(
            "gateway.services",
            ["gateway", "services"],
            gateway.services,
            merged.gateway,
            source,
            ctx.index,
            fail,
          );
      }
    }
    visiting.add(read.real);
    include(source, part, ctx, depth + 1);
    visiting.delete(read.real);
  });
}

/** Appends `items` (the list at `path` of an included file) to the merged list, recording origins. */
function append(
  list: MergedList,
  path: PathSegment[],
  items: unknown,
  into: Mapping,
  source: SourceFile,
  index: SourceIndex,
  fail: (path: PathSegment[], message: Text, source: SourceFile) => void,
) {
  if (items === undefined) return;
  if (!Array.isArray(items)) return fail(path, INCLUDE.notList({ got: describeValue(items) }), source);
  const key = path[path.length - 1] as string;
  const existing = into[key];
  // A region list of the wrong type is reported by the schema; appending to it would hide that.
  if (existing !== undefined && !Array.isArray(existing)) return;
  const target = (into[key] = (existing as unknown[] | undefined) ?? []);
  items.forEach((item, j) => {
    index.setOrigin(list, target.length, source, [...path, j]);
    target.push(item);
  });
}
