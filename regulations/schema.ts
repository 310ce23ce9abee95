/**
 * The shape of a regulation data file (`regulations/<key>.yaml`): who the regulation is, and for
 * each obligation ID either that it is silent or the articles that oblige, with verbatim quotes
 * and the regulation's own terms the rule applies. docs/regulations.md explains each field;
 * regulations/regulation.schema.json is generated from this schema for editors.
 */
import { z } from "zod";
import { expects } from "../inventory/messages-format";

/** Who may build, run or issue something, in the toolkit's vocabulary (see docs/regulations.md). */
export const ACTORS = [
  "dinas",
  "pd-mandiri-tik",
  "pd",
  "pemerintah-daerah",
  "kominfo",
  "bssn",
  "auditor-terakreditasi",
  "pd-aset",
  "instansi-pusat",
  "tim-auditor-daerah",
] as const;

/** Which standard a regulation accepts: SNI only, SNI and/or an international one, or one it does not name. */
export const STANDARDS = ["sni", "sni-or-international", "unnamed"] as const;

/** Why a regulation is silent on an obligation although it mentions the matter. */
export const SILENCES = ["none", "permits", "defines", "purpose", "other"] as const;

const ref = z
  .string()
  .regex(
    /^Pasal \d+(?: angka \d+| ayat \(\d+\)(?: huruf [a-z](?: sampai dengan huruf [a-z])?| sampai dengan ayat \(\d+\))?)?$/,
    expects("articleRef"),
  );

const article = z.strictObject({
  ref,
  quote: z
    .string()
    .min(10)
    .max(300)
    .describe("Verbatim excerpt of the article (whitespace-normalised); … marks a cut"),
  note: z.string().min(2).optional().describe("Where the article reaches the obligation only in part"),
});

const silentRef = z.strictObject({
  ref,
  quote: z.string().min(10).max(300).optional(),
  note: z.string().min(2).optional(),
});

const interval = z.union([
  z.literal("none").describe("The regulation requires the record but sets no interval"),
  z.strictObject({ years: z.number().int().min(1).max(10) }),
  z.strictObject({ months: z.number().int().min(1).max(24) }),
]);

/** The terms a rule applies, each optional: a rule reads only the ones of its obligation. */
export const terms = z.strictObject({
  interval: interval.optional(),
  anyOf: z.array(z.string().min(1)).min(1).optional().describe("One of these suffices (dan/atau, atau)"),
  allOf: z.array(z.string().min(1)).min(1).optional().describe("Each of these is required"),
  actors: z
    .array(z.enum(ACTORS))
    .min(1)
    .optional()
    .describe("Who may build or operate it (SPL-06, NET-03 …) or carry out the record (AUD, OPS-02); any of"),
  issuers: z
    .strictObject({
      operasi: z.array(z.enum(ACTORS)).min(1).optional(),
      keamanan: z.array(z.enum(ACTORS)).min(1).optional(),
      any: z.array(z.enum(ACTORS)).min(1).optional(),
    })
    .optional()
    .describe("Who must issue the approval or attestation; absent = not named (a toolkit default applies)"),
  standard: z.enum(STANDARDS).optional(),
  coordinationWithDinas: z.boolean().optional(),
  perData: z.boolean().optional().describe("The duty covers every data set of every PD"),
  meansNamed: z.boolean().optional().describe("false: the regulation names the guarantee but not its means"),
  conditional: z.string().min(2).optional().describe("A condition the toolkit cannot observe"),
  recordOptional: z
    .boolean()
    .optional()
    .describe("The step itself is optional (dapat): only a negative outcome acted on unchanged violates"),
});

const obligationEntry = z.union([
  z.strictObject({
    articles: z.array(article).min(1),
    terms: terms.optional(),
    note: z.string().min(2).optional(),
  }),
  z.strictObject({
    silent: z.enum(SILENCES),
    refs: z.array(silentRef).optional(),
    note: z.string().min(2).optional(),
  }),
]);

/** The regulation's own words, used by messages, the matrix and the report. */
export const WORDS = [
  "dinas",
  "pusatData",
  "drc",
  "gateway",
  "jaringanIntra",
  "wan",
  "lan",
  "admission",
  "fitness",
  "serviceDesk",
  "serviceDeskDinas",
  "mandiriTik",
  "daerah",
  "noc",
] as const;

export const regulationSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, expects("dataKey")),
  title: z.string().min(10).describe("As the text's heading names it"),
  short: z.string().min(5),
  kind: z.enum(["perbup", "perwali", "pergub"]),
  region: z.string().min(3).describe("The regional government the regulation governs"),
  about: z.string().min(5),
  text: z.string().regex(/^[^/\\]+\.txt$/, expects("textFile")),
  portalDomain: z.string().min(3).nullable().describe("Where the regulation names the portal domain"),
  knowsMandiriTik: z.boolean().describe("Whether the regulation has the PD Mandiri TIK category"),
  words: z.partialRecord(z.enum(WORDS), z.string().min(2)),
  obligations: z.record(z.string().regex(/^[A-Z]+-\d{2}$/), obligationEntry),
});

export type RegulationData = z.output<typeof regulationSchema>;
export type RegulationArticle = z.output<typeof article>;
export type Terms = z.output<typeof terms>;
export type ObligationEntry = z.output<typeof obligationEntry>;
export type Word = (typeof WORDS)[number];
export type Actor = (typeof ACTORS)[number];
