/**
 * The renderers are deterministic and match the golden files of one region (regenerate with
 * UPDATE_GOLDEN=1 and review the diff), and every rendered FRR and nftables file of the five
 * example regions passes the real parsers: `vtysh --dryrun` and `nft -c` in a throwaway netns.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderLinux } from "../../plan/devices/render";
import { renderRouterOs } from "../../plan/devices/render-routeros";
import { checkFrr, checkNft, must, run, TOOLS } from "../../netlab/tools";
import { exampleModel, REGIONS, skipReason } from "./fixture";

const GOLDEN = join(__dirname, "..", "golden", "devices");

function golden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run the tests with UPDATE_GOLDEN=1 and review it`);
  expect(actual, path).toBe(readFileSync(path, "utf8"));
}

describe("router configurations", () => {
  it("are byte-identical when rendered twice", () => {
    for (const key of REGIONS) {
      const a = exampleModel(key);
      const b = exampleModel(key);
      for (const [i, r] of a.routers.entries()) {
        expect(renderLinux(r, key)).toEqual(renderLinux(b.routers[i], key));
        expect(renderRouterOs(r, key)).toBe(renderRouterOs(b.routers[i], key));
      }
    }
  });

  it("match the golden files for the core, an agency, the DRC edge and an interconnect edge of ppu", () => {
    const model = exampleModel("ppu");
    for (const id of ["rtr-core-01", "rtr-setda", "drc-rtr-01", "edge-jip-pusat"]) {
      const r = model.routers.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      if (!r) continue;
      for (const f of renderLinux(r, "ppu")) golden(`ppu.${id}.${f.name}`, f.content);
      golden(`ppu.${id}.rsc`, renderRouterOs(r, "ppu"));
    }
  });

  it("say in the RouterOS header that it cannot be emulated here", () => {
    const r = exampleModel("ppu").routers[0];
    expect(renderRouterOs(r, "ppu")).toMatch(
      /^# RouterOS v7[^\n]*\n[^\n]*\n# NOT EMULATED: RouterOS cannot run in the spbe netlab/,
    );
  });
});

describe("the real parsers", () => {
  const dir = mkdtempSync(join(tmpdir(), "spbe-render-"));
  const netns = `spbe-${process.pid}-check`;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await run(TOOLS.ip, ["netns", "del", netns]);
  });
  const reason = skipReason(["vtysh", "nft", "ip"], true);

  it.skipIf(reason !== null)(
    `accept every rendered frr.conf and nftables ruleset ${reason ?? ""}`,
    async () => {
      await must(TOOLS.ip, ["netns", "add", netns]);
      const files: { frr: string; nft: string }[] = [];
      for (const key of REGIONS) {
        for (const r of exampleModel(key).routers) {
          const [frr, nft] = renderLinux(r, key);
          const pair = { frr: join(dir, `${key}.${r.id}.frr.conf`), nft: join(dir, `${key}.${r.id}.nft`) };
          writeFileSync(pair.frr, frr.content);
          writeFileSync(pair.nft, nft.content);
          files.push(pair);
        }
      }
      let checked = 0;
      for (let i = 0; i < files.length; i += 8) {
        await Promise.all(
          files.slice(i, i + 8).map(async (pair) => {
            const [f, n] = await Promise.all([checkFrr(pair.frr), checkNft(pair.nft, netns)]);
            expect(f.code, `${pair.frr}: ${f.stdout}${f.stderr}`).toBe(0);
            expect(n.code, `${pair.nft}: ${n.stderr}`).toBe(0);
            checked++;
          }),
        );
      }
      expect(checked).toBe(REGIONS.reduce((n, key) => n + exampleModel(key).routers.length, 0));
    },
  );

  it.skipIf(reason !== null)("refuse a broken file (the check is real)", async () => {
    const r = exampleModel("ppu").routers[0];
    const [frr, nft] = renderLinux(r, "ppu");
    const frrFile = join(dir, "broken.frr.conf");
    const nftFile = join(dir, "broken.nft");
    writeFileSync(frrFile, frr.content.replace("ip ospf area 0.0.0.0", "ip ospf arena 0.0.0.0"));
    writeFileSync(nftFile, nft.content.replace("policy drop;", "policy dropp;"));
    await must(TOOLS.ip, ["netns", "add", `${netns}-b`]);
    try {
      expect((await checkFrr(frrFile)).code).not.toBe(0);
      expect((await checkNft(nftFile, `${netns}-b`)).code).not.toBe(0);
    } finally {
      await must(TOOLS.ip, ["netns", "del", `${netns}-b`]);
    }
  });
});
