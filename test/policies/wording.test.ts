/**
 * Words as each regulation uses them: under every regulation with a data file (the five of the
 * project and the sixth fixture), every rule's findings, built from the violating cases, and its
 * remedy use no word the governing regulation does not have (wording-terms.ts computes which,
 * from the regulation's own text and data file).
 */
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../offline/analyze";
import { decodeMessage } from "../../policies/message";
import { buildPolicies } from "../../policies/pack";
import { regulation, regulationKeys, termsOf } from "../../policies/regulations";
import { RULES } from "../../policies/rules";
import { CASES } from "./cases";
import { ev } from "./cases-helpers";
import { TODAY } from "./fixture";
import { wordingOf } from "./wording-terms";

const FIXTURES = path.resolve(__dirname, "../fixtures/regulations");
const before = process.env.SPBE_REGULATIONS_PATH;
process.env.SPBE_REGULATIONS_PATH = FIXTURES;
const KEYS = regulationKeys();
afterAll(() => {
  if (before === undefined) delete process.env.SPBE_REGULATIONS_PATH;
  else process.env.SPBE_REGULATIONS_PATH = before;
});

/**
 * Beside the violating cases (dated for the toolkit's windows), the records missing outright (a
 * regulation that requires a record but sets no interval finds only a missing one) and a
 * rejected admission acted on (where the request itself is optional).
 */
const MORE = [
  () => ev((e) => void (e.applications[0]!.admission!.result = "rejected")),
  () => ev((e) => void (e.agencies[0]!.lanDiagramSubmittedOn = null)),
  () => ev((e) => void (e.security.monitoringEvaluation = null)),
  () => ev((e) => void (e.security.audits = [])),
];

interface Said {
  rule: string;
  lang: "id" | "en";
  text: string;
}

/** Every text the pack says under `key`: each finding of each violating case, each remedy. */
async function everythingSaid(key: string): Promise<Said[]> {
  const policies = buildPolicies({ regulation: key, today: TODAY });
  const out: Said[] = [];
  for (const p of policies) {
    const [id = "", en = ""] = (p.remediationSteps ?? "").split("\n");
    out.push({ rule: p.name, lang: "id", text: id }, { rule: p.name, lang: "en", text: en });
  }
  for (const stack of [...CASES.map((c) => c.stack), ...MORE]) {
    const ds = await analyze(policies, stack(), { packName: "spbe", packVersion: "0.1.0" });
    for (const d of ds) {
      const m = decodeMessage(d.message);
      out.push(
        { rule: d.policyName, lang: "id", text: m.id },
        { rule: d.policyName, lang: "en", text: m.en },
      );
    }
  }
  return out;
}

describe("words as each regulation uses them", () => {
  it("runs over the five regulations and the sixth fixture", () => {
    expect(KEYS).toContain("contoh");
    expect(KEYS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(KEYS)("under %s, every rule's findings and remedy use only its words", async (key) => {
    const said = await everythingSaid(key);
    // Every rule spoke: at least one finding beside its remedy, in both languages.
    const findings = new Map<string, number>();
    for (const s of said) findings.set(s.rule, (findings.get(s.rule) ?? 0) + 1);
    expect(RULES.filter((r) => (findings.get(r.name) ?? 0) < 4).map((r) => r.name)).toEqual([]);

    const w = wordingOf(key);
    const offences = [
      ...new Set(said.flatMap((s) => w.offences(s.text).map((o) => `${s.rule} (${s.lang}): ${o}`))),
    ];
    expect(offences).toEqual([]);
  });
});

describe("the forbidden words come from each regulation's text and data file", () => {
  const flagged = (sample: string) => KEYS.filter((k) => wordingOf(k).offences(sample).length > 0);

  it("has teeth: each word some regulation does not use is flagged under one at least", () => {
    for (const s of ["PD Mandiri TIK", "pertimbangan kelayakan", "uji keamanan dan kelaikan", "meja layanan"])
      expect(flagged(`Catat ${s}.`), s).not.toEqual([]);
    expect(flagged("Lewat gateway di wilayah lain.")).toEqual(KEYS);
  });

  it("follows each text's choice: the two spellings and the two service-desk words are flagged apart", () => {
    expect(flagged("pertimbangan kelaikan")).not.toEqual(flagged("pertimbangan kelayakan"));
    expect(flagged("meja layanan")).not.toEqual(flagged("service desk"));
  });

  it("leaves inventory syntax and quoted values alone", () => {
    expect(flagged("Catat gateway.approvals.operasi { kind: gateway-daerah } untuk 'wilayah-1'.")).toEqual(
      [],
    );
  });
});

describe("remedies name what the regulation names", () => {
  const remedy = (key: string, rule: string) => {
    const p = buildPolicies({ regulation: key, today: TODAY }).find((x) => x.name === rule)!;
    return p.remediationSteps ?? "";
  };

  it.each(KEYS)("under %s: its word for the Sistem Penghubung Layanan, the Dinas, the category", (key) => {
    const reg = regulation(key);
    expect(remedy(key, "spbe-spl-01-integrate-through-gateway")).toContain(
      reg.words.gateway ?? "Sistem Penghubung Layanan",
    );
    expect(remedy(key, "spbe-spl-07-government-service-bus")).toContain(reg.words.dinas ?? "Dinas");
    const dc08 = remedy(key, "spbe-dc-08-own-servers-mandiri-only");
    if (reg.knowsMandiriTik) expect(dc08).toContain(reg.words.mandiriTik ?? "PD Mandiri TIK");
    else expect(dc08).not.toMatch(/Mandiri/);
  });

  it.each(KEYS)("under %s: the builders its terms allow, the issuers and standard they require", (key) => {
    const reg = regulation(key);
    const net03 = termsOf("NET-03", key)?.actors;
    const allowsCategory = reg.knowsMandiriTik && (net03 ?? ["pd-mandiri-tik"]).includes("pd-mandiri-tik");
    const builder = remedy(key, "spbe-net-03-lan-builder");
    if (allowsCategory) expect(builder).toContain(reg.words.mandiriTik ?? "PD Mandiri TIK");
    else expect(builder).not.toMatch(/Mandiri/);

    const issuers = termsOf("SPL-04", key)?.issuers;
    const spl04 = remedy(key, "spbe-spl-04-fitness-approvals");
    if (issuers?.operasi?.includes("dinas")) expect(spl04).toContain(`dari ${reg.words.dinas ?? "Dinas"}`);
    if (issuers) expect(spl04).not.toContain("bawaan toolkit");
    else expect(spl04).toContain("bawaan toolkit");

    const dc06 = remedy(key, "spbe-dc-06-sni-standard");
    const standard = termsOf("DC-06", key)?.standard;
    if (standard === "sni") expect(dc06).toMatch(/SNI \(standar nasional Indonesia\)(?!.*internasional)/);
    else if (standard === "unnamed") expect(dc06).not.toContain("SNI");
    else expect(dc06).toContain("SNI dan/atau standar internasional");
  });
});
