import { describe, expect, it } from "vitest";
import type { AddressPlan } from "../../plan/types";
import { run } from "./run";
import { writeInventory } from "./workdir";

describe("spbe plan", () => {
  it("prints the address plan as aligned tables", async () => {
    const w = writeInventory();
    await run(["ipam", w.file]);
    const { code, out } = await run(["plan", w.file]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    const header = lines.find((l) => l.startsWith("AGENCY"));
    const bappeda = lines.find((l) => l.startsWith("bappeda "));
    expect(header).toBeDefined();
    expect(bappeda?.split(/\s{2,}/)).toEqual([
      "bappeda",
      "10.20.0.0/25",
      "10.20.0.1",
      "104",
      "10.20.247.254/31",
      "10.20.247.254",
      "10.20.247.255",
    ]);
    // Columns line up: each value starts where its header does.
    expect(bappeda?.indexOf("10.20.0.1 ")).toBe(header?.indexOf("GATEWAY"));
    expect(out).toMatch(/^pd-utama\s+colocation\s+10\.20\.251\.0\/24\s+101$/m);
    expect(out).toMatch(/^srv-dukcapil-01\s+pd-utama\s+10\.20\.251\.2$/m);
  });

  it("prints the same plan as JSON with --format json", async () => {
    const w = writeInventory();
    await run(["ipam", w.file]);
    const { code, out } = await run(["plan", w.file, "--format", "json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as AddressPlan;
    expect(plan.region).toBe("contoh");
    expect(plan.agencies.map((a) => a.agency)).toEqual(["bappeda", "dinkes", "bkpsdm"]);
    expect(plan.hosts.map((h) => h.id)).toEqual(["srv-dukcapil-01", "core-1", "fw-1", "drc-sw-1"]);
  });

  it("exits 1 and tells to run spbe ipam when the lock lacks an allocation", async () => {
    const w = writeInventory();
    await run(["ipam", w.file]);
    writeInventory(
      {
        agencies: [
          { id: "bappeda", hosts: 60 },
          { id: "baru", hosts: 9 },
        ],
      },
      w.dir,
    );
    const { code, out, err } = await run(["plan", w.file, "--lang", "en"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(
      `the lock has no allocation for the LAN of Perangkat Daerah 'baru': run \`spbe ipam ${w.file}\``,
    );
    const id = await run(["plan", w.file]);
    expect(id.code).toBe(1);
    expect(id.err).toContain(
      `spbe plan: lock tidak memiliki alokasi untuk LAN Perangkat Daerah 'baru': jalankan \`spbe ipam ${w.file}\``,
    );
  });

  it("rejects an unknown format with exit 2", async () => {
    const { code, err } = await run(["plan", "x.yaml", "--format", "xml", "--lang", "en"]);
    expect(code).toBe(2);
    expect(err).toContain("--format must be text or json, not 'xml'");
    const id = await run(["plan", "x.yaml", "--format", "xml"]);
    expect(id.err).toContain("spbe plan: --format harus text atau json, bukan 'xml'");
    process.env.SPBE_LANG = "en";
    try {
      const env = await run(["plan", "x.yaml", "--format", "xml"]);
      expect(env.err).toContain("spbe plan: --format must be text or json, not 'xml'");
    } finally {
      delete process.env.SPBE_LANG;
    }
  });
});
