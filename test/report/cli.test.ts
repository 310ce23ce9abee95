import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run";
import { parseXml, svgText } from "./xml";

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
    const r = await run(["diagram", "inventory/regions/tabanan.yaml", "--agency", "dinas-bulan"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no agency 'dinas-bulan'");
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

describe("spbe report", () => {
  it("requires --out, exit 2 with usage", async () => {
    const r = await run(["report", "inventory/regions/tabanan.yaml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out <dir> is required");
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
    const r = await run(["report", file, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no report was written");
    expect(readdirSync(out)).toEqual([]);
  });
});
