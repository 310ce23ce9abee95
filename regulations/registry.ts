/**
 * The regulations the toolkit knows: every `<key>.yaml` data file in this folder, and in each
 * folder `SPBE_REGULATIONS_PATH` names (path-delimiter separated), so a region governed by a
 * regulation the project does not carry yet needs a data file and its text, not code. Loaded on
 * first use; a broken data file stops with every problem located (file:line:col path: what).
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { formatError } from "../inventory/errors";
import { OBLIGATION_IDS } from "../policies/catalog";
import { loadRegulationFile } from "./loader";
import type { ObligationEntry, RegulationArticle, RegulationData, Terms, Word } from "./schema";

export const REGULATIONS_DIR = __dirname;

export interface Regulation extends RegulationData {
  /** Absolute path of the data file. */
  dataFile: string;
  /** Absolute path of the text. */
  textFile: string;
}

let loaded: Map<string, Regulation> | undefined;
let loadedFor: string | undefined;

function folders(): string[] {
  const extra = (process.env.SPBE_REGULATIONS_PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  return [REGULATIONS_DIR, ...extra.map((d) => path.resolve(d))];
}

function loadAll(): Map<string, Regulation> {
  const key = folders().join(path.delimiter);
  if (loaded && loadedFor === key) return loaded;
  const out = new Map<string, Regulation>();
  const problems: string[] = [];
  for (const dir of folders()) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n));
    } catch (e) {
      problems.push(`${dir}: cannot read the regulations folder (${(e as { code?: string }).code ?? e})`);
      continue;
    }
    for (const n of names.sort()) {
      const file = path.join(dir, n);
      const r = loadRegulationFile(file, { obligationIds: OBLIGATION_IDS });
      if (!r.ok) {
        problems.push(...r.errors.map(formatError));
        continue;
      }
      const prior = out.get(r.data.key);
      if (prior) problems.push(`${file}: regulation '${r.data.key}' is already defined by ${prior.dataFile}`);
      else out.set(r.data.key, { ...r.data, dataFile: file, textFile: r.textFile });
    }
  }
  if (problems.length > 0) throw new Error(`invalid regulation data:\n${problems.join("\n")}`);
  loaded = out;
  loadedFor = key;
  return out;
}

/** The keys of every regulation with a data file, sorted. */
export function regulationKeys(): string[] {
  return [...loadAll().keys()].sort();
}

export function hasRegulation(key: string): boolean {
  return loadAll().has(key);
}

/** The regulation with this key; throws naming the known ones. */
export function regulation(key: string): Regulation {
  const r = loadAll().get(key);
  if (!r) throw new Error(`no regulation data file for '${key}' (known: ${regulationKeys().join(", ")})`);
  return r;
}

function entry(obligationId: string, key: string): ObligationEntry {
  const e = regulation(key).obligations[obligationId];
  if (!e) throw new Error(`Unknown obligation ID '${obligationId}' for regulation '${key}'`);
  return e;
}

/** The articles that oblige, or null where the regulation is silent. */
export function articlesOf(obligationId: string, key: string): RegulationArticle[] | null {
  const e = entry(obligationId, key);
  return "articles" in e ? e.articles : null;
}

/** The terms the rule applies where the regulation obliges; null where it is silent. */
export function termsOf(obligationId: string, key: string): Terms | null {
  const e = entry(obligationId, key);
  return "articles" in e ? (e.terms ?? {}) : null;
}

/** The silent entry (why, and the articles that mention the matter), or null where it obliges. */
export function silenceOf(
  obligationId: string,
  key: string,
): Extract<ObligationEntry, { silent: string }> | null {
  const e = entry(obligationId, key);
  return "silent" in e ? e : null;
}

/** The regulation's own word for a concept, else the toolkit's `fallback`. */
export function wordOf(key: string, word: Word, fallback: string): string {
  return regulation(key).words[word] ?? fallback;
}

/** Forgets what was loaded (tests that add a folder through SPBE_REGULATIONS_PATH reload anyway). */
export function resetRegulations(): void {
  loaded = undefined;
  loadedFor = undefined;
}
