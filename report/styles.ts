/** The report's stylesheet, inlined in index.html: system fonts only, print-friendly, no assets. */
export const CSS = `
:root { --ink:#1a202c; --muted:#4a5568; --line:#e2e8f0; --accent:#2b6cb0; --bg:#f7fafc;
  --pass:#276749; --pass-bg:#c6f6d5; --bad:#9b2c2c; --bad-bg:#fed7d7; --warn:#975a16; --warn-bg:#fefcbf;
  --info:#2c5282; --info-bg:#bee3f8; --na:#4a5568; --na-bg:#edf2f7; }
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color:var(--ink); background:#fff; }
header.top { background: var(--accent); color:#fff; padding: 28px 40px 22px; }
header.top h1 { margin:0 0 4px; font-size: 28px; }
header.top p { margin: 2px 0; opacity: .95; }
main { display:grid; grid-template-columns: 260px minmax(0,1fr); gap: 32px; padding: 24px 40px 60px; }
nav.toc { position: sticky; top: 12px; align-self: start; background: var(--bg); border:1px solid var(--line); border-radius: 8px; padding: 14px 16px; font-size: 14px; }
nav.toc h2 { font-size: 15px; margin: 0 0 8px; }
nav.toc ol { margin:0; padding-left: 20px; }
nav.toc li { margin: 4px 0; }
nav.toc a { color: var(--accent); text-decoration:none; }
nav.toc .en { display:block; color: var(--muted); font-size: 12px; }
section { margin: 0 0 40px; }
h2 { font-size: 22px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 0 0 12px; }
h2 .en, h3 .en { display:block; font-size: 13px; font-weight: normal; color: var(--muted); }
h3 { font-size: 17px; margin: 22px 0 8px; }
p.note { color: var(--muted); font-size: 14px; margin: 4px 0 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
th .en { display:block; font-weight: normal; color: var(--muted); font-size: 11.5px; }
tbody tr:nth-child(even) td { background: #fbfdff; }
#matrix-table td:first-child, #matrix-table td:nth-child(4) { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td code, .nw { white-space: nowrap; }
.tw { overflow-x: auto; margin: 6px 0 14px; }
.tw table { margin: 0; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
.cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 10px 0 16px; }
.card { border:1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 130px; background: var(--bg); }
.card b { display:block; font-size: 24px; }
.card span { color: var(--muted); font-size: 12.5px; }
.card.bad { background: var(--bad-bg); border-color: #feb2b2; }
.card.warn { background: var(--warn-bg); border-color: #f6e05e; }
.badge { display:inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge .en { font-weight: normal; }
.s-pass { color: var(--pass); background: var(--pass-bg); }
.s-violation, .s-overdue, .s-missing { color: var(--bad); background: var(--bad-bg); }
.s-advisory { color: var(--warn); background: var(--warn-bg); }
.s-exempt { color: var(--info); background: var(--info-bg); }
.s-not-applicable, .s-info, .s-unchecked { color: var(--na); background: var(--na-bg); }
.s-ok { color: var(--pass); background: var(--pass-bg); }
tr.overdue td, tr.missing td { background: #fff5f5 !important; }
tr.overdue td:first-child, tr.missing td:first-child { border-left: 4px solid #e53e3e; }
ul.findings { margin: 4px 0 0; padding-left: 18px; }
ul.findings li { margin: 2px 0; }
.en-text { color: var(--muted); font-size: 12.5px; display:block; }
figure { margin: 12px 0 24px; border:1px solid var(--line); border-radius: 8px; padding: 12px; background:#fff; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display:block; margin: 0 auto; }
figcaption { font-weight: 600; margin-bottom: 8px; }
figcaption .en { font-weight: normal; color: var(--muted); margin-left: 6px; }
.racks { display:flex; flex-wrap: wrap; gap: 16px; }
.racks figure { flex: 0 0 auto; }
.lans { display:grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 16px; }
.lans figure { margin: 0; }
footer { color: var(--muted); font-size: 12.5px; padding: 0 40px 30px; }
/* Sections off screen are laid out only when scrolled to: a province's report stays responsive. */
section { content-visibility: auto; contain-intrinsic-size: auto 900px; }
nav.toc input[type=search] { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; border: 1px solid var(--muted); border-radius: 4px; }
button.more { margin: 6px 0 14px; padding: 4px 10px; font: inherit; cursor: pointer; }
details.site, details.lan { margin: 4px 0; }
details.site > summary, details.lan > summary { cursor: pointer; font-weight: 600; }
details.router { margin: 4px 0; border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; }
details.router > summary, details.lab-source > summary, details.config > summary { cursor: pointer; }
details.router > summary { font-weight: 600; }
details.router[open] { padding-bottom: 10px; }
h4 { font-size: 14.5px; margin: 14px 0 4px; }
h4 .en { font-weight: normal; color: var(--muted); font-size: 12.5px; margin-left: 6px; }
pre.config { font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; max-height: 480px; overflow: auto; white-space: pre; margin: 4px 0 10px; }
tr.lab-fail td { background: #fff5f5 !important; }
tr.lab-fail td:first-child { border-left: 4px solid #e53e3e; }
.lab-grid td:not(:first-child) { text-align: center; font-variant-numeric: tabular-nums; }
.lab-grid th { font-size: 11.5px; overflow-wrap: anywhere; min-width: 4.5em; }
p.provenance { font-size: 12px; opacity: 0.85; word-break: break-all; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; padding: 16px; } nav.toc { position: static; } header.top { padding: 20px 16px; } }
@media print { section { content-visibility: visible; } tr[hidden] { display: table-row; } nav.toc { display:none; } main { display:block; } header.top { background:none; color:var(--ink); border-bottom: 2px solid var(--ink); } figure, tr { break-inside: avoid; } }
`;
