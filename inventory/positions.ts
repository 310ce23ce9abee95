/**
 * Source positions of inventory elements. The YAML documents are kept (with their line counters)
 * and a path such as `applications[3].data.backup.target` is resolved by walking the document
 * from its root, so locating costs one step per path segment and nothing is precomputed.
 *
 * Lists appended from included files are indexed in the merged inventory; `SourceIndex` records
 * where each merged element came from, so a position points into the file that holds it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from "yaml";
import { formatPath, located, type InventoryError, type PathSegment, type SourceLocation } from "./errors";
import type { Text } from "./messages";
import { YAML } from "./messages-load";
import { LIMITS } from "./limits";
import { aliasOverflow, duplicateKeys, lineCounterOf, parseBounded } from "./yaml-bounded";

/** A parsed YAML file: its document (with source ranges) and the offsets of its lines. */
export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** What `parseYamlFile` found: the document, its data, and errors/warnings with positions. */
export interface ParsedYaml {
  parsed: ParsedFile;
  /** The document as plain data; undefined when the YAML is not usable. */
  data: unknown;
  errors: InventoryError[];
  warnings: InventoryError[];
}

// A document with more alias expansions than this is refused (the "billion laughs" attack);
// real inventories use none or a handful.
const MAX_ALIAS_COUNT = 200;
const MAX_SYNTAX_ERRORS = 20;
/** The yaml library's message for a repeated key, which duplicateKeys() also reports. */
const DUPLICATE_KEY = "Map keys must be unique";
/** Paths of syntax errors stop this deep: a path of hundreds of `[0]` helps nobody. */
const MAX_ERROR_PATH_DEPTH = 32;

/** Parses YAML text, turning every syntax problem into an error with its position. Never throws. */
export function parseYamlFile(text: string, file: string): ParsedYaml {
  const lines = lineCounterOf(text);
  // logLevel "error": problems become errors or warnings here, never process warnings on stderr.
  const bounded = parseBounded(text, { prettyErrors: false, uniqueKeys: false, logLevel: "error" });
  const doc = bounded.doc;
  const parsed: ParsedFile = { file, doc, lines };
  const at = (offset: number, text: Text): InventoryError => located(position(parsed, offset), "", text);
  const invalid = (message: string) =>
    message === DUPLICATE_KEY ? YAML.duplicateKey() : YAML.invalid({ detail: oneLine(message) });
  if (!bounded.ok) {
    const first = (bounded.earlier ?? []).map((e) => at(e.offset, invalid(e.message)));
    return {
      parsed,
      data: undefined,
      errors: [...first, at(bounded.offset, bounded.text)],
      warnings: [],
    };
  }
  // One broken bracket can make the parser repeat itself at every level below it: each distinct
  // error is reported once, and past MAX_SYNTAX_ERRORS the rest are counted, not listed.
  const seen = new Set<string>();
  const duplicates = duplicateKeys(doc).map((offset) => ({
    pos: [offset],
    message: DUPLICATE_KEY,
  }));
  const all = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
  const distinct = all.filter((e) => {
    const key = `${e.pos[0]} ${e.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const errors = distinct.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({
    ...at(e.pos[0], invalid(e.message)),
    path: formatPath(pathAtOffset(doc, e.pos[0])),
  }));
  if (distinct.length > MAX_SYNTAX_ERRORS) {
    const rest = distinct[MAX_SYNTAX_ERRORS];
    errors.push(at(rest.pos[0], YAML.moreErrors({ more: distinct.length - MAX_SYNTAX_ERRORS })));
  }
  const warnings = doc.warnings.map((w) => at(w.pos[0], YAML.warning({ detail: oneLine(w.message) })));
  if (errors.length > 0) return { parsed, data: undefined, errors, warnings };
  const overflow = aliasOverflow(doc);
  if (overflow !== undefined) {
    return {
      parsed,
      data: undefined,
      errors: [at(overflow, YAML.aliasBomb({ limit: LIMITS.aliasValues }))],
      warnings,
    };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { parsed, data, errors, warnings };
  } catch (e) {
    const offset = firstAliasOffset(doc) ?? 0;
    const reason = e instanceof Error ? e.message : String(e);
    return {
      parsed,
      data: undefined,
      errors: [at(offset, YAML.invalid({ detail: oneLine(reason) }))],
      warnings,
    };
  }
}

function oneLine(message: string): string {
  return message.split("\n")[0].trim();
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || !node) return;
    if (isAlias(node)) found = node.range?.[0];
    else if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item);
    else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    }
  };
  visit(doc.contents);
  return found;
}

/**
 * Path of the deepest node of the document that contains `offset`: where a syntax error is, as far
 * as the (partial) document tells. The top-level path is empty.
 */
export function pathAtOffset(doc: Document.Parsed, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  const contains = (node: unknown) => {
    const range =
      node && typeof node === "object" && "range" in node
        ? (node as { range?: number[] | null }).range
        : null;
    return !!range && range[0] <= offset && offset < range[2];
  };
  let node: unknown = doc.contents;
  while (path.length < MAX_ERROR_PATH_DEPTH) {
    if (isMap(node)) {
      const pair = node.items.find((p) => contains(p.key) || contains(p.value));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      if (!contains(pair.value)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => contains(item));
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else return path;
  }
  return path;
}

/** Position of a character offset in a parsed file (1-based line and column). */
export function position(parsed: ParsedFile, offset: number): SourceLocation {
  const { line, col } = parsed.lines.linePos(Math.max(0, offset));
  return { file: parsed.file, line: Math.max(1, line), column: Math.max(1, col) };
}

function nodeOffset(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return undefined;
}

interface Step {
  /** The node reached (a value node), or the pair's key when the value is empty. */
  node: unknown;
  keyNode?: unknown;
}

/** One step down from a node: a key of a mapping or an index of a sequence. */
function stepInto(
  doc: Document.Parsed,
  node: unknown,
  seg: PathSegment,
  oldNames: ReadonlyMap<string, string>,
): Step | null {
  let current = node;
  if (isAlias(current)) current = current.resolve(doc);
  if (typeof seg === "number") {
    if (!isSeq(current)) return null;
    const item: unknown = current.items[seg];
    return item === undefined ? null : { node: item };
  }
  if (!isMap(current)) return null;
  const find = (name: string) =>
    current.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === name);
  const old = oldNames.get(seg);
  const pair = find(seg) ?? (old === undefined ? undefined : find(old));
  if (!pair) return null;
  return { node: nodeOffset(pair.value) === undefined ? pair.key : pair.value, keyNode: pair.key };
}

/** Where an element of a merged list came from: a file and the element's path in it. */
interface Origin {
  source: { readonly parsed: ParsedFile };
  path: PathSegment[];
}

/** Paths of the lists that included files append to. */
export const MERGED_LISTS = ["agencies", "sites", "applications", "colocation", "gateway.services"] as const;
export type MergedList = (typeof MERGED_LISTS)[number];

/**
 * Resolves inventory paths to positions in the region file or the included file holding them.
 * Sources are asked for their parsed document only when a position is wanted.
 */
export class SourceIndex {
  private readonly origins = new Map<MergedList, Origin[]>();

  /**
   * @param oldNames deprecated key names by their new name: a path written with the new name
   *   still finds a key the file spells the old way.
   */
  constructor(
    readonly root: { readonly file: string; readonly parsed: ParsedFile },
    private readonly oldNames: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** Records that element `index` of a merged list is the element at `path` of `source`. */
  setOrigin(list: MergedList, index: number, source: Origin["source"], path: PathSegment[]): void {
    let entries = this.origins.get(list);
    if (!entries) this.origins.set(list, (entries = []));
    entries[index] = { source, path };
  }

  /**
   * Position of the node at `path`, or of its nearest existing ancestor when the path goes further
   * than the document (a missing key points at the mapping that lacks it). With `atKey`, points at
   * the last segment's key rather than its value (an unknown or deprecated key).
   */
  locate(path: readonly PathSegment[], atKey = false): SourceLocation & { exact: boolean } {
    let parsed = this.root.parsed;
    let node: unknown = parsed.doc.contents;
    let rest = path;
    const listLength = path[0] === "gateway" && path[1] === "services" ? 2 : 1;
    const list = path.slice(0, listLength).join(".") as MergedList;
    const index = path[listLength];
    const origin = typeof index === "number" ? this.origins.get(list)?.[index] : undefined;
    if (origin) {
      parsed = origin.source.parsed;
      node = nodeAt(parsed, origin.path);
      rest = path.slice(listLength + 1);
    }
    return locateFrom(parsed, node, rest, atKey, this.oldNames);
  }
}

/** Position of the node at `path` of one file (see `SourceIndex.locate`). */
export function locateInFile(parsed: ParsedFile, path: readonly PathSegment[], atKey = false) {
  return locateFrom(parsed, parsed.doc.contents, path, atKey, new Map());
}

/** The YAML node at `path` of one file, or undefined. */
export function nodeAt(parsed: ParsedFile, path: readonly PathSegment[]): unknown {
  let node: unknown = parsed.doc.contents;
  for (const seg of path) {
    const step = stepInto(parsed.doc, node, seg, new Map());
    if (!step) return undefined;
    node = step.node;
  }
  return node;
}

function locateFrom(
  parsed: ParsedFile,
  start: unknown,
  path: readonly PathSegment[],
  atKey: boolean,
  oldNames: ReadonlyMap<string, string>,
): SourceLocation & { exact: boolean } {
  let node = start;
  let keyNode: unknown;
  let exact = true;
  for (const seg of path) {
    const step = stepInto(parsed.doc, node, seg, oldNames);
    if (!step) {
      exact = false;
      break;
    }
    node = step.node;
    keyNode = step.keyNode;
  }
  const target = atKey && exact && keyNode !== undefined ? keyNode : node;
  return { ...position(parsed, nodeOffset(target) ?? 0), exact };
}
