import { describe, expect, it } from "vitest";
import { checkResources } from "../../offline/check-region";
import type { CheckReport } from "../../offline/findings";
import { formatJson } from "../../review/format-json";
import { formatMarkdown } from "../../review/format-markdown";
import { formatSarif } from "../../review/format-sarif";
import { formatText } from "../../review/format-text";
import { compliantStack, mutate, TODAY } from "../policies/fixture";

const FILE = "inventory/regions/tabanan.yaml";
/** A stand-in for the loader's locate(): the line is derived from the path so each differs. */
const LINES: Record<string, number> = { "applications[0]": 40, "agencies[0]": 12, "sites[0]": 25 };
/** Like the loader, a path that does not exist yet is located at its nearest existing element. */
const locate = (p: string) => {
  for (let q = p, up = ""; q !== ""; q = up) {
    if (LINES[q]) return { file: FILE, line: LINES[q]!, column: 5 };
    up = q.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (up === q) break;
  }
  return null;
};

async function violating(lang: "id" | "en" = "id"): Promise<CheckReport> {
  const stack = mutate(
    mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec.type = "LoadBalancer")),
    "simpeg-route",
    (i) => void i.spec.hostnames.push("simpeg.example.com"),
  );
  const withEvidence = mutate(stack, "spbe-evidence", (i) => {
    const ev = JSON.parse(i.data["evidence.json"]);
    ev.security.controls = ev.security.controls.filter((c: string) => c !== "integrity-monitoring");
    i.data["evidence.json"] = JSON.stringify(ev);
  });
  return checkResources(withEvidence, { key: "tabanan", regulation: "tabanan" }, locate, {
    lang,
    today: TODAY,
    policy: {
      exemptions: [
        {
          rule: "spbe-net-01-no-bypass-service",
          resource: "simpeg-svc",
          reason: "uji beban",
          approvedBy: "Kadis",
          until: "2027-01-01",
        },
      ],
    },
  });
}

describe("the JSON contract", () => {
  it("has exactly the documented keys, in findings and summary", async () => {
    const r = JSON.parse(formatJson(await violating())) as CheckReport;
    expect(Object.keys(r).sort()).toEqual(["findings", "region", "regulation", "summary"]);
    expect(Object.keys(r.summary).sort()).toEqual(["advisory", "exempt", "mandatory", "resources"]);
    for (const f of r.findings) {
      expect(Object.keys(f).sort()).toEqual(
        [
          "citation",
          "enforcement",
          "exemption",
          "fingerprint",
          "location",
          "message",
          "obligation",
          "path",
          "resource",
          "resources",
          "rule",
          "severity",
          "status",
        ].sort(),
      );
      expect(Object.keys(f.resource).sort()).toEqual(["name", "type", "urn"]);
    }
    expect(r).toMatchObject({ region: "tabanan", regulation: "tabanan" });
  });

  it("reports NET-10 as mandatory with the Tabanan article and the inventory line of the application", async () => {
    const f = (await violating()).findings.find((x) => x.obligation === "NET-10")!;
    expect(f).toMatchObject({
      enforcement: "mandatory",
      status: "violation",
      citation: "Pasal 12 ayat (2) Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
      location: { file: FILE, line: 40, column: 5 },
    });
    expect(f.message).toContain("simpeg.example.com");
  });

  it("counts an exempted mandatory finding as exempt, not mandatory", async () => {
    const r = await violating();
    expect(r.findings.find((x) => x.obligation === "NET-01")).toMatchObject({
      status: "exempt",
      enforcement: "mandatory",
    });
    expect(r.summary.exempt).toBe(1);
    expect(r.summary.mandatory).toBe(
      r.findings.filter((x) => x.status === "violation" && x.enforcement === "mandatory").length,
    );
  });

  it("writes messages in English with --lang en", async () => {
    const f = (await violating("en")).findings.find((x) => x.obligation === "NET-10")!;
    expect(f.message).toContain("outside the portal domain");
  });
});

describe("the human formats", () => {
  it("groups text output by enforcement with the citation under each finding", async () => {
    const text = formatText(await violating(), "id");
    expect(text.indexOf("WAJIB (")).toBeLessThan(text.indexOf("ANJURAN ("));
    expect(text).toContain("DIKECUALIKAN (1)");
    expect(text).toContain(`${FILE}:40:5`);
    expect(text).toContain("Dasar: Pasal 12 ayat (2) Perbup Tabanan 44/2022");
    expect(text).toContain("Perbaikan: Gunakan subdomain portal Pemerintah Daerah");
    expect(text.trimEnd().endsWith("GAGAL: ada pelanggaran wajib")).toBe(true);
  });

  it("writes a pull-request summary in Markdown, advice folded away", async () => {
    const md = formatMarkdown(await violating(), "en");
    expect(md).toMatch(/^## ❌ spbe check: tabanan \(Perbup Tabanan 44\/2022\)/);
    expect(md).toContain("### Mandatory (");
    expect(md).toContain("<details><summary>Advisory (");
    expect(md).toContain(`${FILE}:40:5`);
  });

  it("points each SARIF result at the inventory line of its element", async () => {
    const r = await violating();
    const sarif = JSON.parse(formatSarif(r, "id", { inventory: FILE }));
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0].results as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(results.length).toBe(r.findings.length);
    const net10 = results.find((x) => x.ruleId === "spbe-net-10-portal-domain")!;
    expect(net10.level).toBe("error");
    expect(net10.locations[0].physicalLocation.artifactLocation.uri).toBe(FILE);
    expect(net10.locations[0].physicalLocation.region.startLine).toBe(40);
    expect(results.find((x) => x.ruleId === "spbe-net-01-no-bypass-service")!.level).toBe("note");
  });
});

describe("a finding's identity in SARIF", () => {
  it("carries a fingerprint per result, unique and independent of the line and the language", async () => {
    const id = await violating("id");
    const en = await violating("en");
    const fps = id.findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
    expect(en.findings.map((f) => f.fingerprint).sort()).toEqual([...fps].sort());
    const sarif = JSON.parse(formatSarif(id, "id", { inventory: FILE }));
    for (const r of sarif.runs[0].results)
      expect(r.partialFingerprints["spbeFinding/v1"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("states an exemption as an external suppression with its reason and approver", async () => {
    const sarif = JSON.parse(formatSarif(await violating(), "id", { inventory: FILE }));
    const net01 = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === "spbe-net-01-no-bypass-service",
    );
    expect(net01.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "uji beban (approved by Kadis, until 2027-01-01)",
      },
    ]);
    const net10 = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === "spbe-net-10-portal-domain",
    );
    expect(net10.suppressions).toBeUndefined();
  });

  it("gives each rule its help from the obligation and a link into the docs when a base is known", async () => {
    const docs = "https://example.invalid/spbe/blob/abc/docs/obligations.md";
    const sarif = JSON.parse(formatSarif(await violating(), "en", { inventory: FILE, docsUrl: docs }));
    const rule = sarif.runs[0].tool.driver.rules.find(
      (x: { id: string }) => x.id === "spbe-net-10-portal-domain",
    );
    expect(rule.helpUri).toBe(`${docs}#net-10`);
    expect(rule.help.text).toContain("Pasal 12 ayat (2) Peraturan Bupati Tabanan Nomor 44 Tahun 2022");
    expect(rule.help.markdown).toContain("**Fix:**");
    expect(rule.help.markdown).toContain("| Perbup Tabanan 44/2022 |");
    const none = JSON.parse(formatSarif(await violating(), "en", { inventory: FILE }));
    expect(none.runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
  });
});

describe("reading diagnostics back", () => {
  it("keeps a diagnostic the library wrote itself (unknown value during preview), under its rule", async () => {
    const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";
    const stack = mutate(compliantStack(), "simpeg-svc", (i) => void (i.spec = UNKNOWN_OBJECT));
    const r = await checkResources(stack, { key: "tabanan", regulation: "tabanan" }, locate, {
      today: TODAY,
    });
    const f = r.findings.find((x) => x.message.includes("can't run"))!;
    expect(f).toMatchObject({ enforcement: "advisory", status: "violation" });
    expect(f.obligation).toMatch(/^[A-Z]+-\d{2}$/);
  });
});
