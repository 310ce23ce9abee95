/**
 * The report at province scale: a WAN of many agencies is drawn per site with a drill-down that
 * still names every agency; the page's one script is admitted by its CSP hash and touches no
 * HTML; provenance names the tool, commit and a hash of exactly the inventory's files.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeRegion } from "../../bench/generator/write";
import { loadInventory } from "../../inventory";
import { buildDeviceModel } from "../../plan/devices/model";
import { planAddresses } from "../../plan/ipam";
import { lockPathFor, readLock } from "../../plan/lock";
import { WAN_GROUP_ABOVE, WAN_MAX_GROUPS, agenciesBySite, wanDot, wanSiteDot } from "../../report/dot";
import { renderSvg } from "../../report/graphviz";
import { renderHtml } from "../../report/html";
import { reportRouters } from "../../report/network";
import { provenanceOf } from "../../report/provenance";
import { SEARCH_SCRIPT, SEARCH_SCRIPT_HASH } from "../../report/search";
import { model } from "./fixture";
import { parseXml, svgText } from "./xml";

function province(agencies: number) {
  const dir = mkdtempSync(join(tmpdir(), "spbe-province-"));
  const { yamlPath: file } = writeRegion(dir, {
    key: "prov-uji",
    name: "Provinsi Uji",
    kind: "provinsi",
    regulation: "bengkulu",
    agencies,
    applications: 5,
    seed: "scale",
    asOf: "2026-11-20",
  });
  const loaded = loadInventory(file, { today: "2026-11-23" });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  const lock = readLock(lockPathFor(file));
  if (!lock.ok) throw new Error(lock.errors.join("; "));
  const planned = planAddresses(loaded.inventory, lock.lock, file);
  if (!planned.ok) throw new Error(planned.errors.join("; "));
  const built = buildDeviceModel(loaded.inventory, lock.lock, file);
  if (!built.ok) throw new Error(built.errors.join("; "));
  const routers = reportRouters(loaded.inventory, planned.plan, built.model);
  return { file, inventory: loaded.inventory, plan: planned.plan, devices: built.model, routers };
}

describe("the WAN of a province", () => {
  it("draws one box per site above the threshold, and every agency in its site's drill-down", () => {
    const p = province(WAN_GROUP_ABOVE + 40);
    const dot = wanDot(p.inventory, p.plan, p.routers);
    expect(dot).not.toContain('"agency:');
    const groups = agenciesBySite(p.inventory, p.plan);
    expect(groups.length).toBeLessThanOrEqual(WAN_MAX_GROUPS);
    for (const g of groups) expect(dot).toContain(`"lan-site:${g.id}"`);
    const drilled = groups.flatMap((g) =>
      [...wanSiteDot(p.inventory, p.plan, p.routers, g.id).matchAll(/"agency:([^"]+)" \[/g)].map((m) => m[1]),
    );
    expect(drilled.sort()).toEqual(p.plan.agencies.map((a) => a.agency).sort());
  });

  it.each([50, 300])(
    "shows every agency router's interface addresses in the drill-down of %i agencies, at a readable size",
    async (n) => {
      const p = province(n);
      const overview = wanDot(p.inventory, p.plan, p.routers);
      const core = p.routers.find((r) => r.role === "core")!;
      for (const i of core.interfaces.filter((x) => x.kind === "range"))
        expect(overview).toContain(`${i.name} ${i.addresses.join(", ")}`);
      const seen = new Set<string>();
      for (const g of agenciesBySite(p.inventory, p.plan)) {
        const svg = await renderSvg(wanSiteDot(p.inventory, p.plan, p.routers, g.id));
        const lines = new Set(svgText(parseXml(svg)).split("\n"));
        for (const a of g.agencies) {
          const r = p.routers.find((x) => x.agency === a.agency)!;
          for (const i of r.interfaces)
            expect(lines, `${r.id} ${i.name}`).toContain(`${i.name} ${i.addresses[0]}`);
          seen.add(a.agency);
        }
        // Readable: the drill-down fits a page at Graphviz's own 10 pt labels.
        const [, w, h] = /width="(\d+)pt" height="(\d+)pt"/.exec(svg) ?? [];
        expect(Number(w), g.id).toBeLessThan(1200);
        expect(Number(h), g.id).toBeLessThan(1200);
      }
      expect(seen.size).toBe(n);
    },
    120_000,
  );

  it("keeps one box per agency for a kabupaten", () => {
    const p = province(8);
    const dot = wanDot(p.inventory, p.plan, p.routers);
    for (const a of p.plan.agencies) expect(dot).toContain(`"agency:${a.agency}"`);
  });
});

describe("the page's script and provenance", () => {
  it("admits exactly its own script by hash, and the script writes no HTML", async () => {
    const html = renderHtml(await model("tabanan"));
    expect(SEARCH_SCRIPT_HASH).toBe(`sha256-${createHash("sha256").update(SEARCH_SCRIPT).digest("base64")}`);
    expect(html).toContain(`script-src '${SEARCH_SCRIPT_HASH}'`);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(`<script>${SEARCH_SCRIPT}</script>`);
    expect(SEARCH_SCRIPT).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|Function\(/,
    );
    expect(html).toContain('<input id="q" type="search" hidden');
  });

  it("hashes the inventory, its includes and its lock, and changes when one byte does", () => {
    const p = province(5);
    const a = provenanceOf(p.file);
    expect(a.files).toEqual(["prov-uji.yaml", "prov-uji.lock.yaml"]);
    expect(a.inventoryHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    writeFileSync(p.file, `${readFileSync(p.file, "utf8")}# changed\n`);
    expect(provenanceOf(p.file).inventoryHash).not.toBe(a.inventoryHash);
    const inc = provenanceOf("test/fixtures/inventory/include/region.yaml");
    expect(inc.files).toContain("parts/more.yaml");
  });

  it("shows the provenance in the report header, escaped", async () => {
    const m = await model("tabanan");
    const html = renderHtml({
      ...m,
      provenance: {
        tool: "spbe-infra",
        version: "0.1.0",
        commit: "<abc>",
        generated: "2026-11-23T00:00:00.000Z",
        inventoryHash: "sha256:00",
        files: ["tabanan.yaml"],
      },
    });
    expect(html).toContain("commit <code>&lt;abc&gt;</code>");
    expect(html).toContain("<code>sha256:00</code>");
  });
});
