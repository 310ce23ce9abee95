/**
 * The national HTML summary: totals, regions by verdict, the obligations most often broken, and
 * every region's line. Static: no script, every value escaped.
 */
import { esc } from "../report/escape";
import { obligation } from "../policies/obligations";
import { brokenObligations } from "./merge";
import type { NationalResult } from "./result";

const VERDICT = ["lulus / pass", "temuan wajib / mandatory findings", "tidak diperiksa / not checked"];

export function nationalHtml(result: NationalResult): string {
  const t = result.total;
  const byVerdict = [0, 1, 2].map((v) => result.regions.filter((r) => r.exit === v));
  const broken = brokenObligations(result.regions);
  const title = (id: string) => {
    try {
      return obligation(id).title.id;
    } catch {
      return "";
    }
  };
  const row = (cells: Array<string | number>) =>
    `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SPBE: sapuan nasional / national sweep</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; }
td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
.v0 { color: #116329; } .v1 { color: #a40e26; } .v2 { color: #9a6700; }
</style>
</head>
<body>
<h1>Sapuan nasional SPBE / national SPBE sweep</h1>
<p>${esc(result.tool.name)} ${esc(result.tool.version)} · ${esc(result.generated)} · ${esc(result.directory)}</p>
<table>
<tr><th>wilayah / regions</th><th>sumber daya / resources</th><th>wajib / mandatory</th><th>anjuran / advisory</th><th>dikecualikan / exempt</th><th>tidak diperiksa / not checked</th></tr>
${row([t.regions, t.resources, t.mandatory, t.advisory, t.exempt, t.failed + t.skipped])}
</table>
<h2>Wilayah menurut hasil / regions by verdict</h2>
<table>
<tr><th>hasil / verdict</th><th>wilayah / regions</th></tr>
${byVerdict.map((rs, v) => `<tr class="v${v}"><td>${esc(VERDICT[v] ?? "")}</td><td>${rs.length}</td></tr>`).join("\n")}
</table>
<h2>Kewajiban yang paling sering dilanggar / obligations most often broken</h2>
${
  broken.length === 0
    ? "<p>Tidak ada pelanggaran wajib / no mandatory violation.</p>"
    : `<table>
<tr><th>ID</th><th>kewajiban / obligation</th><th>wilayah / regions</th><th>temuan / findings</th></tr>
${broken.map((b) => row([b.obligation, title(b.obligation), b.regions, b.findings])).join("\n")}
</table>`
}
<h2>Semua wilayah / every region</h2>
<table>
<tr><th>wilayah / region</th><th>berkas / file</th><th>sumber daya / resources</th><th>wajib / mandatory</th><th>anjuran / advisory</th><th>hasil / verdict</th></tr>
${result.regions
  .map(
    (r) =>
      `<tr class="v${r.exit}"><td>${esc(r.key)}</td><td>${esc(r.file)}</td><td>${r.resources}</td><td>${r.mandatory}</td><td>${r.advisory}</td><td>${esc(VERDICT[r.exit] ?? "")}${r.error ? `: ${esc(r.error)}` : ""}</td></tr>`,
  )
  .join("\n")}
</table>
</body>
</html>
`;
}
