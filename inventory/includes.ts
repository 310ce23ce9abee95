/**
 * `include:` lets a large province split its inventory: each included file holds more elements
 * of the region's lists, appended in order. An included file may hold only those lists (and
 * its own `include:`), so that one region file keeps the region, the network and the policies'
 * settings, and nothing is declared twice.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { describeValue, formatPath, type InventoryError, type PathSegment } from "./errors";
import { locateInFile, type MergedList, type SourceIndex } from "./positions";
import { readSource, SourceFile } from "./source";

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
  visiting: Set<string>;
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
  include(root, merged, { merged, index, out, visiting: new Set([resolve(root.file)]), fast });
  return out;
}

function include(from: SourceFile, data: Mapping, ctx: Context) {
  const { merged, out, visiting } = ctx;
  const entries = data.include;
  // A malformed `include` of the region file is the schema's to report.
  if (!Array.isArray(entries)) return;
  entries.forEach((entry, i) => {
    if (typeof entry !== "string" || entry === "") return;
    const fail = (path: PathSegment[], message: string, source = from, atKey = false) => {
      const { file, line, column } = locateInFile(source.parsed, path, atKey);
      out.errors.push({ file, line, column, path: formatPath(path), message });
    };
    const target = resolve(dirname(from.file), entry);
    // Named as the user would write it: relative to the working directory when the region file is.
    const file = isAbsolute(entry) ? entry : join(dirname(from.file), entry);
    if (visiting.has(target))
      return fail(["include", i], `include cycle: "${entry}" is already being included`);
    let text: string;
    try {
      text = readFileSync(target, "utf8");
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
      return fail(["include", i], `cannot read included file "${entry}" (${code})`);
    }
    out.files.push(file);
    const source = new SourceFile(file, text);
    const read = readSource(source, ctx.fast);
    out.errors.push(...read.errors);
    out.warnings.push(...read.warnings);
    if (read.errors.length > 0) return;
    const part = read.data;
    if (!isMapping(part)) {
      return fail(
        [],
        `expected a mapping with ${LISTS.join(", ")} or gateway.services, got ${describeValue(part)}`,
        source,
      );
    }
    for (const key of Object.keys(part)) {
      if (!ALLOWED.has(key)) {
        fail(
          [key],
          `unknown key "${key}": an included file holds only ${LISTS.join(", ")}, gateway.services and include`,
          source,
          true,
        );
      }
    }
    for (const key of LISTS) append(key, [key], part[key], merged, source, ctx.index, fail);
    const gateway = part.gateway;
    if (gateway !== undefined) {
      if (!isMapping(gateway))
        fail(["gateway"], `expected a mapping holding services, got ${describeValue(gateway)}`, source);
      else {
        for (const key of Object.keys(gateway)) {
          if (key !== "services")
            fail(
              ["gateway", key],
              `unknown key "${key}": an included gateway holds only services`,
              source,
              true,
            );
        }
        if (merged.gateway === undefined) {
          fail(
            ["gateway"],
            "gateway.services are included but the region file declares no gateway",
            source,
            true,
          );
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
    visiting.add(target);
    include(source, part, ctx);
    visiting.delete(target);
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
  fail: (path: PathSegment[], message: string, source: SourceFile) => void,
) {
  if (items === undefined) return;
  if (!Array.isArray(items)) return fail(path, `expected a list, got ${describeValue(items)}`, source);
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
