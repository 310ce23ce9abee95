import { SEARCH_SCRIPT_HASH } from "../../report/search";
import { describe, expect, it } from "vitest";
import { reportFiles } from "../../report/files";
import { renderHtml } from "../../report/html";
import { renderMarkdown } from "../../report/markdown";
import { finding, model } from "./fixture";
import { parseXml } from "./xml";

describe("report renderers", async () => {
  const m = await model("tabanan", [
    finding({ obligation: "NET-10" }, "Situs <script>alert(1)</script> di luar domain portal"),
    finding({ obligation: "SEC-05", enforcement: "advisory" }, "Kendali a|b tidak ada"),
    finding({ obligation: "DC-02" }, "x", {
      reason: "migrasi 2027",
      approvedBy: "Kepala Dinas",
      until: "2027-06-30",
    }),
  ]);
  const html = renderHtml(m);
  const md = renderMarkdown(m);

  it("writes HTML that needs nothing from outside the file: only its own inline script, no stylesheet link, font or remote URL", () => {
    // The search script (report/search.ts) is the one script, inline and admitted by its hash.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|@font-face|url\(/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${SEARCH_SCRIPT_HASH}'"`,
    );
  });

  it("escapes inventory and finding text instead of letting it into the markup", () => {
    expect(html).toContain("Situs &lt;script&gt;alert(1)&lt;/script&gt; di luar domain portal");
  });

  it("has one matrix row per obligation in both renderings", () => {
    expect(html.match(/<tr data-obligation="/g)).toHaveLength(44);
    for (const row of m.matrix) expect(md).toMatch(new RegExp(`^\\| ${row.obligation} \\|`, "m"));
  });

  it("shows an exemption's reason and approver", () => {
    expect(html).toContain("migrasi 2027");
    expect(html).toContain("Kepala Dinas");
    expect(md).toContain("migrasi 2027; disetujui oleh / approved by Kepala Dinas; s.d. / until 2027-06-30");
  });

  it("escapes a pipe inside a Markdown table cell so the row keeps its columns", () => {
    expect(md).toContain("Kendali a\\|b tidak ada");
  });

  it("embeds the WAN and one LAN diagram per agency, and links the same SVG files from Markdown", () => {
    for (const a of m.agencies) {
      expect(html).toContain(`data-agency="${a.id}"`);
      expect(md).toContain(`](diagrams/lan-${a.id}.svg)`);
    }
    expect(md).toContain("](diagrams/wan.svg)");
  });

  it("gives every section a Bahasa Indonesia heading with an English subtitle and a table of contents entry", () => {
    for (const [key, id, en] of [
      ["matrix", "Matriks kepatuhan", "Compliance matrix"],
      ["timeline", "Linimasa bukti", "Evidence timeline"],
      ["backups", "Rencana pencadangan", "Backup plan"],
    ]) {
      expect(html).toContain(`<section id="${key}"><h2>${id}<span class="en">${en}</span></h2>`);
      expect(html).toContain(`<a href="#${key}">`);
      expect(md).toContain(`## ${id}\n\n_${en}_`);
    }
  });

  it("writes index.html, report.md and a well-formed SVG file per diagram", () => {
    const files = reportFiles(m);
    const names = files.map((f) => f.path);
    expect(names).toContain("index.html");
    expect(names).toContain("report.md");
    expect(names).toContain("diagrams/wan.svg");
    for (const a of m.agencies) expect(names).toContain(`diagrams/lan-${a.id}.svg`);
    for (const f of files.filter((x) => x.path.endsWith(".svg")))
      expect(() => parseXml(f.content)).not.toThrow();
  });

  it("makes overdue evidence stand out", () => {
    const late = structuredClone(m);
    late.timeline[0] = { ...late.timeline[0]!, status: "overdue", due: "2026-01-01" };
    const page = renderHtml(late);
    expect(page).toMatch(/<tr class="overdue">/);
    expect(page).toContain('class="badge s-overdue"');
    expect(renderMarkdown(late)).toContain("⚠ **Terlambat / Overdue**");
  });
});
