/**
 * What a rule reads of the governing regulation: its terms for the rule's obligation (null where
 * the regulation is silent and the rule runs advisory), its own words, and the toolkit's
 * defaults for what it leaves open.
 */
import { DEFAULTS, toolkitDefault, type Defaults } from "./defaults";
import { regulation, termsOf, wordOf } from "./regulations";
import type { Rule, RuleContext, Text, Violation } from "./rule";
import type { Terms, Word } from "../regulations/schema";

export type { Terms } from "../regulations/schema";

/**
 * The regulation's terms for this obligation; null where it is silent (advisory there), or
 * where no regulation is configured (a remedy worded for no regulation in particular).
 */
export function termsFor(ctx: RuleContext | null, obligationId: string): Terms | null {
  return ctx ? termsOf(obligationId, ctx.regulation) : null;
}

export const defaultsOf = (ctx: RuleContext | null): Defaults => ctx?.defaults ?? DEFAULTS;

/**
 * The regulation's own word for a concept, else the toolkit's `fallback` (which must then be a
 * word no regulation words differently: see test/policies/wording.test.ts).
 */
export function word(ctx: RuleContext | null, w: Word, fallback: string): string {
  return ctx ? wordOf(ctx.regulation, w, fallback) : fallback;
}

/** Whether the regulation has the PD Mandiri TIK category (false where none is configured). */
export function knowsMandiriTik(ctx: RuleContext | null): boolean {
  return ctx ? regulation(ctx.regulation).knowsMandiriTik : false;
}

/** The regulation's name for the PD Mandiri TIK category, or null where it has none. */
export function mandiriTikWord(ctx: RuleContext | null): string | null {
  return knowsMandiriTik(ctx) ? word(ctx, "mandiriTik", "PD Mandiri TIK") : null;
}

/**
 * The freshness window of a record: the regulation's interval where it sets one; `none` where
 * it requires the record but sets none (only a missing record is a violation there); else the
 * toolkit's default (a silent regulation, or a parameter it leaves open), labelled as such.
 */
export type Window =
  | { kind: "regulation"; years?: number; months?: number }
  | { kind: "none" }
  | { kind: "toolkit"; years: number };

export function windowOf(terms: Terms | null, toolkitYears: number): Window {
  const i = terms?.interval;
  if (i === "none") return { kind: "none" };
  if (i && "years" in i) return { kind: "regulation", years: i.years };
  if (i && "months" in i) return { kind: "regulation", months: i.months };
  return { kind: "toolkit", years: toolkitYears };
}

/** "2 tahun" / "2 years" with the toolkit-default label where it is one. */
export function windowText(w: Window): Text {
  if (w.kind === "none") return { id: "tanpa batas waktu", en: "no interval" };
  if (w.kind === "regulation")
    return w.months
      ? {
          id: `${w.months} bulan (ketentuan regulasi)`,
          en: `${w.months} month(s) (the regulation's interval)`,
        }
      : { id: `${w.years} tahun (ketentuan regulasi)`, en: `${w.years} year(s) (the regulation's interval)` };
  const label = toolkitDefault({ id: `${w.years} tahun`, en: `${w.years} year(s)` });
  return { id: `${w.years} tahun${label.id}`, en: `${w.years} year(s)${label.en}` };
}

/**
 * Which of the regulation's alternatives a set of present kinds fails: every `allOf` item, and
 * the `anyOf` list when none of it is present ("dan/atau" is any of). `fallback` is the toolkit's
 * reading where the regulation is silent (the rule runs advisory there).
 */
export function unmet(
  present: ReadonlySet<string>,
  terms: Terms | null,
  fallback: Pick<Terms, "allOf" | "anyOf">,
): { missing: string[]; anyOf: string[] | null } {
  const source = terms && (terms.allOf || terms.anyOf) ? terms : fallback;
  const missing = (source.allOf ?? []).filter((k) => !present.has(k));
  const anyOf = source.anyOf && !source.anyOf.some((k) => present.has(k)) ? source.anyOf : null;
  return { missing, anyOf };
}

/**
 * Whether `by` may build or run something the regulation assigns to `actors`: the Dinas, or (where
 * the regulation has the category and lists it) a PD Mandiri TIK. `fallback` where it is silent.
 */
export function actorAllowed(
  by: string,
  ev: { dinas: { id: string }; agencies: ReadonlyArray<{ id: string; mandiriTik: boolean }> },
  ctx: RuleContext,
  actors: readonly string[] | undefined,
): boolean {
  const allowed = actors ?? ["dinas", "pd-mandiri-tik"];
  if (by === ev.dinas.id) return allowed.includes("dinas");
  const agency = ev.agencies.find((a) => a.id === by);
  return !!agency?.mandiriTik && allowed.includes("pd-mandiri-tik") && knowsMandiriTik(ctx);
}

/** "Dinas atau PD Mandiri TIK" in the regulation's words, for messages. */
export function actorsText(ctx: RuleContext | null, actors: readonly string[] | undefined): Text {
  const allowed = actors ?? ["dinas", "pd-mandiri-tik"];
  const dinas = word(ctx, "dinas", "Dinas");
  const mandiri = allowed.includes("pd-mandiri-tik") ? mandiriTikWord(ctx) : null;
  return mandiri
    ? { id: `${dinas} atau ${mandiri}`, en: `the ${dinas} or a ${mandiri}` }
    : { id: `${dinas} saja`, en: `the ${dinas} only` };
}

/** The standard a regulation accepts, as the remedy names it ("SNI", "SNI dan/atau …"). */
export function standardText(standard: Terms["standard"]): Text {
  if (standard === "sni")
    return { id: "SNI (standar nasional Indonesia)", en: "SNI (the Indonesian national standard)" };
  if (standard === "unnamed")
    return {
      id: "standar yang ditetapkan menurut regulasi",
      en: "the standard set as the regulation provides",
    };
  return { id: "SNI dan/atau standar internasional", en: "SNI and/or an international standard" };
}

/** Who must issue an approval, joined as a remedy names them ("Dinas atau …"). */
export function issuersText(
  ctx: RuleContext | null,
  issuers: readonly string[],
  name: (k: string, lang: "id" | "en") => string,
): Text {
  const dinas = word(ctx, "dinas", "Dinas");
  const one = (k: string, lang: "id" | "en") =>
    k === "dinas" ? (lang === "id" ? dinas : `the ${dinas}`) : name(k, lang);
  return {
    id: issuers.map((k) => one(k, "id")).join(" atau "),
    en: issuers.map((k) => one(k, "en")).join(" or "),
  };
}

/** The kinds a regulation's alternatives ask for, as a remedy lists them ("pdn", "pdn | pd-daerah"). */
export function kindsText(terms: Terms | null, fallback: Pick<Terms, "allOf" | "anyOf">): Text {
  const source = terms && (terms.allOf || terms.anyOf) ? terms : fallback;
  const all = source.allOf ?? [];
  // Alternatives one of which is required anyway are met by meeting the requirement.
  const any = (source.anyOf ?? []).some((k) => all.includes(k)) ? [] : (source.anyOf ?? []);
  const id = [
    ...(all.length ? [`kind: ${all.join(" dan ")}`] : []),
    ...(any.length ? [`kind: ${any.join(" | ")} (salah satu cukup)`] : []),
  ];
  const en = [
    ...(all.length ? [`kind: ${all.join(" and ")}`] : []),
    ...(any.length ? [`kind: ${any.join(" | ")} (any one suffices)`] : []),
  ];
  return { id: id.join("; "), en: en.join("; ") };
}

/**
 * Whether `operator` (not the Dinas) may run what the regulation's `actors` for `obligationId`
 * assign (DC-01, NET-02, SPL-01: "diselenggarakan oleh Dinas"): only where they name a PD
 * Mandiri TIK and the operator is one. Where the regulation is silent, the Dinas alone.
 */
export function agencyMayRun(
  operator: string,
  ev: { dinas: { id: string }; agencies: ReadonlyArray<{ id: string; mandiriTik: boolean }> } | null,
  ctx: RuleContext,
  obligationId: string,
): boolean {
  const actors = termsFor(ctx, obligationId)?.actors ?? ["dinas"];
  return !!ev && actorAllowed(operator, ev, ctx, actors);
}

/**
 * A rule whose findings, where the regulation's `meansNamed` is false (it names the guarantee,
 * not the means: PPU's kerahasiaan, keutuhan, keaslian, kenirsangkalan), say that the means
 * checked is the toolkit's. Every check takes the context second, whatever its kind.
 */
export function meansLabelled(rule: Rule): Rule {
  const check = rule.check as (...args: unknown[]) => Violation[];
  const labelled = (...args: unknown[]): Violation[] => {
    const named = termsFor(args[1] as RuleContext, rule.obligation)?.meansNamed;
    const found = check(...args);
    if (named !== false || found.length === 0) return found;
    const l = toolkitDefault({ id: "sarana yang diperiksa", en: "the means checked" });
    return found.map((v) => ({
      ...v,
      message: { id: `${v.message.id}${l.id}`, en: `${v.message.en}${l.en}` },
    }));
  };
  return { ...rule, check: labelled } as Rule;
}
