/**
 * Who issued a piece of evidence (an approval, an audit, a standard's mechanism), recorded in
 * the toolkit's vocabulary of issuers (regulations/schema.ts ACTORS). Optional beside the
 * free-text `by`: where present, the rules read the kind from here instead of guessing it from
 * the text.
 */
import { z } from "zod";
import { ACTORS } from "../regulations/schema";
import { primitives as p } from "./primitives";

export const issuer = z
  .strictObject({
    kind: z.enum(ACTORS).describe("The kind of issuer, as the regulations' terms name them"),
    name: p.text(2).optional().describe("The issuer's own name"),
  })
  .describe("Structured issuer; preferred over the free-text `by` when present");
