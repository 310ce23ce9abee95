/** The report's Markdown tables escape through the toolkit's one Markdown escaper. */
import { describe, expect, it } from "vitest";
import { cell } from "../../report/escape";
import { table } from "../../report/markdown-parts";
import { mdCell } from "../../review/markdown";

describe("a Markdown table of the report", () => {
  it("escapes its cells with review/markdown.ts's mdCell, not an escaper of its own", () => {
    expect(cell).toBe(mdCell);
  });

  it("opens no tag, emphasis, code or cell from inventory text, and shows nothing as '-'", () => {
    const md = table(
      ["Nama / Name", "Catatan"],
      [
        ["builtBy: <id dinas>", "*.go.id a_b `x` c|d"],
        [null, ""],
      ],
    );
    const rows = md.trim().split("\n");
    expect(rows[2]).toBe("| builtBy: &lt;id dinas&gt; | \\*.go.id a\\_b \\`x\\` c\\|d |");
    expect(rows[3]).toBe("| - | - |");
  });

  it("puts a cell written as Markdown by its caller in as it is", () => {
    const md = table(["Status"], [[{ md: "⚠ **Terlambat / Overdue**" }]]);
    expect(md.trim().split("\n")[2]).toBe("| ⚠ **Terlambat / Overdue** |");
  });
});
