/**
 * `spbe report --lab <file>`: reads the JSON `spbe netlab --format json` (or `--out`) wrote,
 * checks its shape field by field, checks it was made for this region's device model as it stands
 * (the hash netlab/result.ts computes over what the lab runs), and that it holds every pair of the
 * policy exactly once with the policy's expectation. Anything else is refused with the field and
 * the reason: the report never shows a matrix that is not this plan's.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { LAB_RESULT_FORMAT, labModelHash } from "../netlab/result";
import type { DeviceModel } from "../plan/devices/types";
import type { LabPair, LabView } from "./network-model";

const name = z.string().min(1);
const labSchema = z.object({
  format: z.literal(LAB_RESULT_FORMAT, {
    error: `not a spbe netlab result of format ${LAB_RESULT_FORMAT} (an older one has no model hash: run spbe netlab again)`,
  }),
  region: name,
  modelHash: z.string().regex(/^[0-9a-f]{64}$/, "a sha256 in hex"),
  startedAt: z.iso.datetime({ error: "an ISO date and time such as 2026-12-02T00:34:05.519Z" }),
  mutations: z.object({
    removeLinks: z.array(name),
    dropRules: z.array(name),
    leaks: z.array(z.tuple([name, name])),
  }),
  routers: z.number().int().nonnegative(),
  namespaces: z.number().int().nonnegative(),
  converged: z.boolean(),
  convergeMs: z.number().nonnegative(),
  totalMs: z.number().nonnegative(),
  cells: z.array(
    z.object({
      source: name,
      target: name,
      expected: z.boolean(),
      icmp: z.boolean(),
      tcp: z.boolean().nullable(),
      ok: z.boolean(),
    }),
  ),
  unexpected: z.array(z.unknown()),
});

export type LabRead = { ok: true; lab: LabView } | { ok: false; errors: string[] };

const pathOf = (path: PropertyKey[]): string =>
  path.reduce<string>(
    (s, k) => (typeof k === "number" ? `${s}[${k}]` : s === "" ? String(k) : `${s}.${String(k)}`),
    "",
  ) || "(top level)";

/** Observed as the policy says: what netlab/probe.ts counts as ok, recomputed here. */
export const passes = (c: { expected: boolean; icmp: boolean; tcp: boolean | null }): boolean =>
  c.icmp === c.expected && (c.tcp === null || c.tcp === c.expected);

export function readLabResult(file: string, model: DeviceModel): LabRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, errors: [`${file}: cannot read the lab result: ${(e as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    return { ok: false, errors: [`${file}: not JSON: ${(e as Error).message}`] };
  }
  const parsed = labSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((i) => `${file}: ${pathOf(i.path)}: ${i.message}`),
    };
  const r = parsed.data;
  if (r.region !== model.region)
    return {
      ok: false,
      errors: [
        `${file}: the lab result is of region '${r.region}', this report is of '${model.region}'; ` +
          `run spbe netlab on this region's inventory`,
      ],
    };
  const hash = labModelHash(model);
  if (r.modelHash !== hash)
    return {
      ok: false,
      errors: [
        `${file}: modelHash: the lab ran another device model of ${r.region} (${r.modelHash.slice(0, 12)}…, ` +
          `this inventory and lock give ${hash.slice(0, 12)}…): the plan or its configurations changed ` +
          `since ${r.startedAt}; run spbe netlab again`,
      ],
    };
  const errors: string[] = [];
  const seen = new Set<string>();
  r.cells.forEach((c, i) => {
    const key = `${c.source}\0${c.target}`;
    const allowed = model.reach[c.source];
    if (!allowed) errors.push(`${file}: cells[${i}].source: '${c.source}' is no agency of ${r.region}`);
    else if (seen.has(key)) errors.push(`${file}: cells[${i}]: ${c.source} → ${c.target} appears twice`);
    else if (c.expected !== allowed.includes(c.target))
      errors.push(
        `${file}: cells[${i}].expected: the policy says ${!c.expected} for ${c.source} → ${c.target}`,
      );
    else if (c.ok !== passes(c))
      errors.push(`${file}: cells[${i}].ok: ${c.ok} does not follow from expected, icmp and tcp`);
    seen.add(key);
  });
  for (const source of Object.keys(model.reach))
    for (const t of model.targets)
      if (t.id !== `agency:${source}` && !seen.has(`${source}\0${t.id}`))
        errors.push(`${file}: cells: no probe of ${source} → ${t.id}`);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  const pairs: LabPair[] = r.cells.map((c) => ({
    source: c.source,
    target: c.target,
    expected: c.expected,
    icmp: c.icmp,
    tcp: c.tcp,
    pass: passes(c),
  }));
  return {
    ok: true,
    lab: {
      file,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      region: r.region,
      modelHash: r.modelHash,
      startedAt: r.startedAt,
      converged: r.converged,
      convergeMs: r.convergeMs,
      totalMs: r.totalMs,
      routers: r.routers,
      namespaces: r.namespaces,
      mutations: [
        ...r.mutations.removeLinks.map((a) => `--remove-link ${a}`),
        ...r.mutations.dropRules.map((d) => `--drop-rule ${d}`),
        ...r.mutations.leaks.map(([a, b]) => `--leak ${a},${b}`),
      ],
      columns: [...new Set(pairs.filter((p) => !p.target.startsWith("agency:")).map((p) => p.target))],
      sources: [...new Set(pairs.map((p) => p.source))],
      pairs,
    },
  };
}
