/**
 * `spbe report --lab`: a lab result is read only when it has the shape `spbe netlab` writes, was
 * made for this region's device model as it stands, and holds every pair of the policy; anything
 * else is refused naming the file and the field. Once read, the matrix is shown pair by pair.
 */
import { describe, expect, it } from "vitest";
import { readLabResult } from "../../report/lab";
import { renderHtml } from "../../report/html";
import { renderMarkdown } from "../../report/markdown";
import { buildDeviceModel } from "../../plan/devices/model";
import { labModelHash } from "../../netlab/result";
import { exampleInputs } from "../devices/fixture";
import { model, region } from "./fixture";
import { labFile, labResultFor, STARTED_AT } from "./lab-fixture";

const devices = (key: string) => region(key).devices;

function read(content: Parameters<typeof labFile>[0], key = "tabanan") {
  const file = labFile(content);
  return { file, r: readLabResult(file, devices(key)) };
}

const errorsOf = (r: ReturnType<typeof readLabResult>): string[] => (r.ok ? [] : r.errors);

describe("reading a lab result", () => {
  it("reads the result spbe netlab writes, every pair with its verdict recomputed", () => {
    const m = devices("tabanan");
    const { r } = read(labResultFor(m, ["setda>agency:bkd"]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const agencies = Object.keys(m.reach).length;
    expect(r.lab.pairs).toHaveLength(agencies * (m.targets.length - 1));
    expect(r.lab.sources).toEqual(Object.keys(m.reach));
    expect(r.lab.startedAt).toBe(STARTED_AT);
    expect(r.lab.modelHash).toBe(labModelHash(m));
    expect(r.lab.pairs.filter((p) => !p.pass)).toEqual([
      { source: "setda", target: "agency:bkd", expected: false, icmp: true, tcp: true, pass: false },
    ]);
    expect(r.lab.columns).toEqual(m.targets.filter((t) => t.kind !== "agency").map((t) => t.id));
  });

  it("refuses a result of another region, naming both", () => {
    const { file, r } = read(labResultFor(devices("ppu")));
    expect(errorsOf(r)).toEqual([expect.stringContaining(`${file}: the lab result is of region 'ppu'`)]);
    expect(errorsOf(r)[0]).toContain("this report is of 'tabanan'");
  });

  it("refuses a result made for another device model of the same region", () => {
    const { inventory, lock, file } = exampleInputs("tabanan");
    const fewer = structuredClone(inventory);
    fewer.agencies = fewer.agencies.filter((a) => a.id !== "dispar");
    fewer.applications = fewer.applications.filter((a) => a.owner !== "dispar");
    const built = buildDeviceModel(fewer, lock, file);
    if (!built.ok) throw new Error(built.errors.join("; "));
    expect(labModelHash(built.model)).not.toBe(labModelHash(devices("tabanan")));
    const { r } = read(labResultFor(built.model));
    expect(errorsOf(r)).toEqual([expect.stringMatching(/modelHash: the lab ran another device model/)]);
    expect(errorsOf(r)[0]).toContain("run spbe netlab again");
  });

  it("refuses a file that is not JSON, naming the file", () => {
    const { file, r } = read('{"format": "spbe-netlab-result/1", ');
    expect(errorsOf(r)).toEqual([expect.stringMatching(new RegExp(`^${file}: not JSON: `))]);
  });

  it("refuses a missing file", () => {
    const r = readLabResult("/tidak/ada/lab.json", devices("tabanan"));
    expect(errorsOf(r)).toEqual([
      expect.stringMatching(/^\/tidak\/ada\/lab\.json: cannot read the lab result/),
    ]);
  });

  it("names the field of a malformed result", () => {
    const result = labResultFor(devices("tabanan"));
    const bad = JSON.parse(JSON.stringify(result)) as Record<string, unknown> & { cells: object[] };
    (bad.cells[3] as Record<string, unknown>).icmp = "ya";
    bad.startedAt = "kemarin";
    const { file, r } = read(JSON.stringify(bad));
    expect(errorsOf(r)).toContain(`${file}: cells[3].icmp: Invalid input: expected boolean, received string`);
    expect(errorsOf(r).some((e) => e.startsWith(`${file}: startedAt: an ISO date and time`))).toBe(true);
  });

  it("says an older result without a format or model hash must be made again", () => {
    const { format: _format, modelHash: _hash, ...old } = labResultFor(devices("tabanan"));
    const { r } = read(JSON.stringify(old));
    expect(errorsOf(r).join("\n")).toMatch(/format: not a spbe netlab result .* run spbe netlab again/);
  });

  it("refuses a result missing a pair, repeating one or contradicting the policy", () => {
    const full = labResultFor(devices("tabanan"));
    const missing = { ...full, cells: full.cells.slice(1) };
    expect(errorsOf(read(missing).r)).toEqual([
      expect.stringContaining(`cells: no probe of ${full.cells[0]!.source} → ${full.cells[0]!.target}`),
    ]);
    const twice = { ...full, cells: [...full.cells, full.cells[0]!] };
    expect(errorsOf(read(twice).r)[0]).toMatch(/appears twice/);
    const lying = {
      ...full,
      cells: full.cells.map((c, i) => (i === 0 ? { ...c, expected: !c.expected, ok: !c.ok } : c)),
    };
    expect(errorsOf(read(lying).r)[0]).toMatch(/cells\[0\]\.expected: the policy says/);
    const wrongOk = { ...full, cells: full.cells.map((c, i) => (i === 0 ? { ...c, ok: !c.ok } : c)) };
    expect(errorsOf(read(wrongOk).r)[0]).toMatch(/cells\[0\]\.ok: .* does not follow/);
  });
});

describe("the reachability matrix in the report", () => {
  it("shows the run date, every pair and the pairs that differ, in both renderings", async () => {
    const { r } = read({
      ...labResultFor(devices("tabanan"), ["setda>agency:bkd"]),
      mutations: { removeLinks: [], dropRules: [], leaks: [["setda", "bkd"]] },
    });
    if (!r.ok) throw new Error(r.errors.join("; "));
    const m = await model("tabanan", [], r.lab);
    const html = renderHtml(m);
    const md = renderMarkdown(m);
    for (const text of [html, md]) {
      expect(text).toContain("2026-11-23 01:02 UTC");
      expect(text).toContain("--leak setda,bkd");
      expect(text).toContain(labModelHash(devices("tabanan")));
      expect(text).toContain("1 pasangan tidak sesuai kebijakan");
    }
    expect(html.match(/<tr class="lab-fail">/g)?.length).toBeGreaterThanOrEqual(3); // differ table, grid row, per-source row
    const pairsInHtml = html.match(/<details class="lab-source">/g) ?? [];
    expect(pairsInHtml).toHaveLength(r.lab.sources.length);
    // Markdown: one row per pair in the full table, and the one that differs marked FAIL.
    const every = (md.split("### Setiap pasangan / Every pair")[1] ?? "").split('<a id="')[0] ?? "";
    expect(
      every
        .split("\n")
        .filter((l) => l.startsWith("| ") && !l.startsWith("| Asal") && !l.startsWith("| ---")),
    ).toHaveLength(r.lab.pairs.length);
    expect(md).toContain(
      "| setda | agency:bkd | diblokir / blocked | terjangkau / reached | terjangkau / reached | TIDAK SESUAI / FAIL |",
    );
  });

  it("says how to make a lab result when the report has none", async () => {
    const m = await model("tabanan");
    expect(renderHtml(m)).toContain("No lab result was given.");
    expect(renderMarkdown(m)).toContain("_No lab result was given._");
  });
});
