import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRegion } from "../../offline/check-region";
import { OBLIGATIONS } from "../../policies/obligations";
import { run } from "./run";
import { region, TODAY } from "../report/fixture";
import { labFile, labResultFor } from "../report/lab-fixture";
import { parseXml, svgText } from "../report/xml";

describe("spbe diagram", () => {
  it("prints the region WAN as SVG naming every agency", async () => {
    const r = await run(["diagram", "inventory/regions/ppu.yaml"]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith("<?xml")).toBe(true);
    expect(svgText(parseXml(r.out))).toContain("Jaringan Intra");
  });

  it("writes one agency's LAN to --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "spbe-diagram-")), "lan.svg");
    const r = await run(["diagram", "inventory/regions/tabanan.yaml", "--agency", "bkpsdm", "--out", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, ".."))).toEqual(["lan.svg"]);
  });

  it("names the known agencies when asked for an unknown one, exit 2", async () => {
    const r = await run([
      "diagram",
      "inventory/regions/tabanan.yaml",
      "--agency",
      "dinas-bulan",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no agency 'dinas-bulan'");
    const id = await run(["diagram", "inventory/regions/tabanan.yaml", "--agency", "dinas-bulan"]);
    expect(id.err).toContain("tidak ada Perangkat Daerah 'dinas-bulan' (Perangkat Daerah: ");
    expect(r.err).toContain("bkpsdm");
    expect(r.out).toBe("");
  });

  it("reports a malformed inventory with its position and draws nothing, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-diagram-"));
    const file = join(dir, "rusak.yaml");
    writeFileSync(file, "region:\n  key: Rusak\n");
    const r = await run(["diagram", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rusak\.yaml:\d+:\d+/);
    expect(r.out).toBe("");
  });
});

describe("spbe diagram without a lock file", () => {
  it("says to run spbe ipam and draws nothing, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-diagram-"));
    const file = join(dir, "ppu.yaml");
    writeFileSync(file, readFileSync("inventory/regions/ppu.yaml", "utf8"));
    const r = await run(["diagram", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`spbe ipam ${file}`);
    expect(r.out).toBe("");
  });
});

describe("spbe report", () => {
  it("requires --out, exit 2 with usage", async () => {
    const r = await run(["report", "inventory/regions/tabanan.yaml", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out <dir> is required");
    const id = await run(["report", "inventory/regions/tabanan.yaml"]);
    expect(id.err).toContain("spbe report: --out <dir> wajib diberikan");
  });

  it("prints its usage on --help, exit 0", async () => {
    const r = await run(["report", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: spbe report");
  });

  it("writes nothing into --out when the inventory is malformed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-report-"));
    const file = join(dir, "rusak.yaml");
    writeFileSync(file, "region:\n  key: Rusak\n");
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await run(["report", file, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no report was written");
    const id = await run(["report", file, "--out", out]);
    expect(id.err).toMatch(/rusak\.yaml: \d+ galat; tidak ada laporan yang ditulis/);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("spbe report --lab", () => {
  const refused = async (lab: string, why: RegExp) => {
    const out = join(mkdtempSync(join(tmpdir(), "spbe-report-")), "r");
    const r = await run([
      "report",
      "inventory/regions/tabanan.yaml",
      "--out",
      out,
      "--lab",
      lab,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
    expect(r.err).toContain(`spbe report: ${lab}: `); // the summary names the lab file, not the inventory
    expect(r.err).toContain("no report was written");
    expect(readdirSync(join(out, ".."))).toEqual([]);
  };

  it("refuses a file that is not JSON, naming it, and writes nothing, exit 2", async () => {
    const lab = labFile("{ bukan json");
    await refused(lab, new RegExp(`${lab}: not JSON`));
  });

  it("refuses a result of another region, and writes nothing, exit 2", async () => {
    await refused(
      labFile(labResultFor(region("ppu").devices)),
      /lab result is of region 'ppu', this report is of 'tabanan'/,
    );
  });

  it("refuses a result whose device model is not this plan's, and writes nothing, exit 2", async () => {
    const stale = { ...labResultFor(region("tabanan").devices), modelHash: "0".repeat(64) };
    await refused(labFile(stale), /modelHash: the lab ran another device model of tabanan/);
  });

  it("wants a file name, exit 2", async () => {
    const r = await run([
      "report",
      "inventory/regions/tabanan.yaml",
      "--out",
      "x",
      "--lab",
      "",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--lab wants the file");
  });
});

describe("spbe report on an example region", () => {
  it("writes index.html, report.md and the SVGs, with the matrix agreeing with spbe check", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "spbe-report-")), "r");
    const { inventory, devices } = region("tabanan");
    const lab = labResultFor(devices);
    const r = await run([
      "report",
      "inventory/regions/tabanan.yaml",
      "--out",
      out,
      "--today",
      TODAY,
      "--lab",
      labFile(lab),
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("spbe report: diagram WAN");
    const svgs = readdirSync(join(out, "diagrams"));
    expect(svgs).toContain("wan.svg");
    for (const a of inventory.agencies) expect(svgs).toContain(`lan-${a.id}.svg`);
    const html = readFileSync(join(out, "index.html"), "utf8");
    for (const router of devices.routers) expect(html).toContain(`id="router-${router.id}"`);
    expect(html).toContain("Setiap pasangan sesuai kebijakan");
    expect(html.match(/<details class="lab-source">/g)).toHaveLength(inventory.agencies.length);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain(`${lab.cells.length} diuji / probed`);

    const check = await checkRegion("inventory/regions/tabanan.yaml", { today: TODAY });
    const mandatory = new Set(
      check.findings
        .filter((f) => f.status === "violation" && f.enforcement === "mandatory")
        .map((f) => f.obligation),
    );
    for (const o of OBLIGATIONS) {
      const row = new RegExp(`<tr data-obligation="${o.id}" class="status-([a-z-]+)"`).exec(html);
      expect(row?.[1] === "violation", o.id).toBe(mandatory.has(o.id));
    }
  });

  it("refuses to write over a folder that is not a report, and leaves it as it was, exit 2", async () => {
    const out = mkdtempSync(join(tmpdir(), "spbe-report-"));
    writeFileSync(join(out, "catatan.txt"), "jangan dihapus");
    const r = await run(["report", "inventory/regions/ppu.yaml", "--out", out, "--today", TODAY]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is not an earlier report written by spbe report");
    expect(readdirSync(out)).toEqual(["catatan.txt"]);
  });
});
