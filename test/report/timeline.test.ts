import { describe, expect, it } from "vitest";
import { evidenceTimeline } from "../../report/timeline";
import { buildEvidence } from "../../plan/evidence";
import { region, TODAY } from "./fixture";

describe("evidence timeline", () => {
  const { inventory } = region("tabanan");

  it("dates the next infrastructure audit two years after the last one", () => {
    const items = evidenceTimeline(buildEvidence(inventory), TODAY);
    const audit = items.find((i) => i.obligation === "AUD-01");
    expect(audit).toMatchObject({ date: "2025-08-12", due: "2027-08-12", status: "ok" });
  });

  it("marks an audit older than two years as overdue and lists it first", () => {
    const old = structuredClone(inventory);
    old.security.audits = old.security.audits.map((a) =>
      a.kind === "keamanan" ? { ...a, on: "2024-01-10" } : a,
    );
    const items = evidenceTimeline(buildEvidence(old), TODAY);
    expect(items[0]).toMatchObject({ obligation: "AUD-02", status: "overdue", due: "2026-01-10" });
  });

  it("marks an agency that never submitted its LAN diagram as missing", () => {
    const none = structuredClone(inventory);
    delete none.agencies[2]!.lan.diagramSubmittedOn;
    const items = evidenceTimeline(buildEvidence(none), TODAY);
    const lan = items.find((i) => i.obligation === "NET-04" && i.subject === none.agencies[2]!.id);
    expect(lan).toMatchObject({ status: "missing", date: null });
  });

  it("lists one LAN diagram submission per agency and every admission test", () => {
    const items = evidenceTimeline(buildEvidence(inventory), TODAY);
    const lan = items.filter((i) => i.obligation === "NET-04" && i.what.en === "LAN diagram submission");
    expect(lan.map((i) => i.subject).sort()).toEqual(inventory.agencies.map((a) => a.id).sort());
    const admitted = inventory.applications.filter((a) => a.admission).length;
    expect(items.filter((i) => i.obligation === "DC-03")).toHaveLength(admitted);
  });
});
