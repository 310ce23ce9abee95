/**
 * Verdicts that follow a term of the governing regulation's data (the terms test/policies/
 * terms-read.test.ts once listed as not yet read): a region violating exactly that term gets a
 * mandatory finding citing the article, and the compliant alternative passes.
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Evidence } from "../../inventory/facts";
import { analyze, type AnalyzableResource } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { citation } from "../../policies/regulations";
import { termsOf } from "../../policies/regulations";
import { cronWithin, intervalMonths } from "../../policies/rules/backup-interval";
import { sopViolations } from "../../policies/rules/pusat-data-sop";
import { compliantEvidence, compliantStack, mutate, res, TODAY } from "./fixture";

process.env.SPBE_REGULATIONS_PATH = path.resolve(__dirname, "../fixtures/regulations");

async function findings(stack: AnalyzableResource[], regulation: string, obligation: string) {
  const ds = await analyze(buildPolicies({ regulation, today: TODAY }), stack, {
    packName: "spbe",
    packVersion: "0.1.0",
  });
  return ds
    .filter((d) => decodeMessage(d.message).obligation === obligation)
    .map((d) => ({ level: d.enforcementLevel, text: d.message, en: decodeMessage(d.message).en }));
}

const withEvidence = (k: string, f: (e: Evidence) => void) => {
  const e = compliantEvidence(k);
  f(e);
  return compliantStack(e);
};

/** One mandatory finding whose basis is the regulation's citation and names `ref`. */
function expectMandatory(
  fs: Array<{ level: string; text: string }>,
  obligation: string,
  k: string,
  ref: string,
) {
  expect(fs.map((f) => f.level)).toEqual(["mandatory"]);
  expect(citation(obligation, k)).toContain(ref);
  expect(fs[0]!.text).toContain(citation(obligation, k));
}

const K = (kind: string, group = "core/v1") => `kubernetes:${group}:${kind}`;

describe("BK-02 under Pergub Bengkulu 11(7)(e): period and media for each data set (perData)", () => {
  it("a data set without its backup media is a mandatory finding", async () => {
    const stack = mutate(compliantStack(compliantEvidence("bengkulu")), "simpeg-data", (i) => {
      delete i.metadata.annotations["spbe.go.id/backup-media"];
    });
    const fs = await findings(stack, "bengkulu", "BK-02");
    expectMandatory(fs, "BK-02", "bengkulu", "Pasal 11 ayat (7) huruf e");
    expect(fs[0]!.en).toContain("media");
  });

  it("another data set of the same PD on record does not stand in for it (each data set)", async () => {
    const base = compliantStack(compliantEvidence("bengkulu"));
    const data = base.find((r) => r.name === "simpeg-data")!;
    const bare = structuredClone(data.inputs) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bare.metadata.name = "simpeg-arsip";
    bare.metadata.annotations = { "spbe.go.id/source": "applications[0]" };
    const fs = await findings([...base, res(data.type, "simpeg-arsip", bare)], "bengkulu", "BK-02");
    expect(fs.map((f) => f.level)).toEqual(["mandatory"]);
    expect(fs[0]!.en).toContain("simpeg-arsip");
  });

  it("a retention period is not among what 11(7)(e) names: without it, no finding", async () => {
    expect(termsOf("BK-02", "bengkulu")?.allOf).toEqual(["periode", "media"]);
    const bare = mutate(compliantStack(compliantEvidence("bengkulu")), "simpeg-data", (i) => {
      delete i.metadata.annotations["spbe.go.id/backup-retention-days"];
    });
    expect(await findings(bare, "bengkulu", "BK-02")).toEqual([]);
    // Tabanan is silent on BK-02: the toolkit's list (with retention) applies, advisory.
    const fs = await findings(
      mutate(compliantStack(compliantEvidence("tabanan")), "simpeg-data", (i) => {
        delete i.metadata.annotations["spbe.go.id/backup-retention-days"];
      }),
      "tabanan",
      "BK-02",
    );
    expect(fs.map((f) => f.level)).toEqual(["advisory"]);
    expect(fs[0]!.en).toContain("retentionDays");
  });

  it("every data set with its period and media passes", async () => {
    expect(await findings(compliantStack(compliantEvidence("bengkulu")), "bengkulu", "BK-02")).toEqual([]);
  });
});

describe("BK-01 under Perwali Prabumulih 16(1): 'secara berkala', no interval set", () => {
  it("a schedule running once a year complies: the regulation sets no interval", async () => {
    expect(termsOf("BK-01", "prabumulih")?.interval).toBe("none");
    const stack = mutate(compliantStack(compliantEvidence("prabumulih")), "simpeg-data", (i) => {
      i.metadata.annotations["spbe.go.id/backup-schedule"] = "0 1 1 1 *";
    });
    expect(await findings(stack, "prabumulih", "BK-01")).toEqual([]);
  });

  it("data no schedule covers is a mandatory finding citing 16(1)", async () => {
    const stack = compliantStack(compliantEvidence("prabumulih")).filter((r) => r.name !== "bkpsdm-schedule");
    const fs = await findings(stack, "prabumulih", "BK-01");
    expectMandatory(fs, "BK-01", "prabumulih", "Pasal 16 ayat (1)");
  });
});

/**
 * An application of bkpsdm at a site that is not the Pusat Data: the fixture's DRC (run by the
 * PDN), or an office site added here.
 */
const placedOutside = (
  k: string,
  site: { id: string; operator: string },
  hasData: boolean,
  mode = "hosting",
) =>
  withEvidence(k, (e) => {
    if (!e.sites.some((s) => s.id === site.id))
      e.sites.push({
        ...site,
        kind: "office",
        failureDomain: "bali-tabanan",
        platform: null,
        standard: null,
        source: "sites[3]",
      });
    e.applications.push({
      ...e.applications[0]!,
      id: "sipd",
      placement: mode,
      site: site.id,
      domain: null,
      hasData,
      source: "applications[1]",
    });
  });

describe("DC-02 under Perwali Prabumulih 14(5): 'data dan/atau servernya' (any of)", () => {
  const drc = { id: "drc-1", operator: "pdn" };
  const office = { id: "kantor-bkpsdm", operator: "diskominfo" };
  it("data outside the Pusat Data is a mandatory finding citing 14(5)", async () => {
    const fs = await findings(placedOutside("prabumulih", drc, true), "prabumulih", "DC-02");
    expectMandatory(fs, "DC-02", "prabumulih", "Pasal 14 ayat (5)");
    expect(fs[0]!.en).toContain("sipd");
  });
  it("the PD's own server outside the Pusat Data is a mandatory finding", async () => {
    const fs = await findings(
      placedOutside("prabumulih", office, false, "colocation"),
      "prabumulih",
      "DC-02",
    );
    expectMandatory(fs, "DC-02", "prabumulih", "Pasal 14 ayat (5)");
  });
  it("an application with neither data nor a server of the PD is not what 14(5) places", async () => {
    expect(await findings(placedOutside("prabumulih", drc, false), "prabumulih", "DC-02")).toEqual([]);
  });
  it("where the regulation lists nothing (PPU 16(3)), every application is placed", async () => {
    const fs = await findings(placedOutside("ppu", drc, false), "ppu", "DC-02");
    expect(fs.map((f) => f.level)).toEqual(["mandatory"]);
  });
});

describe("DC-02 under Perbup Tabanan 14(1): applications on Hosting and servers on Colocation (all of)", () => {
  it("a hosted application outside the Pusat Data is a mandatory finding citing 14(1)", async () => {
    const fs = await findings(
      placedOutside("tabanan", { id: "drc-1", operator: "pdn" }, false),
      "tabanan",
      "DC-02",
    );
    expectMandatory(fs, "DC-02", "tabanan", "Pasal 14 ayat (1)");
  });
  it("a colocation server in an agency office is a mandatory finding citing 14(1)", async () => {
    const server = res(K("Pod"), "srv-kantor", {
      metadata: {
        name: "srv-kantor",
        labels: {
          "spbe.go.id/role": "colocation-server",
          "spbe.go.id/agency": "bkpsdm",
          "spbe.go.id/site": "kantor-bkpsdm",
          "spbe.go.id/site-kind": "office",
        },
      },
    });
    const fs = await findings([...compliantStack(compliantEvidence("tabanan")), server], "tabanan", "DC-02");
    expectMandatory(fs, "DC-02", "tabanan", "Pasal 14 ayat (1)");
    expect(fs[0]!.en).toContain("srv-kantor");
  });
  it("applications and servers in the Dinas' Pusat Data pass", async () => {
    expect(await findings(compliantStack(compliantEvidence("tabanan")), "tabanan", "DC-02")).toEqual([]);
  });
});

describe("DC-04 under Perbup Tabanan 14(6): the SOP covers each listed item", () => {
  it("no SOP is a mandatory finding citing 14(6), naming the list", async () => {
    const fs = await findings(
      withEvidence("tabanan", (e) => (e.security.sop = null)),
      "tabanan",
      "DC-04",
    );
    expectMandatory(fs, "DC-04", "tabanan", "ayat (6)");
    for (const item of termsOf("DC-04", "tabanan")!.allOf!) expect(fs[0]!.en).toContain(item);
  });
  it("the SOP on record passes: the catalogs and activity records are the toolkit's construction", async () => {
    expect(await findings(compliantStack(compliantEvidence("tabanan")), "tabanan", "DC-04")).toEqual([]);
  });
  it("an item the toolkit does not build (another regulation's list) needs the SOP to name it", () => {
    const terms = { allOf: ["prosedur-pengoperasian", "katalog-perangkat", "rencana-kontinjensi"] };
    const sop = { reference: "SOP-PD-01", updatedOn: "2026-01-01" };
    const [v] = sopViolations(sop, terms);
    expect(v!.message.en).toContain("not recorded as covering rencana-kontinjensi");
    expect(v!.message.en).toContain("prosedur-pengoperasian: evidence: SOP 'SOP-PD-01'");
    expect(v!.message.en).toContain("katalog-perangkat: established by the toolkit's construction");
    expect(sopViolations({ ...sop, covers: ["rencana-kontinjensi"] }, terms)).toEqual([]);
  });
});

/** simpeg's site at `domain` (with `path` under the portal's host where given). */
const site = (k: string, domain: string, path?: string) =>
  withEvidence(k, (e) => {
    e.applications[0]!.domain = domain;
    if (path) e.applications[0]!.path = path;
  });

describe("NET-10: a subdomain of the portal or under the portal (any of)", () => {
  for (const [k, ref] of [
    ["tabanan", "Pasal 12 ayat (2)"],
    ["prabumulih", "Pasal 21 ayat (2)"],
  ] as const) {
    // The fixture region's portal (the rule reads the region's portalDomain).
    const portal = "tabanankab.go.id";
    it(`${k}: a site under the portal (its host with a path) passes`, async () => {
      expect(await findings(site(k, portal, "/bkpsdm"), k, "NET-10")).toEqual([]);
    });
    it(`${k}: a subdomain passes`, async () => {
      expect(await findings(site(k, `simpeg.${portal}`), k, "NET-10")).toEqual([]);
    });
    it(`${k}: neither (another domain) is a mandatory finding citing ${ref}`, async () => {
      const fs = await findings(site(k, "simpeg.example.id"), k, "NET-10");
      expectMandatory(fs, "NET-10", k, ref);
    });
  }
  it("a regulation accepting only a subdomain (the fixture's 9(1)) reports a site under the portal", async () => {
    expect(termsOf("NET-10", "contoh")?.anyOf).toEqual(["subdomain"]);
    const fs = await findings(site("contoh", "tabanankab.go.id", "/bkpsdm"), "contoh", "NET-10");
    expectMandatory(fs, "NET-10", "contoh", "Pasal 9 ayat (1)");
    expect(fs[0]!.en).toContain("tabanankab.go.id/bkpsdm");
    expect(await findings(site("contoh", "simpeg.tabanankab.go.id"), "contoh", "NET-10")).toEqual([]);
  });
});

describe("DC-08: the PD Mandiri TIK flag counts only where the regulation has the category", () => {
  const server = () =>
    res(K("Pod"), "srv-bkpsdm-01", {
      metadata: {
        name: "srv-bkpsdm-01",
        labels: { "spbe.go.id/role": "colocation-server", "spbe.go.id/agency": "bkpsdm" },
      },
    });
  const flagged = (k: string) => [...withEvidence(k, (e) => (e.agencies[0]!.mandiriTik = true)), server()];
  it("Bengkulu has no such category: a flagged agency's own server is reported", async () => {
    const fs = await findings(flagged("bengkulu"), "bengkulu", "DC-08");
    expect(fs).toHaveLength(1);
    expect(fs[0]!.en).toContain("srv-bkpsdm-01");
  });
  it("Prabumulih has it (14(7)): a PD Mandiri TIK's own server is not reported", async () => {
    expect(await findings(flagged("prabumulih"), "prabumulih", "DC-08")).toEqual([]);
  });
});

describe("BK-01 where a regulation sets an interval (none of the five does)", () => {
  it("reads years and months; none or absent sets no interval", () => {
    expect(intervalMonths({ interval: { years: 1 } })).toBe(12);
    expect(intervalMonths({ interval: { months: 3 } })).toBe(3);
    expect(intervalMonths({ interval: "none" })).toBeNull();
    expect(intervalMonths(null)).toBeNull();
  });
  it("a cron schedule meets an interval when its months leave no longer gap and its day is in every month", () => {
    expect(cronWithin("0 1 * * *", 1)).toBe(true);
    expect(cronWithin("0 1 1 */3 *", 3)).toBe(true);
    expect(cronWithin("0 1 1 */3 *", 2)).toBe(false);
    expect(cronWithin("0 1 1 1,7 *", 6)).toBe(true);
    expect(cronWithin("0 1 1 1 *", 6)).toBe(false);
    // The 31st is not in every month: the gap cannot be told from the month field alone.
    expect(cronWithin("0 1 31 * *", 1)).toBe(false);
    expect(cronWithin("not a cron", 12)).toBe(false);
  });
});
