/**
 * User messages in two languages: Bahasa Indonesia first, English beside it. Every message of
 * the loader (and of the address plan and regulation loader that reuse it) comes from one catalog
 * entry, a pair of templates over the same parameters, so that no message exists in one language
 * only. A catalog names its entries `<catalog>.<entry>`; `allCatalogs()` lists them for the test
 * that holds every entry to both languages.
 */

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** A text in both languages. */
export interface Text {
  id: string;
  en: string;
}

/** A text from the catalog, with the entry it came from. */
export interface Message extends Text {
  key: string;
}

/** The two templates of one entry: the same parameters, one sentence per language. */
export interface Template<P> {
  id: (p: P) => string;
  en: (p: P) => string;
}

type Templates = Record<string, Template<never>>;
type Builders<T extends Templates> = {
  [K in keyof T]: (...p: Parameters<T[K]["id"]>) => Message;
};

const REGISTRY = new Map<string, Templates>();

/**
 * Declares the entries of one catalog; returns a builder per entry, `M.unknownKey({ key })` →
 * `{ key: "schema.unknownKey", id: "…", en: "…" }`.
 */
export function catalog<T extends Templates>(name: string, templates: T): Builders<T> {
  if (REGISTRY.has(name)) throw new Error(`message catalog ${name} is declared twice`);
  REGISTRY.set(name, templates);
  const out: Record<string, (p?: unknown) => Message> = {};
  for (const [entry, t] of Object.entries(templates)) {
    const { id, en } = t as unknown as Template<unknown>;
    out[entry] = (p?: unknown) => ({ key: `${name}.${entry}`, id: id(p), en: en(p) });
  }
  return out as Builders<T>;
}

/** Every catalog declared so far (its module imported), by name. */
export function allCatalogs(): ReadonlyMap<string, Readonly<Record<string, Template<never>>>> {
  return REGISTRY;
}

/** One text per language: `same("10.0.0.0/8")` for a value that reads the same in both. */
export function same(text: string): Text {
  return { id: text, en: text };
}

/** Texts joined language by language. */
export function joinText(parts: readonly Text[], sep = ""): Text {
  return { id: parts.map((p) => p.id).join(sep), en: parts.map((p) => p.en).join(sep) };
}

/**
 * The language of the CLI: `--lang` when given, else `SPBE_LANG`, else Bahasa Indonesia.
 * Returns an error sentence (in both languages) for any other value.
 */
export function chooseLang(flag: unknown, env: string | undefined = process.env.SPBE_LANG): Lang | Text {
  const given = typeof flag === "string" ? flag : env !== undefined && env !== "" ? env : "id";
  if (given === "id" || given === "en") return given;
  const source = typeof flag === "string" ? "--lang" : "SPBE_LANG";
  return LANG.unknown({ source, shown: JSON.stringify(given) });
}

const LANG = catalog("lang", {
  unknown: {
    id: (p: { source: string; shown: string }) => `${p.source} harus id atau en, bukan ${p.shown}`,
    en: (p: { source: string; shown: string }) => `${p.source} must be id or en, got ${p.shown}`,
  },
});
