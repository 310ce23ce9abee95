import { describe, expect, it } from "vitest";
import { buildEvidence } from "../../plan/evidence";
import { DEFAULTS } from "../../policies/defaults";
import { RULES } from "../../policies/rules";
import type { Inventory } from "../../inventory/schema";
import { evidenceTimeline } from "../../report/timeline";
import { REGIONS, region, TODAY } from "./fixture";

const timeline = (inv: Inventory) => evidenceTimeline(buildEvidence(inv), TODAY, inv.region.regulation);

/** The obligations whose evidence rule (the pack's own check) reports something for `inv`. */
function reported(inv: Inventory, ids: readonly string[]): Set<string> {
  const ev = buildEvidence(inv);
  const out = new Set<string>();
  for (const r of RULES)
    if (r.kind === "evidence" && ids.includes(r.obligation)) {
      const v = r.check(ev, { regulation: inv.region.regulation, today: TODAY }, () => []);
      if (v.length > 0) out.add(r.obligation);
    }
  return out;
}

/** Every recurring record dated long ago. */
function aged(inv: Inventory, on: string): Inventory {
  const old = structuredClone(inv);
  old.security.audits = old.security.audits.map((a) => ({ ...a, on }));
  for (const a of old.agencies) if (a.lan.diagramSubmittedOn) a.lan.diagramSubmittedOn = on;
  if (old.security.vulnerabilityAssessment) old.security.vulnerabilityAssessment.lastOn = on;
  return old;
}

describe("evidence timeline", () => {
  const { inventory } = region("tabanan");

  it("dates the next infrastructure audit two years after the last one, the regulation's interval", () => {
    const audit = timeline(inventory).find((i) => i.obligation === "AUD-01");
    expect(audit).toMatchObject({ date: "2025-08-12", due: "2027-08-12", status: "ok" });
    // Tabanan 28(6): "paling sedikit 2 (dua) tahun sekali"
    expect(audit?.interval?.en).toContain("the regulation's interval");
  });

  it("marks an audit older than two years as overdue and lists it first", () => {
    const old = structuredClone(inventory);
    old.security.audits = old.security.audits.map((a) =>
      a.kind === "keamanan" ? { ...a, on: "2024-01-10" } : a,
    );
    expect(timeline(old)[0]).toMatchObject({ obligation: "AUD-02", status: "overdue", due: "2026-01-10" });
  });

  it("holds no interval where the regulation sets none: an old Tangerang audit is on record, not overdue", () => {
    const old = aged(region("tangerang").inventory, "2019-03-01");
    const items = timeline(old).filter((i) => i.obligation === "AUD-01" || i.obligation === "AUD-02");
    expect(items.length).toBe(2);
    for (const i of items) {
      expect(i).toMatchObject({ status: "ok", due: null, date: "2019-03-01" });
      expect(i.interval?.en).toBe("no interval");
    }
  });

  it("labels a window no regulation sets as the toolkit's default, and follows the configured value", () => {
    const sec06 = timeline(inventory).find((i) => i.obligation === "SEC-06" && i.what.en.startsWith("Vuln"));
    expect(sec06?.interval?.en).toContain("the toolkit's default");
    const va = inventory.security.vulnerabilityAssessment?.lastOn as string;
    const five = evidenceTimeline(buildEvidence(inventory), TODAY, "tabanan", {
      ...DEFAULTS,
      vulnerabilityAssessmentYears: 5,
    }).find((i) => i.obligation === "SEC-06" && i.what.en.startsWith("Vuln"));
    expect(five?.due).toBe(`${Number(va.slice(0, 4)) + 5}${va.slice(4)}`);
  });

  it("marks an agency that never submitted its LAN diagram as missing", () => {
    const none = structuredClone(inventory);
    delete none.agencies[2]!.lan.diagramSubmittedOn;
    const lan = timeline(none).find((i) => i.obligation === "NET-04" && i.subject === none.agencies[2]!.id);
    expect(lan).toMatchObject({ status: "missing", date: null });
  });

  it("lists one LAN diagram submission per agency and every admission test", () => {
    const items = timeline(inventory);
    const lan = items.filter((i) => i.obligation === "NET-04" && i.what.en === "LAN diagram submission");
    expect(lan.map((i) => i.subject).sort()).toEqual(inventory.agencies.map((a) => a.id).sort());
    const admitted = inventory.applications.filter((a) => a.admission).length;
    expect(items.filter((i) => i.obligation === "DC-03")).toHaveLength(admitted);
  });

  // The promise of the section: an item is late here exactly when the matching rule reports it.
  const IDS = ["AUD-01", "AUD-02", "NET-04", "SEC-06"] as const;
  for (const key of REGIONS)
    for (const on of [null, "2023-06-01", "2016-06-01"] as const)
      it(`${key}${on ? `, records dated ${on}` : ""}: late in the timeline exactly where the rule reports`, () => {
        const base = region(key).inventory;
        const inv = on ? aged(base, on) : base;
        const late = new Set(
          timeline(inv)
            .filter((i) => (IDS as readonly string[]).includes(i.obligation))
            .filter((i) => i.status === "overdue" || i.status === "missing")
            .map((i) => i.obligation),
        );
        expect([...late].sort()).toEqual([...reported(inv, IDS)].sort());
      });
});
