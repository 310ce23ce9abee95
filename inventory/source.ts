/**
 * An inventory file's text, read two ways. The `yaml` package keeps every node's source range,
 * so it is the authority for syntax errors and positions, but it parses about 3 MB/s: a 2,000-app
 * province takes half a second. js-yaml builds the same data ten times faster without positions.
 * The loader reads with js-yaml first and parses with `yaml` only when positions are asked for
 * (an error to report, `locate()`), and it reruns the whole load with `yaml` whenever anything is
 * wrong, so every error reported comes from the authoritative parser.
 *
 * The two agree on the data of every document both accept (the YAML 1.2 core schema, checked
 * on 20,000 random corruptions of the example regions: js-yaml never accepted a document `yaml`
 * rejects). Anchors and aliases always take the `yaml` path, which limits their expansion.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import type { InventoryError } from "./errors";
import { screenText } from "./text-screen";
import { parseYamlFile, type ParsedFile, type ParsedYaml } from "./positions";

/** An anchor (`&a`) or alias (`*a`) token, or something that might be one: those go the slow way. */
const MAYBE_ALIAS = /(^|[\s[{,:-])[&*][^\s,\]}]/m;

export class SourceFile {
  private slow?: ParsedYaml;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** The `yaml` package's reading of the file, parsed on first use. */
  get yaml(): ParsedYaml {
    return (this.slow ??= parseYamlFile(this.text, this.file));
  }

  get parsed(): ParsedFile {
    return this.yaml.parsed;
  }
}

export interface SourceData {
  /** The document as plain data; undefined when the YAML is not usable. */
  data: unknown;
  errors: InventoryError[];
  warnings: InventoryError[];
}

/** The file's data: with js-yaml when `fast` and it parses, else with `yaml` and its errors. */
export function readSource(source: SourceFile, fast: boolean): SourceData {
  // Control characters are refused before either parser sees the text (see text-screen.ts).
  const control = screenText(source.text, source.file);
  if (control) return { data: undefined, errors: [control], warnings: [] };
  if (fast && !MAYBE_ALIAS.test(source.text)) {
    try {
      const data: unknown = load(source.text, { schema: CORE_SCHEMA, filename: source.file });
      // An empty document: js-yaml says undefined where `yaml` says null.
      return { data: data === undefined ? null : data, errors: [], warnings: [] };
    } catch {
      // Not readable by js-yaml: the authoritative parser says why, with positions.
    }
  }
  const { data, errors, warnings } = source.yaml;
  // A copy: the loader appends included lists to the data, and a second round reads it again.
  return { data: structuredClone(data), errors, warnings };
}
