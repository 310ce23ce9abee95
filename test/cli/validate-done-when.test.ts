/**
 * Issue 2's "done when": a copy of a region with an unknown owner, an overlapping rack slot and a
 * CIDR outside the supernet makes `spbe validate` exit 2 and name each problem with its line and
 * column. The copy is the real Tabanan region with three known lines changed; every expected
 * position is computed from the changed text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "./run";

const REGION = join(__dirname, "../../inventory/regions/tabanan.yaml");

interface Mutation {
  /** A whole line of the original file, found exactly once. */
  line: string;
  from: string;
  to: string;
  /** The value the error must point at, inside the changed line, right after `key`. */
  key: string;
  value: string;
}

/** Applies the mutations and returns where each pointed value now starts (1-based). */
function mutate(text: string, mutations: Mutation[]): { text: string; at: { line: number; col: number }[] } {
  let out = text;
  for (const m of mutations) {
    const lines = out.split("\n");
    const hits = lines.filter((l) => l === m.line);
    if (hits.length !== 1)
      throw new Error(`expected one line ${JSON.stringify(m.line)}, found ${hits.length}`);
    if (!m.line.includes(m.from))
      throw new Error(`${JSON.stringify(m.from)} is not in ${JSON.stringify(m.line)}`);
    out = lines.map((l) => (l === m.line ? l.replace(m.from, m.to) : l)).join("\n");
  }
  const lines = out.split("\n");
  const at = mutations.map((m) => {
    const index = lines.indexOf(m.line.replace(m.from, m.to));
    const found = lines[index].indexOf(`${m.key}${m.value}`);
    if (index < 0 || found < 0) throw new Error(`${m.key}${m.value} is not in the changed text`);
    return { line: index + 1, col: found + m.key.length + 1 };
  });
  return { text: out, at };
}

describe("spbe validate on a broken copy of a region", () => {
  it("exits 2 and names the unknown owner, the overlapping rack slot and the LAN prefix outside the supernet, each at its line and column", async () => {
    const original = readFileSync(REGION, "utf8");
    const region = parse(original) as {
      network: { supernet: string };
      agencies: { id: string }[];
      applications: { owner: string }[];
      colocation: { id: string; rack: string; unit: number; heightU: number }[];
    };
    // The first application of bkpsdm, the second server of rack r02, and the dispar agency.
    const app = region.applications.findIndex((a) => a.owner === "bkpsdm");
    const [first, second] = region.colocation.filter((c) => c.rack === "r02");
    const server = region.colocation.indexOf(second);
    const agency = region.agencies.findIndex((a) => a.id === "dispar");
    expect([app, server, agency].every((i) => i >= 0)).toBe(true);
    expect(region.network.supernet).toBe("10.20.0.0/16");
    expect(second.unit).toBe(first.unit + first.heightU);

    const lanLine = original.split("\n").find((l) => l.includes("lan: { site: kantor-dispar, hosts: 35,"));
    const serverLine = original.split("\n").find((l) => l.includes(`id: ${second.id},`));
    const { text, at } = mutate(original, [
      { line: "    owner: bkpsdm", from: "bkpsdm", to: "bkpsdx", key: "owner: ", value: "bkpsdx" },
      {
        line: serverLine as string,
        from: `unit: ${second.unit},`,
        to: `unit: ${second.unit - 1},`,
        key: "unit: ",
        value: `${second.unit - 1},`,
      },
      {
        line: lanLine as string,
        from: "hosts: 35,",
        to: "hosts: 35, prefix: 10.99.0.0/24,",
        key: "prefix: ",
        value: "10.99.0.0/24",
      },
    ]);
    const dir = mkdtempSync(join(tmpdir(), "spbe-done-when-"));
    const copy = join(dir, "tabanan.yaml");
    writeFileSync(copy, text);

    const { code, out, err } = await run(["validate", "--lang", "en", copy]);
    expect(code).toBe(2);
    expect(out).toBe("");
    const reported = err.trimEnd().split("\n");
    const [owner, slot, prefix] = at.map(({ line, col }) => `${copy}:${line}:${col}`);
    const top = second.unit - 1 + second.heightU - 1;
    expect(reported).toEqual([
      `${prefix} agencies[${agency}].lan.prefix: LAN prefix 10.99.0.0/24 of agency "dispar" is outside network.supernet 10.20.0.0/16`,
      expect.stringMatching(
        new RegExp(`^${escape(owner)} applications\\[${app}\\]\\.owner: unknown agency "bkpsdx"`),
      ),
      expect.stringMatching(
        new RegExp(
          `^${escape(slot)} colocation\\[${server}\\]\\.unit: colocation server "${second.id}" at units ${second.unit - 1}-${top} overlaps colocation server "${first.id}"`,
        ),
      ),
    ]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
