/**
 * The 44 infrastructure obligations (policies/catalog.ts) and which regulations oblige each: a
 * regulation obliges where its data file (regulations/<key>.yaml) cites articles, and is silent
 * (the rule runs as advisory there) where it says `silent`.
 */
import { OBLIGATIONS } from "./catalog";
import type { Obligation } from "./obligation-types";
import { articlesOf, regulationKeys } from "../regulations/registry";

export type { Area, Obligation } from "./obligation-types";
export { OBLIGATIONS } from "./catalog";

const BY_ID = new Map(OBLIGATIONS.map((o) => [o.id, o]));

/** The obligation with this ID; throws naming the ID when there is none. */
export function obligation(id: string): Obligation {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown obligation ID '${id}' (known: ${[...BY_ID.keys()].join(", ")})`);
  return found;
}

/** The regulations whose data file cites articles for this obligation, sorted by key. */
export function requiredBy(id: string): string[] {
  obligation(id);
  return regulationKeys().filter((k) => articlesOf(id, k) !== null);
}
