/**
 * DOT → SVG in-process with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz): no `dot`
 * binary, no network. The module is ESM-only, hence `await import()`; one instance is loaded per
 * process (loading compiles the WASM, ~100 ms) and reused.
 */
type GraphvizInstance = { dot(src: string, format?: "svg"): string };

let instance: Promise<GraphvizInstance> | undefined;

async function graphviz(): Promise<GraphvizInstance> {
  instance ??= import("@hpcc-js/wasm-graphviz").then((m) => m.Graphviz.load());
  return instance;
}

/** The SVG of a DOT graph, as a standalone document (with its XML prolog). Throws on bad DOT. */
export async function renderSvg(dot: string): Promise<string> {
  const gv = await graphviz();
  return gv.dot(dot, "svg");
}

/** An SVG document without its XML declaration and DOCTYPE, for inlining in HTML. */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, "")
    .replace(/^\s*<!DOCTYPE[^>]*>\s*/, "")
    .replace(/^\s*<!--[\s\S]*?-->\s*/g, "")
    .trim();
}
