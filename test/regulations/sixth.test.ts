/**
 * A sixth regulation as data only: a fixture text and data file (a subset of articles) in a folder
 * named by SPBE_REGULATIONS_PATH, and a region governed by it. Validate, check and report work
 * end to end with no code change: mandatory where the data file cites articles (citing them),
 * advisory elsewhere (citing the regulations that do require it).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRegion } from "../../offline/check-region";
import { regulationKeys } from "../../policies/regulations";
import { mutatedRegion } from "../offline/mutate";
import { run } from "../cli/run";

const TODAY = "2026-11-23";
const FIXTURES = path.resolve(__dirname, "../fixtures/regulations");
const TITLE = "Peraturan Bupati Contoh Nomor 1 Tahun 2026";

const governedByContoh = (more: (doc: import("yaml").Document) => void = () => {}) =>
  mutatedRegion("tabanan", (doc) => {
    doc.setIn(["region", "regulation"], "contoh");
    more(doc);
  });

describe("a sixth regulation, as data only", () => {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.SPBE_REGULATIONS_PATH;
    process.env.SPBE_REGULATIONS_PATH = FIXTURES;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.SPBE_REGULATIONS_PATH;
    else process.env.SPBE_REGULATIONS_PATH = before;
  });

  it("is known once its folder is named, and its data file checks against its text", async () => {
    expect(regulationKeys()).toContain("contoh");
    const r = await run(["regulation", "check", path.join(FIXTURES, "contoh.yaml")]);
    expect(r.code).toBe(0);
  });

  it("governs a region: validate accepts it", async () => {
    const r = await run(["validate", governedByContoh()]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("check: the compliant region passes; its cited articles are mandatory, the rest advisory", async () => {
    const clean = await checkRegion(governedByContoh(), { today: TODAY });
    expect(clean.regulation).toBe("contoh");
    expect(clean.findings.filter((f) => f.enforcement === "mandatory" && f.status === "violation")).toEqual(
      [],
    );

    const outside = await checkRegion(
      governedByContoh((doc) => doc.setIn(["applications", 0, "domain"], "layanan.contoh.example.com")),
      { today: TODAY },
    );
    const net10 = outside.findings.filter((f) => f.obligation === "NET-10");
    expect(net10.map((f) => f.enforcement)).toEqual(["mandatory"]);
    expect(net10[0]!.citation).toBe(`Pasal 9 ayat (1) ${TITLE}`);

    const noDiagram = await checkRegion(
      governedByContoh((doc) => doc.deleteIn(["agencies", 0, "lan", "diagramSubmittedOn"])),
      { today: TODAY },
    );
    const net04 = noDiagram.findings.filter((f) => f.obligation === "NET-04" && f.status === "violation");
    expect(net04.map((f) => f.enforcement)).toEqual(["advisory"]);
    expect(net04[0]!.message).toContain("tidak diatur dalam Perbup Contoh 1/2026 (anjuran); diwajibkan oleh");
    expect(net04[0]!.message).toContain("Perbup Tabanan 44/2022");
  });

  it("report: the auditor report names the regulation and its articles", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "spbe-sixth-")), "report");
    const r = await run(["report", governedByContoh(), "--out", out, "--today", TODAY]);
    expect(r.code).toBe(0);
    const md = readFileSync(path.join(out, "report.md"), "utf8");
    expect(md).toContain(TITLE);
    expect(md).toContain("Pasal 7 ayat (1)");
  });
});
