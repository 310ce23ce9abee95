/**
 * A term recorded in a regulation's data file that no rule reads is a promise the pack does not
 * keep. Every rule reads its regulation's terms through policies/terms.ts termsFor(); here that
 * accessor (through regulations' termsOf) records which term (a key of the schema's `terms`) is read for which obligation under
 * which regulation, while every violating case and the compliant fixture run under every
 * regulation (the five data files and the sixth-regulation fixture). Each (regulation, obligation,
 * term) of the data must have been read.
 */
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../offline/analyze";
import { buildPolicies } from "../../policies/pack";
import { regulation, regulationKeys } from "../../policies/regulations";
import { terms as termsSchema } from "../../regulations/schema";
import { CASES } from "./cases";
import { compliantEvidence, compliantStack, governedBy, TODAY } from "./fixture";

const reads = new Set<string>();
// Only reads made while the pack runs count (the fixture reads terms too, to build compliant input).
let recording = false;

vi.mock("../../policies/regulations", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../policies/regulations")>();
  return {
    ...real,
    termsOf: (obligationId: string, key: string) => {
      const t = real.termsOf(obligationId, key);
      if (t === null || !recording) return t;
      return new Proxy(t, {
        get(target, term, receiver) {
          if (typeof term === "string") reads.add(`${key} ${obligationId} ${term}`);
          return Reflect.get(target, term, receiver) as unknown;
        },
      });
    },
  };
});

async function recorded(run: () => Promise<unknown>): Promise<void> {
  recording = true;
  try {
    await run();
  } finally {
    recording = false;
  }
}

process.env.SPBE_REGULATIONS_PATH = path.resolve(__dirname, "../fixtures/regulations");
const KEYS = regulationKeys();
const SCHEMA_KEYS = Object.keys(termsSchema.shape);

/** Every (regulation, obligation, term) the data files record. */
function inData(): string[] {
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
    const clean = compliantStack(compliantEvidence(k));
    await recorded(() => analyze(policies, clean, opts));
    for (const c of CASES) {
      const stack = governedBy(k, c.stack);
      await recorded(() => analyze(policies, stack, opts));
    }
  }
}

/**
 * Terms no rule reads yet, each with why. Kept exact: the test fails when a term not listed goes
 * unread, and when a listed one starts being read (then strike it here). Empty: every term the
 * data records is read (test/policies/terms-verdicts.test.ts shows the verdicts that follow).
 */
const NOT_YET_READ: Record<string, string> = {};

describe("every term in the regulations' data is read by a rule", () => {
  it("records only terms the schema defines", () => {
    const unknown = inData().filter((r) => !SCHEMA_KEYS.includes(r.split(" ")[2]!));
    expect(unknown).toEqual([]);
  });

  it("reads each recorded term of each obligation under each regulation", async () => {
    await runAll();
    expect(reads.size).toBeGreaterThan(0);
    expect(
      inData()
        .filter((r) => !reads.has(r))
        .sort(),
    ).toEqual(Object.keys(NOT_YET_READ).sort());
  }, 120_000);
});
