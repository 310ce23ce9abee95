import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutDirError, writeReportDir } from "../../cli/report/write";

const tmp = () => mkdtempSync(join(tmpdir(), "spbe-report-"));

describe("writing the report folder", () => {
  it("creates the folder with every file, including nested ones", () => {
    const out = join(tmp(), "r");
    writeReportDir(out, [
      { path: "index.html", content: "<p>a</p>" },
      { path: "report.md", content: "# a" },
      { path: "diagrams/wan.svg", content: "<svg/>" },
    ]);
    expect(readdirSync(out).sort()).toEqual(["diagrams", "index.html", "report.md"]);
    expect(readFileSync(join(out, "diagrams/wan.svg"), "utf8")).toBe("<svg/>");
  });

  it("replaces an earlier report whole, leaving none of its old files", () => {
    const out = join(tmp(), "r");
    writeReportDir(out, [
      { path: "index.html", content: "old" },
      { path: "report.md", content: "old" },
      { path: "diagrams/lan-gone.svg", content: "<svg/>" },
    ]);
    writeReportDir(out, [
      { path: "index.html", content: "new" },
      { path: "report.md", content: "new" },
    ]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect(existsSync(join(out, "diagrams/lan-gone.svg"))).toBe(false);
  });

  it("refuses to replace a folder that holds something other than a report, and leaves it untouched", () => {
    const out = join(tmp(), "mine");
    mkdirSync(out);
    writeFileSync(join(out, "thesis.docx"), "precious");
    expect(() => writeReportDir(out, [{ path: "index.html", content: "x" }])).toThrow(OutDirError);
    expect(readdirSync(out)).toEqual(["thesis.docx"]);
  });

  it("leaves the earlier report and no temporary folder behind when a write fails part-way", () => {
    const parent = tmp();
    const out = join(parent, "r");
    writeReportDir(out, [
      { path: "index.html", content: "old" },
      { path: "report.md", content: "old" },
    ]);
    expect(() =>
      writeReportDir(out, [
        { path: "index.html", content: "new" },
        { path: "../escape.txt", content: "x" },
      ]),
    ).toThrow(/outside the report folder/);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(parent)).toEqual(["r"]);
  });
});
