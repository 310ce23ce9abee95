/**
 * The example regions changed one field at a time, each change read against the governing
 * regulation's own article (readings-cases*.ts). A forbidden change gives a mandatory finding of
 * its obligation that cites the article; a permitted one gives none (advisory at most). Every
 * quote is checked to stand at its article in regulations/<key>.txt, so a case cannot rest on
 * words the regulation does not have.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRegion } from "../../offline/check-region";
import type { CheckReport } from "../../offline/findings";
import { regulation } from "../../regulations/registry";
import { misplacement, parseText } from "../../regulations/text";
import { mutatedRegion } from "../offline/mutate";
import { READINGS_TABANAN_PPU } from "./readings-cases";
import { READINGS_OTHERS } from "./readings-cases-2";

const TODAY = "2026-11-23";
const READINGS = [...READINGS_TABANAN_PPU, ...READINGS_OTHERS];
const REGIONS = [...new Set(READINGS.map((r) => r.region))];

const texts = new Map<string, ReturnType<typeof parseText>>();
const textOf = (key: string) => {
  if (!texts.has(key)) texts.set(key, parseText(readFileSync(`regulations/${regulation(key).text}`, "utf8")));
  return texts.get(key)!;
};

describe("each reading's article", () => {
  it.each(READINGS.map((r) => [`${r.region} ${r.ref}: “${r.quote}”`, r] as const))(
    "%s stands in the regulation's text",
    (_, r) => {
      expect(misplacement(textOf(r.region), r.ref, r.quote)).toBeNull();
    },
  );
});

describe("the example regions before any change", () => {
  it.each(REGIONS)(
    "%s has no mandatory finding under its own regulation",
    async (key) => {
      const r = await checkRegion(`inventory/regions/${key}.yaml`, { today: TODAY });
      expect(r.findings.filter((f) => f.enforcement === "mandatory").map((f) => f.rule)).toEqual([]);
    },
    60_000,
  );
});

const mandatoryOf = (r: CheckReport, obligation: string) =>
  r.findings.filter((f) => f.obligation === obligation && f.enforcement === "mandatory");

describe.each(READINGS.map((r) => [`${r.region} ${r.obligation}`, r] as const))("%s", (_, r) => {
  it(`${r.change}: ${r.verdict} (${r.ref} “${r.quote}”)`, async () => {
    const report = await checkRegion(mutatedRegion(r.region, r.apply), {
      today: TODAY,
      ...(r.defaults ? { policy: { defaults: r.defaults } } : {}),
    });
    const found = mandatoryOf(report, r.obligation);
    if (r.verdict === "permitted") {
      expect(found.map((f) => f.message)).toEqual([]);
      return;
    }
    expect(found.length).toBeGreaterThan(0);
    // The finding rests on the governing regulation's article, not another region's.
    const title = regulation(r.region).title;
    expect(found.some((f) => f.citation.includes(r.cites ?? r.ref) && f.citation.includes(title))).toBe(true);
    if (r.says) expect(found.map((f) => f.message)).toContainEqual(expect.stringContaining(r.says));
    // The remedy asks for what the text names, so following it clears the finding.
    if (r.remedy)
      expect(found.map((f) => f.message.slice(f.message.indexOf("Perbaikan:")))).toContainEqual(
        expect.stringContaining(r.remedy),
      );
  }, 60_000);
});
