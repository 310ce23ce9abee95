/**
 * applications[].path end to end: an example region's website moved under the portal's host
 * (Perbup Tabanan 12(2) "menginduk pada portal") loads, reaches the evidence and passes NET-10;
 * a path that is not one is refused where it stands.
 */
import { describe, expect, it } from "vitest";
import { run } from "../cli/run";
import { mutatedRegion } from "../offline/mutate";

const simpeg = (path: string | null, domain = "tabanankab.go.id") =>
  mutatedRegion("tabanan", (doc) => {
    const apps = (doc.toJS() as { applications: Array<{ id: string }> }).applications;
    const i = apps.findIndex((a) => a.id === "simpeg");
    doc.setIn(["applications", i, "domain"], domain);
    if (path !== null) doc.setIn(["applications", i, "path"], path);
  });

const check = (file: string) => run(["check", file, "--format", "json", "--today", "2026-11-23"]);

describe("a website under the portal (applications[].path)", () => {
  it("Tabanan: simpeg at tabanankab.go.id/simpeg complies with 12(2)", async () => {
    const r = await check(simpeg("/simpeg"));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("spbe-net-10-portal-domain");
    // The same site on another domain is reported, under the same rule name.
    const outside = await check(simpeg(null, "simpeg.example.id"));
    expect(outside.code).toBe(1);
    expect(outside.out).toContain("spbe-net-10-portal-domain");
  }, 120_000);

  it("a path without its leading / is refused, naming the field", async () => {
    const r = await run(["check", simpeg("simpeg")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("path");
    expect(r.err).toContain("/bkpsdm");
  }, 60_000);
});
