/**
 * The example regions through the whole `checkRegion` (inventory → program under mocks → pack
 * through the analyzer handlers): each passes its own regulation, and the Done-when mutations
 * of an inventory report DC-01, DRC-02 and NET-10 as mandatory with that region's article.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Document } from "yaml";
import { checkRegion } from "../../offline/check-region";
import { citation } from "../../policies/regulations";
import { mutatedRegion } from "./mutate";

const TODAY = "2026-11-23";
const REGIONS = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"].filter((k) =>
  existsSync(`inventory/regions/${k}.yaml`),
);

function indexWhere(doc: Document, list: string, f: (x: Record<string, unknown>) => boolean): number {
  const items = (doc.toJS() as Record<string, Array<Record<string, unknown>>>)[list] ?? [];
  const i = items.findIndex(f);
  if (i < 0) throw new Error(`no matching element in ${list}`);
  return i;
}

describe("every example region", () => {
  it.each(REGIONS)("%s has no mandatory finding under its own regulation", async (key) => {
    const r = await checkRegion(`inventory/regions/${key}.yaml`, { today: TODAY });
    expect(r.regulation).toBe(key);
    expect(r.summary.resources).toBeGreaterThan(10);
    expect(r.findings.filter((f) => f.enforcement === "mandatory" && f.status === "violation")).toEqual([]);
  });
});

describe("the Done-when mutations of Prabumulih (DC-01 and NET-10 mandatory under Perwali 65/2020; DRC-02 advisory: 1 angka 26 only defines the DRC)", () => {
  const key = "prabumulih";

  async function only(file: string, obligation: string) {
    const r = await checkRegion(file, { today: TODAY });
    const hits = r.findings.filter((f) => f.obligation === obligation && f.status === "violation");
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) {
      expect(f.enforcement).toBe("mandatory");
      expect(f.citation).toBe(citation(obligation, key));
    }
    return hits;
  }

  it("flags an agency-operated pusat-data site as DC-01", async () => {
    const file = mutatedRegion(key, (doc) => {
      const i = indexWhere(doc, "sites", (s) => s.kind === "pusat-data");
      doc.setIn(["sites", i, "operator"], "dinkes");
    });
    const hits = await only(file, "DC-01");
    expect(hits.some((f) => f.message.includes("dinkes"))).toBe(true);
  });

  it("flags a DRC on the Pusat Data's failure domain as DRC-02: advisory, citing Bengkulu 13(5)", async () => {
    const file = mutatedRegion(key, (doc) => {
      const js = doc.toJS() as { sites: Array<{ kind: string; location: { failureDomain: string } }> };
      const pd = js.sites.find((s) => s.kind === "pusat-data")!;
      const drc = indexWhere(doc, "sites", (s) => s.kind === "drc");
      doc.setIn(["sites", drc, "location", "failureDomain"], pd.location.failureDomain);
    });
    const r = await checkRegion(file, { today: TODAY });
    const hits = r.findings.filter((f) => f.obligation === "DRC-02" && f.status === "violation");
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) {
      expect(f.enforcement).toBe("advisory");
      expect(f.message).toContain("Pergub Bengkulu 9/2022");
    }
  });

  it("flags a website outside the portal domain as NET-10, at the application's line", async () => {
    const file = mutatedRegion(key, (doc) => {
      const i = indexWhere(doc, "applications", (a) => typeof a.domain === "string");
      doc.setIn(["applications", i, "domain"], "layanan.prabumulih.example.com");
    });
    const hits = await only(file, "NET-10");
    expect(hits[0]!.message).toContain("layanan.prabumulih.example.com");
    expect(hits[0]!.location?.file).toBe(file);
    expect(hits[0]!.location?.line).toBeGreaterThan(1);
  });
});
