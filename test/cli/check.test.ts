import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inventoryOfStack } from "../../cli/check";
import { run } from "./run";
import { writeInventory } from "./workdir";
import { mutatedRegion } from "../offline/mutate";

describe("spbe check usage", () => {
  it("prints its usage with --help and exits 0", async () => {
    const r = await run(["check", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("spbe check <inventory.yaml>");
  });

  it("exits 2 without an inventory or with both an inventory and --stack", async () => {
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["check", "a.yaml", "--stack", "tabanan"])).code).toBe(2);
  });

  it("exits 2 on an unknown format or language", async () => {
    const bad = await run(["check", "a.yaml", "--format", "html", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--format must be one of text, json, markdown, sarif");
    const id = await run(["check", "a.yaml", "--format", "html"]);
    expect(id.code).toBe(2);
    expect(id.err).toContain("spbe check: --format harus salah satu dari text, json, markdown, sarif");
    expect((await run(["check", "a.yaml", "--lang", "fr"])).code).toBe(2);
  });

  it("exits 2 on an unknown stack", async () => {
    const r = await run(["check", "--stack", "atlantis", "--lang=en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("stacks/Pulumi.atlantis.yaml not found");
    const id = await run(["check", "--stack", "atlantis"]);
    expect(id.err).toContain("tidak ada stack 'atlantis' (stacks/Pulumi.atlantis.yaml tidak ditemukan)");
  });

  it("reads the inventory of a stack from its config", () => {
    expect(inventoryOfStack("tabanan")).toBe("inventory/regions/tabanan.yaml");
  });

  it("exits 2 with every loader error of a malformed inventory, before running anything", async () => {
    const w = writeInventory();
    writeFileSync(w.file, "region:\n  key: Contoh\n");
    const r = await run(["check", w.file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/contoh\.yaml:2:\d+ region\.key: /);
    expect(r.err).toMatch(/contoh\.yaml: \d+ galat; tidak ada yang diperiksa/);
    const en = await run(["check", w.file, "--lang", "en"]);
    expect(en.err).toMatch(/contoh\.yaml: \d+ error\(s\); nothing was checked/);
    // The summary on stdout says so too: a job summary is never empty.
    expect(r.out).toContain("TIDAK DIPERIKSA");
    expect(r.out).toMatch(/contoh\.yaml:2:\d+ region\.key: /);
  });

  it("still writes the Markdown summary and a SARIF with the located errors of a malformed inventory", async () => {
    const w = writeInventory();
    writeFileSync(w.file, "region:\n  key: Contoh\n");
    const md = `${w.dir}/summary.md`;
    const sarifFile = `${w.dir}/check.sarif`;
    const r = await run(["check", w.file, "--markdown", md, "--sarif", sarifFile, "--lang", "en"]);
    expect(r.code).toBe(2);
    const summary = readFileSync(md, "utf8");
    expect(summary).toContain("NOT CHECKED: invalid input");
    expect(summary).toMatch(/\| region\.key \|/);
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8"));
    const errors = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === "spbe-input-error");
    expect(errors.length).toBeGreaterThan(0);
    const key = errors.find((x: { message: { text: string } }) => x.message.text.startsWith("region.key:"));
    expect(key.locations[0].physicalLocation.region.startLine).toBe(2);
  });

  it("exits 2 on a malformed policy config, naming the key", async () => {
    const w = writeInventory();
    const cfg = `${w.dir}/policy.json`;
    const rule = "spbe-net-01-no-bypass-service";
    writeFileSync(
      cfg,
      JSON.stringify({ [rule]: { exemptions: [{ rule, resource: "x", reason: "r", until: "soon" }] } }),
    );
    const r = await run(["check", w.file, "--policy-config", cfg, "--lang", "en"]);
    expect(r.code).toBe(2);
    // The file is one line of JSON: the error is at the column of "until".
    const col = readFileSync(cfg, "utf8").indexOf('"until"') + 1;
    expect(r.err).toContain(`${cfg}:1:${col} ${rule}.exemptions[0].until: expected a date YYYY-MM-DD`);
    const id = await run(["check", w.file, "--policy-config", cfg]);
    expect(id.code).toBe(2);
    expect(id.err).toContain(`${cfg}:1:${col} ${rule}.exemptions[0].until: diharapkan tanggal YYYY-MM-DD`);
    expect(id.err).not.toContain("expected a date");
  });
});

describe("spbe check verdicts", () => {
  it("exits 0 with the JSON report of a clean region, with a progress line on stderr", async () => {
    const r = await run([
      "check",
      "inventory/regions/tabanan.yaml",
      "--format",
      "json",
      "--today",
      "2026-11-23",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      region: "tabanan",
      regulation: "tabanan",
      summary: { mandatory: 0 },
    });
    expect(r.err).toMatch(/spbe check: tabanan: .*evaluating \d+ resources/);
  });

  it("exits 1 on a mandatory finding and writes the output to --out", async () => {
    const file = mutatedRegion("tabanan", (doc) => {
      const apps = (doc.toJS() as { applications: Array<{ domain?: string }> }).applications;
      doc.setIn(["applications", apps.findIndex((a) => a.domain), "domain"], "layanan.tabanan.example.com");
    });
    const out = `${file}.sarif`;
    const r = await run(["check", file, "--format", "sarif", "--out", out, "--today", "2026-11-23"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    const net10 = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === "spbe-net-10-portal-domain",
    );
    expect(net10.level).toBe("error");
  });
});

describe("spbe check on a region the program refuses", () => {
  it("exits 2 with the program's reason, without a stack trace", async () => {
    const file = mutatedRegion("prabumulih", (doc) => doc.setIn(["sites", 1, "operator"], "setda"));
    const r = await run(["check", file, "--lang", "en"]);
    expect(r.code).toBe(2);
    // The reason, at the inventory path it names, located in the file.
    expect(r.err).toMatch(/prabumulih\.yaml:\d+:\d+ sites\[1\]\.objectStorage: /);
    expect(r.err).toContain("nothing was checked");
    expect(r.err).not.toMatch(/^\s+at /m);
  });
});
