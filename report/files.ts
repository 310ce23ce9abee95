/** The files of a report folder: index.html, report.md and every diagram as its own SVG. */
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import type { Diagram, ReportModel } from "./model";
import type { OutFile } from "./write";

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

/** A diagram as a standalone SVG file. */
export function svgFile(d: Diagram): string {
  return `${XML_PROLOG}${d.svg}\n`;
}

export function reportFiles(m: ReportModel): OutFile[] {
  const diagrams = [m.diagrams.wan, ...m.diagrams.wanSites, ...m.diagrams.lans, ...m.diagrams.racks];
  return [
    { path: "index.html", content: renderHtml(m) },
    { path: "report.md", content: renderMarkdown(m) },
    ...diagrams.map((d) => ({ path: `diagrams/${d.file}`, content: svgFile(d) })),
  ];
}
