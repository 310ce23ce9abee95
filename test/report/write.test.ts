import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertReplaceable, OutDirError, writeReportDir } from "../../report/write";

const tmp = () => mkdtempSync(join(tmpdir(), "spbe-report-"));

describe("writing the report folder", () => {
  it("creates the folder with every file, including nested ones", () => {
    const out = join(tmp(), "r");
    writeReportDir(out, [
      { path: "index.html", content: "<p>a</p>" },
      { path: "report.md", content: "# a" },
      { path: "diagrams/wan.svg", content: "<svg/>" },
    ]);
    expect(readdirSync(out).sort()).toEqual([".spbe-report.json", "diagrams", "index.html", "report.md"]);
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

  it("refuses a folder that merely holds an index.html and a report.md, deleting nothing", () => {
    const out = join(tmp(), "site");
    mkdirSync(out);
    for (const f of ["index.html", "report.md", "notes.txt"]) writeFileSync(join(out, f), "mine");
    expect(() => assertReplaceable(out)).toThrow(/not an earlier report written by spbe report/);
    expect(() => writeReportDir(out, [{ path: "index.html", content: "x" }])).toThrow(OutDirError);
    expect(readdirSync(out).sort()).toEqual(["index.html", "notes.txt", "report.md"]);
  });

  it("refuses an earlier report of ours that holds a file added since", () => {
    const out = join(tmp(), "r");
    writeReportDir(out, [
      { path: "index.html", content: "old" },
      { path: "report.md", content: "old" },
    ]);
    writeFileSync(join(out, "catatan-auditor.txt"), "added by hand");
    expect(() => writeReportDir(out, [{ path: "index.html", content: "new" }])).toThrow(OutDirError);
    expect(readFileSync(join(out, "catatan-auditor.txt"), "utf8")).toBe("added by hand");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("old");
  });

  it("refuses --out . and a folder that holds the current folder", () => {
    const parent = tmp();
    const cwd = process.cwd();
    try {
      process.chdir(parent);
      expect(() => assertReplaceable(".")).toThrow(/is the current folder or holds it/);
      expect(() => assertReplaceable("..")).toThrow(/is the current folder or holds it/);
    } finally {
      process.chdir(cwd);
    }
  });
});
