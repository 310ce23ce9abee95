/**
 * The `yaml` package's parse, with bounds. `parseDocument` composes the tree recursively and its
 * parser does work per token in proportion to the nesting, so 40 KB of `[` overflows the stack
 * (once even a fatal V8 error) and 2 MB of unclosed flow lines take minutes. Here the lexer and
 * the parser are driven token by token: past `LIMITS.nesting` open collections, or past
 * `LIMITS.parseMs`, the parse stops with an error at the offset reached, before the composer
 * ever recurses that deep. Aliases are counted as if expanded before any data is built.
 */
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  Parser,
  type CST,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from "yaml";
import { LIMITS } from "./limits";
import type { Text } from "./messages";
import { YAML } from "./messages-load";

export type BoundedParse =
  | { ok: true; doc: Document.Parsed }
  | {
      ok: false;
      doc: Document.Parsed;
      offset: number;
      /** Why the parse stopped, in both languages. */
      text: Text;
      /** Syntax errors met before the parse stopped (offset, message), the first ones. */
      earlier?: Array<{ offset: number; message: string }>;
    };

/** Syntax errors after which composing stops: the first 20 are listed, the rest only counted. */
const MAX_SYNTAX_ERRORS = 1000;

type Options = ParseOptions & DocumentOptions & SchemaOptions;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly text: Text,
    readonly earlier: Array<{ offset: number; message: string }> = [],
  ) {
    super(text.en);
  }
}

type OnError = (source: unknown, code: string, message: string, warning?: boolean) => void;

function errorOffset(source: unknown): number {
  if (typeof source === "number") return source;
  if (Array.isArray(source)) return Number(source[0]) || 0;
  return Number((source as { offset?: number } | null)?.offset) || 0;
}

/** Line starts of `text`, as the parser would record them. */
export function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function* tokens(text: string, limits: { nesting: number; parseMs: number }): Generator<CST.Token> {
  const parser = new Parser();
  const started = Date.now();
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    // The document itself is the first entry of the stack.
    if (parser.stack.length - 1 > limits.nesting)
      throw new Stop(parser.offset, YAML.tooDeep({ limit: limits.nesting }));
    if (++count % 1024 === 0 && Date.now() - started > limits.parseMs)
      throw new Stop(parser.offset, YAML.tooSlow({ seconds: limits.parseMs / 1000 }));
  }
  yield* parser.end();
}

/** Parses the first document of `text` as `parseDocument` would, within the limits. */
export function parseBounded(
  text: string,
  options: Options,
  limits: { nesting: number; parseMs: number } = LIMITS,
): BoundedParse {
  const composer = new Composer(options);
  // One broken line can make the composer report an error per line below it: past
  // MAX_SYNTAX_ERRORS it stops, keeping the first ones (the composer's hook, an own property).
  const hooked = composer as unknown as { onError: OnError };
  const report = hooked.onError;
  const earlier: Array<{ offset: number; message: string }> = [];
  let errors = 0;
  let warnings = 0;
  hooked.onError = (source, code, message, warning) => {
    if (warning) {
      if (++warnings <= MAX_SYNTAX_ERRORS) report(source, code, message, warning);
      return;
    }
    if (earlier.length < 20) earlier.push({ offset: errorOffset(source), message });
    if (++errors > MAX_SYNTAX_ERRORS)
      throw new Stop(errorOffset(source), YAML.tooManyErrors({ limit: MAX_SYNTAX_ERRORS }), earlier);
    report(source, code, message, warning);
  };
  let doc: Document.Parsed | undefined;
  // Each syntax error is an Error object: without a stack to capture, 100,000 of them (2 MB of
  // broken lines) cost milliseconds, not seconds. Nothing reads those stacks.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const next of composer.compose(tokens(text, limits), true, text.length)) {
      if (!doc) doc = next;
      else {
        return { ok: false, doc, offset: next.range[0], text: YAML.multipleDocuments() };
      }
    }
  } catch (e) {
    const empty = parseDocument("", options);
    if (e instanceof Stop)
      return { ok: false, doc: empty, offset: e.offset, text: e.text, earlier: e.earlier };
    // A RangeError from deep inside the parser: refused the same way, at the start.
    return { ok: false, doc: empty, offset: 0, text: YAML.cannotParse({ detail: String(e) }) };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { ok: true, doc: doc ?? parseDocument("", options) };
}

type YamlNode = unknown;

/**
 * Offsets of keys given twice in one mapping. The `yaml` package's own check (`uniqueKeys`)
 * compares each key with every key before it, minutes for a mapping of 60,000 keys; a set per
 * mapping does it in one pass. Scalar keys only, compared as strings (as the data is built).
 */
export function duplicateKeys(doc: Document.Parsed): number[] {
  const found: number[] = [];
  const stack: YamlNode[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          if (seen.has(name)) found.push(key.range?.[0] ?? 0);
          else seen.add(name);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found.sort((a, b) => a - b);
}

/**
 * The first alias at which the values aliases stand for, counted as if expanded, pass `limit`;
 * its offset, or undefined when the document stays within it. An alias that contains itself
 * counts as past the limit.
 */
export function aliasOverflow(doc: Document.Parsed, limit: number = LIMITS.aliasValues): number | undefined {
  // One walk in document order resolves every alias to the last anchor of its name before it,
  // as the `yaml` package does (its own `resolve` walks the whole document once per alias).
  const targets = new Map<YamlNode, YamlNode>();
  const aliases: Array<{ node: YamlNode; offset: number }> = [];
  const anchors = new Map<string, YamlNode>();
  const items = (node: YamlNode): YamlNode[] => {
    if (isMap(node) || isSeq(node)) return node.items as YamlNode[];
    if (isPair(node)) return [node.key, node.value];
    return [];
  };
  const walk: YamlNode[] = [doc.contents];
  while (walk.length > 0) {
    const node = walk.pop();
    if (node === null || node === undefined || typeof node !== "object") continue;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      aliases.push({ node, offset: node.range?.[0] ?? 0 });
    }
    const children = items(node);
    for (let i = children.length - 1; i >= 0; i--) walk.push(children[i]);
  }
  if (aliases.length === 0) return undefined;
  const children = (node: YamlNode): YamlNode[] => {
    if (isAlias(node)) {
      const target = targets.get(node);
      return target === undefined ? [] : [target];
    }
    return items(node).filter((c) => c !== null && c !== undefined);
  };
  const sizes = new Map<YamlNode, number>();
  // Expanded size of a node, computed with an explicit stack: alias chains can be long.
  const sizeOf = (root: YamlNode): number => {
    const open = new Set<YamlNode>();
    const stack: YamlNode[] = [root];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      if (sizes.has(node)) {
        stack.pop();
        continue;
      }
      const pending = children(node).filter((c) => !sizes.has(c));
      if (pending.length > 0 && !open.has(node)) {
        open.add(node);
        for (const c of pending) {
          // An alias inside the node it names: it never ends.
          if (open.has(c)) return Infinity;
          stack.push(c);
        }
        continue;
      }
      stack.pop();
      open.delete(node);
      let size = 1;
      for (const c of children(node)) size += sizes.get(c) ?? Infinity;
      sizes.set(node, Math.min(size, Number.MAX_SAFE_INTEGER));
    }
    return sizes.get(root) ?? 0;
  };
  let total = 0;
  for (const { node, offset } of aliases) {
    // The alias node itself is one of the document's values; what it stands for is the rest.
    total += sizeOf(node) - 1;
    if (total > limit) return offset;
  }
  return undefined;
}
