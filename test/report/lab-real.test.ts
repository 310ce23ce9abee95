/**
 * The whole path with a real lab: `spbe netlab --out` on an example region (network namespaces,
 * FRRouting, nftables, real packets; root only) and `spbe report --lab` on what it wrote. Skipped
 * where the lab cannot run, except in CI, where a missing tool fails (test/devices/fixture.ts).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLabResult } from "../../report/lab";
import { skipReason } from "../devices/fixture";
import { run } from "../cli/run";
import { region } from "./fixture";

const reason = skipReason(["ip", "nft", "vtysh", "zebra", "ospfd", "python3"], true);

describe.skipIf(reason !== null)(`spbe report --lab with a real spbe netlab run ${reason ?? ""}`, () => {
  it("shows the matrix the lab measured for tabanan", { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-lab-real-"));
    const lab = join(dir, "lab.json");
    const ran = await run(["netlab", "inventory/regions/tabanan.yaml", "--out", lab]);
    expect(ran.code).toBe(0);
    const read = readLabResult(lab, region("tabanan").devices);
    if (!read.ok) throw new Error(read.errors.join("\n"));
    expect(read.lab.pairs.every((p) => p.pass)).toBe(true);
    expect(read.lab.pairs.some((p) => p.expected && p.icmp)).toBe(true);
    expect(read.lab.pairs.some((p) => !p.expected && !p.icmp)).toBe(true);
    const out = join(dir, "laporan");
    const r = await run(["report", "inventory/regions/tabanan.yaml", "--out", out, "--lab", lab]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("Setiap pasangan sesuai kebijakan");
    expect(html).toContain(`${read.lab.pairs.length} diuji / probed`);
    expect(html).toContain(read.lab.startedAt.slice(0, 10));
  });
});
