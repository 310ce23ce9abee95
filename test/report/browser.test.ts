/**
 * The report in a real headless Chromium (Debian `chromium`, driven by playwright-core): it must
 * load from disk with no console error and no request beyond the file itself, show the whole
 * matrix and every agency's LAN diagram, and paint something a person can read.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OBLIGATIONS } from "../../policies/obligations";
import { run } from "../cli/run";
import { REGIONS, TODAY, region, regionFile } from "./fixture";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `report browser test SKIPPED: ${CHROMIUM} is absent (install Debian 'chromium'; .ci/run does)`,
  );

/** Distinct colours and the share of the commonest one in a PNG. */
function colours(png: Buffer): { distinct: number; dominant: number } {
  const img = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    const c = (img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = Math.max(...counts.values());
  return { distinct: counts.size, dominant: top / (img.width * img.height) };
}

describe.skipIf(!hasChromium)("the report in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(REGIONS)(
    "%s: loads offline with the whole matrix, every LAN diagram and a readable page",
    async (key) => {
      const out = join(mkdtempSync(join(tmpdir(), `spbe-report-${key}-`)), "r");
      const made = await run(["report", regionFile(key), "--out", out, "--today", TODAY]);
      expect(made.err).not.toContain("no report was written");
      expect(made.code).toBe(0);

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("request", (r) => requests.push(r.url()));
      const url = pathToFileURL(join(out, "index.html")).href;
      await page.goto(url, { waitUntil: "load" });

      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);

      const rows = await page
        .locator("#matrix-table tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-obligation")));
      expect(rows).toEqual(OBLIGATIONS.map((o) => o.id));

      const { inventory } = region(key);
      const lans = await page.locator("figure[data-agency]").evaluateAll((fs) =>
        fs.map((f) => {
          const svg = f.querySelector("svg");
          const box = svg?.getBoundingClientRect();
          return { agency: f.getAttribute("data-agency"), drawn: !!box && box.width > 50 && box.height > 50 };
        }),
      );
      expect(lans.map((l) => l.agency).sort()).toEqual(inventory.agencies.map((a) => a.id).sort());
      expect(lans.every((l) => l.drawn)).toBe(true);

      // Every router folded in its own block; searching an interface address opens its router.
      const { routers } = region(key);
      const blocks = await page.locator("details.router").evaluateAll((ds) => ds.map((d) => d.id));
      expect(blocks).toEqual(routers.map((r) => `router-${r.id}`));
      const agency = routers.find((r) => r.role === "agency")!;
      const lan = agency.interfaces.find((i) => i.kind === "lan")!.addresses[0]!;
      await page.fill("#q", lan);
      await expect
        .poll(() => page.locator(`#router-${agency.id}`).evaluate((d) => d.hasAttribute("open")), {
          timeout: 15_000,
        })
        .toBe(true);
      const open = await page.locator("details.router[open]").evaluateAll((ds) => ds.map((d) => d.id));
      expect(open).toContain(`router-${agency.id}`);
      await page.fill("#q", "");

      await page.locator("#matrix").scrollIntoViewIfNeeded();
      const shot = colours(await page.screenshot({ path: join(out, "..", "matrix.png") }));
      expect(shot.distinct).toBeGreaterThan(32);
      expect(shot.dominant).toBeLessThan(0.97);
      await page.close();
    },
  );
});
