/**
 * Loads a regulation data file (`<key>.yaml`) the way the inventory loader loads a region: YAML
 * with positions, the zod schema, then the checks that need the whole file (every obligation ID
 * answered, the text beside it). Every problem comes back with file:line:col and its path; it
 * never throws. `verifyQuotes` holds each quote to the text (`spbe regulation check`).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { formatPath, located, sortErrors, type InventoryError, type PathSegment } from "../inventory/errors";
import type { Text } from "../inventory/messages";
import { problemsFromIssues } from "../inventory/issues";
import { locateInFile, parseYamlFile, type ParsedFile } from "../inventory/positions";
import { regulationSchema, type RegulationData } from "./schema";
import { misplacement, parseText, ws } from "./text";
import { REGULATION } from "./messages";

export type RegulationLoad =
  | { ok: true; data: RegulationData; file: string; textFile: string; parsed: ParsedFile }
  | { ok: false; errors: InventoryError[] };

export interface LoadRegulationOptions {
  /** The obligation IDs every data file must answer (silent or articles), in their order. */
  obligationIds: readonly string[];
}

function at(parsed: ParsedFile, p: PathSegment[], message: Text, atKey = false): InventoryError {
  const { line, column } = locateInFile(parsed, p, atKey);
  return located({ file: parsed.file, line, column }, formatPath(p), message);
}

/** Loads and checks one data file. Never throws. */
export function loadRegulationFile(file: string, opts: LoadRegulationOptions): RegulationLoad {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code ?? String(e);
    return {
      ok: false,
      errors: [located({ file, line: 1, column: 1 }, "", REGULATION.cannotRead({ code }))],
    };
  }
  const read = parseYamlFile(text, file);
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const parsed = read.parsed;
  const result = regulationSchema.safeParse(read.data);
  if (!result.success) {
    const errors = problemsFromIssues(result.error.issues, read.data, regulationSchema).map((p) =>
      at(parsed, p.path, p.message, p.atKey),
    );
    return { ok: false, errors: sortErrors(errors) };
  }
  const data = result.data;
  const errors: InventoryError[] = [];
  const base = path.basename(file).replace(/\.ya?ml$/, "");
  if (data.key !== base) errors.push(at(parsed, ["key"], REGULATION.keyNotFileName({ base, key: data.key })));
  const known = new Set(opts.obligationIds);
  const missing = opts.obligationIds.filter((id) => !(id in data.obligations));
  if (missing.length > 0)
    errors.push(
      at(parsed, ["obligations"], REGULATION.missingObligations({ ids: missing.join(", ") }), true),
    );
  for (const id of Object.keys(data.obligations))
    if (!known.has(id))
      errors.push(
        at(
          parsed,
          ["obligations", id],
          REGULATION.unknownObligation({ id, known: [...known].join(", ") }),
          true,
        ),
      );
  const textFile = path.join(path.dirname(file), data.text);
  if (!existsSync(textFile)) errors.push(at(parsed, ["text"], REGULATION.noText({ text: data.text })));
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, data, file, textFile, parsed };
}

/**
 * Every quote of a loaded data file against its text: verbatim (whitespace-normalised, "…"
 * marks a cut) and within the Pasal, ayat and huruf its ref names; also the title in the
 * heading and the portal domain in the text. Each problem is located at the quote.
 */
export function verifyQuotes(load: Extract<RegulationLoad, { ok: true }>): InventoryError[] {
  const t = parseText(readFileSync(load.textFile, "utf8"));
  const errors: InventoryError[] = [];
  const { data, parsed } = load;
  if (!ws(t.text.slice(0, 600)).toUpperCase().includes(ws(data.title).toUpperCase()))
    errors.push(at(parsed, ["title"], REGULATION.titleNotInHeading({ text: data.text })));
  if (data.portalDomain !== null && !t.text.includes(data.portalDomain))
    errors.push(
      at(
        parsed,
        ["portalDomain"],
        REGULATION.domainNotInText({ domain: data.portalDomain, text: data.text }),
      ),
    );
  for (const [id, entry] of Object.entries(data.obligations)) {
    const list = "articles" in entry ? entry.articles : (entry.refs ?? []);
    const key = "articles" in entry ? "articles" : "refs";
    list.forEach((a, i) => {
      if (a.quote === undefined) return;
      if (ws(a.quote.replace(/…/g, "")).length < 10)
        errors.push(at(parsed, ["obligations", id, key, i, "quote"], REGULATION.emptyQuote()));
      const wrong = misplacement(t, a.ref, a.quote);
      if (wrong)
        errors.push(
          at(
            parsed,
            ["obligations", id, key, i, "quote"],
            REGULATION.misplaced({ ref: a.ref, text: data.text, wrong }),
          ),
        );
    });
  }
  return sortErrors(errors);
}
