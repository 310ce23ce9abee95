/**
 * Messages of the pack config (config.ts, defaults.ts): what a `--policy-config` /
 * `--policy-pack-config` file or the engine's per-policy config got wrong, in Bahasa Indonesia
 * and English. The English sentences are the ones the pack has always said (callers match them).
 */
import { catalog, type Message } from "../inventory/messages";

type Key = { key: string };
type Values = { values: string };

export const CONFIG = catalog("pack-config", {
  notObject: {
    id: () => "diharapkan objek dengan regulation, all, rules, exemptions",
    en: () => "expected an object with regulation, all, rules, exemptions",
  },
  unknownKey: {
    id: (p: Key) => `kunci tidak dikenal '${p.key}'`,
    en: (p: Key) => `unknown key '${p.key}'`,
  },
  oneOf: {
    id: (p: Values) => `diharapkan salah satu dari ${p.values}`,
    en: (p: Values) => `expected one of ${p.values}`,
  },
  date: {
    id: () => "diharapkan tanggal YYYY-MM-DD",
    en: () => "expected a date YYYY-MM-DD",
  },
  idOrEn: { id: () => "diharapkan id atau en", en: () => "expected id or en" },
  rulesObject: {
    id: () => "diharapkan objek nama aturan → tingkat penegakan",
    en: () => "expected an object of rule name → enforcement level",
  },
  list: { id: () => "diharapkan daftar", en: () => "expected a list" },
  object: { id: () => "diharapkan objek", en: () => "expected an object" },
  requiredText: { id: () => "wajib berisi teks", en: () => "required text" },
  text: { id: () => "diharapkan teks", en: () => "expected text" },
  notJson: {
    id: (p: { why: string }) =>
      `bukan JSON (${p.why}); yang diharapkan objek JSON yang dibaca --policy-pack-config`,
    en: (p: { why: string }) => `not JSON (${p.why}); expected the JSON object --policy-pack-config reads`,
  },
  fileNotObject: {
    id: () => 'diharapkan objek JSON berisi "all" dan nama kebijakan',
    en: () => 'expected a JSON object of "all" and policy names',
  },
  noSuchPolicy: {
    id: () =>
      'tidak ada kebijakan paket dengan nama ini; yang diharapkan "all" atau nama kebijakan (policies/README.md mencantumkannya)',
    en: () =>
      'no policy of the pack has this name; expected "all" or a policy name (policies/README.md lists them)',
  },
  levelOrObject: {
    id: (p: Values) => `diharapkan tingkat penegakan (${p.values}) atau objek`,
    en: (p: Values) => `expected an enforcement level (${p.values}) or an object`,
  },
  notFileSetting: {
    id: () =>
      "bukan pengaturan berkas; regulasi berasal dari inventaris stack dan tanggal dari jam (spbe check --today)",
    en: () =>
      "not a file setting; the regulation comes from the stack's inventory and the date from the clock (spbe check --today)",
  },
  entryUnknownKey: {
    id: (p: { allowed: string; all: boolean }) =>
      `kunci tidak dikenal; yang diharapkan ${p.allowed.replace(" or ", " atau ")}${p.all ? ' (engine tidak memberikan kunci lain dari "all" kepada kebijakan mana pun)' : ""}`,
    en: (p: { allowed: string; all: boolean }) =>
      `unknown key; expected ${p.allowed}${p.all ? ' (the engine gives other keys of "all" to no policy)' : ""}`,
  },
  exemptionRule: {
    id: (p: Key) => `diharapkan '${p.key}' (pengecualian diletakkan di bawah aturan yang dikecualikannya)`,
    en: (p: Key) => `expected '${p.key}' (an exemption sits under the rule it exempts)`,
  },
  exemptionReason: {
    id: () => "wajib berisi teks (pengecualian tanpa alasan tidak berlaku)",
    en: () => "required text (an exemption without a reason does not apply)",
  },
  defaultsObject: {
    id: () => "diharapkan objek berisi nilai bawaan toolkit",
    en: () => "expected an object of toolkit defaults",
  },
  wholeNumber: {
    id: () => "diharapkan bilangan bulat ≥ 0",
    en: () => "expected a whole number ≥ 0",
  },
  issuerList: { id: () => "diharapkan daftar penerbit", en: () => "expected a list of issuers" },
  issuersObject: {
    id: () => "diharapkan { operasi, keamanan }",
    en: () => "expected { operasi, keamanan }",
  },
  controlList: { id: () => "diharapkan daftar kontrol", en: () => "expected a list of controls" },
  trueOrFalse: { id: () => "diharapkan true atau false", en: () => "expected true or false" },
  unknownDefault: {
    id: (p: Key & { known: string }) =>
      `nilai bawaan toolkit tidak dikenal '${p.key}' (yang dikenal: ${p.known})`,
    en: (p: Key & { known: string }) => `unknown toolkit default '${p.key}' (known: ${p.known})`,
  },
});

/**
 * A pack config the pack cannot take: `where` (the file or "policy config", and the key path)
 * and what was expected, in Bahasa Indonesia (`id`) and English (`en`). `message` holds both,
 * Indonesian first, for the engine's log, which shows the message only.
 */
export class PackConfigError extends Error {
  override name = "PackConfigError";
  readonly id: string;
  readonly en: string;
  readonly key: string;
  constructor(
    readonly where: string,
    readonly what: Message,
  ) {
    const id = `${where}: ${what.id}`;
    const en = `${where}: ${what.en}`;
    super(`${id}\nEN: ${en}`);
    this.id = id;
    this.en = en;
    this.key = what.key;
  }
}

/** Throws the PackConfigError for `what` at `where`. */
export function fail(where: string, what: Message): never {
  throw new PackConfigError(where, what);
}
