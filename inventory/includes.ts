/**
 * `include:` lets a large province split its inventory: each included file holds more elements
 * of the region's lists, appended in order. An included file may hold only those lists (and
 * its own `include:`), so that one region file keeps the region, the network and the policies'
 * settings, and nothing is declared twice.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { describeValue, formatPath, type InventoryError, type PathSegment } from "./errors";
import {
  locateInFile,
  nodeAt,
  parseYamlFile,
  type MergedList,
  type ParsedFile,
  type SourceIndex,
} from "./positions";

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

/** Appends the lists of the files `data.include` names (recursively) to `merged`. */
export function mergeIncludes(merged: Mapping, index: SourceIndex): IncludeOutcome {
  const outcome: IncludeOutcome = { errors: [], warnings: [], files: [] };
  const visiting = new Set([resolve(index.root.file)]);
  include(index.root, merged, merged, index, outcome, visiting);
  return outcome;
}

function include(
  from: ParsedFile,
  data: Mapping,
  merged: Mapping,
  index: SourceIndex,
  out: IncludeOutcome,
  visiting: Set<string>,
) {
  const entries = data.include;
  // A malformed `include` of the region file is the schema's to report.
  if (!Array.isArray(entries)) return;
  entries.forEach((entry, i) => {
    if (typeof entry !== "string" || entry === "") return;
    const fail = (path: PathSegment[], message: string, parsed = from, atKey = false) => {
      const { file, line, column } = locateInFile(parsed, path, atKey);
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
    const parsedYaml = parseYamlFile(text, file);
    out.errors.push(...parsedYaml.errors);
    out.warnings.push(...parsedYaml.warnings);
    if (parsedYaml.errors.length > 0) return;
    const parsed = parsedYaml.parsed;
    const part = parsedYaml.data;
    if (!isMapping(part)) {
      return fail(
        [],
        `expected a mapping with ${LISTS.join(", ")} or gateway.services, got ${describeValue(part)}`,
        parsed,
      );
    }
    for (const key of Object.keys(part)) {
      if (!ALLOWED.has(key)) {
        fail(
          [key],
          `unknown key "${key}": an included file holds only ${LISTS.join(", ")}, gateway.services and include`,
          parsed,
          true,
        );
      }
    }
    for (const key of LISTS) append(key, [key], part[key], merged, parsed, index, fail);
    const gateway = part.gateway;
    if (gateway !== undefined) {
      if (!isMapping(gateway))
        fail(["gateway"], `expected a mapping holding services, got ${describeValue(gateway)}`, parsed);
      else {
        for (const key of Object.keys(gateway)) {
          if (key !== "services")
            fail(
              ["gateway", key],
              `unknown key "${key}": an included gateway holds only services`,
              parsed,
              true,
            );
        }
        if (merged.gateway === undefined) {
          fail(
            ["gateway"],
            "gateway.services are included but the region file declares no gateway",
            parsed,
            true,
          );
        } else if (isMapping(merged.gateway))
          append(
            "gateway.services",
            ["gateway", "services"],
            gateway.services,
            merged.gateway,
            parsed,
            index,
            fail,
          );
      }
    }
    visiting.add(target);
    include(parsed, part, merged, index, out, visiting);
    visiting.delete(target);
  });
}

/** Appends `items` (the list at `path` of an included file) to the merged list, recording origins. */
function append(
  list: MergedList,
  path: PathSegment[],
  items: unknown,
  into: Mapping,
  parsed: ParsedFile,
  index: SourceIndex,
  fail: (path: PathSegment[], message: string, parsed: ParsedFile) => void,
) {
  if (items === undefined) return;
  if (!Array.isArray(items)) return fail(path, `expected a list, got ${describeValue(items)}`, parsed);
  const key = path[path.length - 1] as string;
  const existing = into[key];
  // A region list of the wrong type is reported by the schema; appending to it would hide that.
  if (existing !== undefined && !Array.isArray(existing)) return;
  const target = (into[key] = (existing as unknown[] | undefined) ?? []);
  items.forEach((item, j) => {
    index.setOrigin(list, target.length, parsed, nodeAt(parsed, [...path, j]));
    target.push(item);
  });
}
