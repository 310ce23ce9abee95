import { describe, expect, it } from "vitest";
import { lanDiagram, wanDiagram } from "../../report/build";
import { lanDot, q, wanDot } from "../../report/dot";
import { svgFile } from "../../report/files";
import { renderSvg } from "../../report/graphviz";
import { rackSvg } from "../../report/racks";
import { rackViews } from "../../report/sections";
import { buildDeviceCatalog } from "../../plan/catalogs";
import { parseXml, svgText } from "./xml";
import { REGIONS, region } from "./fixture";

describe.each(REGIONS)("diagrams of %s", (key) => {
  const { inventory, plan, routers } = region(key);

  it("draws a WAN that parses as XML and names every agency with its link prefix", async () => {
    const doc = parseXml(svgFile(await wanDiagram(inventory, plan, routers)));
    expect(doc.documentElement?.tagName).toBe("svg");
    const text = svgText(doc);
    for (const a of plan.agencies) {
      expect(text).toContain(a.agency);
      expect(text).toContain(a.wan.prefix);
    }
    for (const drc of inventory.sites.filter((s) => s.kind === "drc")) expect(text).toContain(drc.id);
  });

  it("draws a LAN per agency that parses as XML and names the agency, its prefix, VLAN and gateway", async () => {
    for (const a of inventory.agencies) {
      const d = await lanDiagram(inventory, plan, routers, a.id);
      const text = svgText(parseXml(svgFile(d)));
      const addr = plan.agencies.find((x) => x.agency === a.id)!;
      expect(d.file).toBe(`lan-${a.id}.svg`);
      expect(text).toContain(a.name);
      expect(text).toContain(addr.lan);
      expect(text).toContain(`VLAN ${addr.vlan}`);
      expect(text).toContain(addr.gateway);
    }
  });

  it("labels every router of the WAN with its interfaces and addresses from the device model", async () => {
    const text = svgText(parseXml(svgFile(await wanDiagram(inventory, plan, routers))));
    const lines = new Set(text.split("\n"));
    const core = routers.find((r) =>
      r.interfaces.some((i) => i.peer === routers.find((x) => x.role === "agency")?.id),
    );
    expect(core).toBeDefined();
    for (const r of routers.filter((x) => x.role !== "core")) {
      for (const i of r.interfaces)
        expect(lines, `${r.id} ${i.name}`).toContain(`${i.name} ${i.addresses.join(", ")}`);
      const end = core!.interfaces.find((i) => i.kind === "wan" && i.peer === r.id)!;
      expect(lines, r.id).toContain(`inti / core ${end.name} ${end.addresses[0]}`);
    }
    for (const i of core!.interfaces.filter((x) => x.kind === "range"))
      expect(lines).toContain(`${i.name} ${i.addresses.join(", ")}`);
  });

  it("labels each LAN's router with its interfaces, its management address and the core's end", async () => {
    for (const a of inventory.agencies) {
      const r = routers.find((x) => x.agency === a.id)!;
      const lines = svgText(parseXml(svgFile(await lanDiagram(inventory, plan, routers, a.id)))).split("\n");
      expect(lines).toContain(`router PD ${r.id} (${r.platform})`);
      for (const i of r.interfaces)
        expect(
          lines.some((l) => l.startsWith(`${i.name} ${i.addresses[0]}`)),
          `${a.id} ${i.name}`,
        ).toBe(true);
      expect(lines).toContain(`manajemen / mgmt ${r.management.host}`);
      expect(lines.some((l) => l.startsWith("inti / core wan"))).toBe(true);
    }
  });

  it("draws racks that parse as XML, with every mounted device in its rack", () => {
    const devices = buildDeviceCatalog(inventory, plan);
    for (const rack of rackViews(inventory, devices)) {
      const text = svgText(parseXml(rackSvg(rack)));
      for (const o of rack.occupants) expect(text).toContain(o.id);
    }
  });
});

describe("DOT generation", () => {
  it("escapes quotes and backslashes so a name cannot break the graph", async () => {
    expect(q('Dinas "Kominfo" \\ TIK')).toBe('"Dinas \\"Kominfo\\" \\\\ TIK"');
    const { inventory, plan, routers } = region("tabanan");
    const odd = structuredClone(inventory);
    odd.agencies[0]!.name = 'Sekretariat "Daerah" \\ <Tabanan> & co';
    const text = svgText(parseXml(await renderSvg(lanDot(odd, plan, routers, odd.agencies[0]!.id))));
    expect(text).toContain('Sekretariat "Daerah" \\ <Tabanan> & co');
  });

  it("refuses an agency that is not in the plan", () => {
    const { inventory, plan, routers } = region("tabanan");
    expect(() => lanDot(inventory, plan, routers, "tidak-ada")).toThrow(/tidak-ada/);
  });

  it("draws the WAN the same way every time", () => {
    const { inventory, plan, routers } = region("tabanan");
    expect(wanDot(inventory, plan, routers)).toBe(wanDot(inventory, plan, routers));
  });
});
