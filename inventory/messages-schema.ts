/**
 * Messages of the schema: zod's issues, by issue code (issues.ts picks the entry), and the value
 * formats the fields expect (`an id: …`, `an IPv4 network in CIDR form …`).
 *
 * A format is given to zod as the check's own message (`.regex(ID, expects("id"))`), in English,
 * so that the schema used on its own (`inventorySchema.parse`) still says what it wants; issues.ts
 * finds the format's entry again by that message and shows it in both languages.
 */
import { catalog, same, type Message, type Text } from "./messages";

type Got = { got: Text };
type Expected = Got & { expected: Text };
type Size = { cmp: Text; bound: number; got: Text };

export const SCHEMA = catalog("schema", {
  missingKeyOf: {
    id: (p: { key: string; expected: Text }) => `kunci "${p.key}" tidak ada (diharapkan ${p.expected.id})`,
    en: (p: { key: string; expected: Text }) => `missing key "${p.key}" (expected ${p.expected.en})`,
  },
  missingKey: {
    id: (p: { key: string }) => `kunci "${p.key}" tidak ada`,
    en: (p: { key: string }) => `missing key "${p.key}"`,
  },
  expected: {
    id: (p: Expected) => `diharapkan ${p.expected.id}, ditemukan ${p.got.id}`,
    en: (p: Expected) => `expected ${p.expected.en}, got ${p.got.en}`,
  },
  unknownKey: {
    id: (p: { key: string; hint: string }) =>
      `kunci tidak dikenal "${p.key}"${p.hint ? ` (maksudnya "${p.hint}"?)` : ""}`,
    en: (p: { key: string; hint: string }) =>
      `unknown key "${p.key}"${p.hint ? ` (did you mean "${p.hint}"?)` : ""}`,
  },
  items: {
    id: (p: Size) => `diharapkan ${p.cmp.id} ${p.bound} butir, ditemukan ${p.got.id}`,
    en: (p: Size) => `expected ${p.cmp.en} ${p.bound} item${p.bound === 1 ? "" : "s"}, got ${p.got.en}`,
  },
  characters: {
    id: (p: Size) => `diharapkan ${p.cmp.id} ${p.bound} karakter, ditemukan ${p.got.id}`,
    en: (p: Size) => `expected ${p.cmp.en} ${p.bound} character${p.bound === 1 ? "" : "s"}, got ${p.got.en}`,
  },
  number: {
    id: (p: Size) => `diharapkan bilangan ${p.cmp.id} ${p.bound}, ditemukan ${p.got.id}`,
    en: (p: Size) => `expected a number ${p.cmp.en} ${p.bound}, got ${p.got.en}`,
  },
  selectorKeys: {
    id: (p: { keys: string; got: Text }) =>
      `diharapkan pemetaan dengan salah satu kunci ${p.keys}, ditemukan ${p.got.id}`,
    en: (p: { keys: string; got: Text }) =>
      `expected a mapping with one of the keys ${p.keys}, got ${p.got.en}`,
  },
  noForm: {
    id: (p: Got) => `tidak cocok dengan bentuk mana pun yang diizinkan, ditemukan ${p.got.id}`,
    en: (p: Got) => `matches none of the allowed forms, got ${p.got.en}`,
  },
  /** Issue codes the inventory's schema does not raise: zod's own sentence in each language. */
  other: {
    id: (p: Text & Got) => `${p.id}, ditemukan ${p.got.id}`,
    en: (p: Text & Got) => `${p.en}, got ${p.got.en}`,
  },
});

/** What a value is expected to be, and how a found value is named. */
export const NOUN = catalog("noun", {
  string: { id: () => "teks (string)", en: () => "a string" },
  number: { id: () => "bilangan", en: () => "a number" },
  int: { id: () => "bilangan bulat", en: () => "a whole number" },
  boolean: { id: () => "true atau false", en: () => "true or false" },
  object: { id: () => "pemetaan", en: () => "a mapping" },
  array: { id: () => "daftar", en: () => "a list" },
  oneOf: {
    id: (p: { values: string }) => `salah satu dari ${p.values}`,
    en: (p: { values: string }) => `one of ${p.values}`,
  },
  nothing: { id: () => "tidak ada apa-apa", en: () => "nothing" },
  empty: { id: () => "nilai kosong", en: () => "an empty value" },
  timestamp: { id: () => "stempel waktu", en: () => "a timestamp" },
  emptyMapping: { id: () => "pemetaan kosong", en: () => "an empty mapping" },
  atLeast: { id: () => "sedikitnya", en: () => "at least" },
  moreThan: { id: () => "lebih dari", en: () => "more than" },
  atMost: { id: () => "paling banyak", en: () => "at most" },
  lessThan: { id: () => "kurang dari", en: () => "less than" },
});

export const EXPECTED_NOUNS: Record<string, () => Message> = {
  string: NOUN.string,
  number: NOUN.number,
  int: NOUN.int,
  boolean: NOUN.boolean,
  object: NOUN.object,
  array: NOUN.array,
};

/** How a value the user wrote is named in a message: `"cloud"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): Text {
  if (value === undefined) return NOUN.nothing();
  if (value === null) return NOUN.empty();
  if (typeof value === "string") {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return { id: shown, en: shown };
  }
  if (typeof value === "number" || typeof value === "boolean") return same(String(value));
  if (Array.isArray(value)) return NOUN.array();
  if (value instanceof Date) return NOUN.timestamp();
  if (typeof value === "object") return Object.keys(value).length === 0 ? NOUN.emptyMapping() : NOUN.object();
  return { id: typeof value, en: typeof value };
}
