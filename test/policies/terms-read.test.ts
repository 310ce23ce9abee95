/**
 * A term recorded in a regulation's data file that no rule reads is a promise the pack does not
 * keep. Every rule reads its regulation's terms through policies/terms.ts termsFor(); here that
 * accessor records which term (a key of the schema's `terms`) is read for which obligation under
 * which regulation, while every violating case and the compliant fixture run under every
 * regulation (the five data files and the sixth-regulation fixture). Each (regulation, obligation,
 * term) of the data must have been read.
 */
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../cli/analyze";
import { buildPolicies } from "../../policies/pack";
import { regulation, regulationKeys } from "../../policies/regulations";
import { terms as termsSchema } from "../../regulations/schema";
import { CASES } from "./cases";
import { compliantEvidence, compliantStack, governedBy, TODAY } from "./fixture";

const reads = new Set<string>();

vi.mock("../../policies/terms", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../policies/terms")>();
  return {
    ...real,
    termsFor: (ctx: { regulation: string }, obligationId: string) => {
      const t = real.termsFor(ctx as never, obligationId);
      if (t === null) return null;
      return new Proxy(t, {
        get(target, key, receiver) {
          if (typeof key === "string") reads.add(`${ctx.regulation} ${obligationId} ${key}`);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    },
  };
});

process.env.SPBE_REGULATIONS_PATH = path.resolve(__dirname, "../fixtures/regulations");
const KEYS = regulationKeys();
const SCHEMA_KEYS = Object.keys(termsSchema.shape);

/** Every (regulation, obligation, term) the data files record. */
function recorded(): string[] {
  return KEYS.flatMap((k) =>
    Object.entries(regulation(k).obligations).flatMap(([id, e]) =>
      "terms" in e && e.terms ? Object.keys(e.terms).map((term) => `${k} ${id} ${term}`) : [],
    ),
  );
}

async function runAll(): Promise<void> {
  for (const k of KEYS) {
    const policies = buildPolicies({ regulation: k, today: TODAY });
    const opts = { packName: "spbe", packVersion: "0.1.0" };
    await analyze(policies, compliantStack(compliantEvidence(k)), opts);
    for (const c of CASES) await analyze(policies, governedBy(k, c.stack), opts);
  }
}

describe("every term in the regulations' data is read by a rule", () => {
  it("records only terms the schema defines", () => {
    const unknown = recorded().filter((r) => !SCHEMA_KEYS.includes(r.split(" ")[2]!));
    expect(unknown).toEqual([]);
  });

  it("reads each recorded term of each obligation under each regulation", async () => {
    await runAll();
    expect(reads.size).toBeGreaterThan(0);
    expect(recorded().filter((r) => !reads.has(r))).toEqual([]);
  }, 120_000);
});
