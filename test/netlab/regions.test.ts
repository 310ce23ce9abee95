/**
 * `spbe netlab` on the five example regions: real namespaces, FRRouting and nftables, real
 * packets. Each region's matrix is as its policy says (exit 0) and the lab leaves nothing behind.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run as spbe } from "../cli/run";
import { run, TOOLS } from "../../netlab/tools";
import { REGIONS, REGIONS_DIR, skipReason } from "../devices/fixture";

const reason = skipReason(["ip", "nft", "vtysh", "zebra", "ospfd", "python3"], true);

async function labNamespaces(): Promise<string[]> {
  const r = await run(TOOLS.ip, ["netns", "list"]);
  return r.stdout.split("\n").filter((l) => l.startsWith(`spbe-${process.pid}-`));
}

describe.skipIf(reason !== null)(`spbe netlab on the example regions ${reason ?? ""}`, () => {
  for (const key of REGIONS) {
    it(
      `${key}: every agency LAN reaches what the policy allows and nothing else`,
      { timeout: 600_000 },
      async () => {
        const r = await spbe(["netlab", join(REGIONS_DIR, `${key}.yaml`), "--format", "json"]);
        expect(r.err).not.toMatch(/UNEXPECTED|TIDAK SESUAI/);
        expect(r.code).toBe(0);
        const result = JSON.parse(r.out) as {
          converged: boolean;
          cells: { expected: boolean; icmp: boolean }[];
        };
        expect(result.converged).toBe(true);
        // The matrix is real: some pairs get through, most are blocked.
        expect(result.cells.some((c) => c.expected && c.icmp)).toBe(true);
        expect(result.cells.some((c) => !c.expected && !c.icmp)).toBe(true);
        expect(await labNamespaces()).toEqual([]);
      },
    );
  }

  it("prints the matrix as text in Bahasa Indonesia by default", { timeout: 600_000 }, async () => {
    const r = await spbe(["netlab", join(REGIONS_DIR, "prabumulih.yaml")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Lab Jaringan Intra prabumulih: 15 router/);
    expect(r.out).toContain("Setiap pasangan sesuai kebijakan.");
  });
});

describe("spbe netlab on malformed input", () => {
  it("exits 2 naming the problem", async () => {
    const r = await spbe(["netlab", join(REGIONS_DIR, "tidak-ada.yaml")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak-ada\.yaml/);
  });

  it("exits 2 for an unknown format, in Bahasa Indonesia by default and English with --lang en", async () => {
    const r = await spbe(["netlab", join(REGIONS_DIR, "ppu.yaml"), "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format harus text atau json, bukan 'xml'");
    const en = await spbe(["netlab", join(REGIONS_DIR, "ppu.yaml"), "--format", "xml", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("--format must be text or json, not 'xml'");
  });
});
