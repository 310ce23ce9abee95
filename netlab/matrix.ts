/** The lab's result as text (a matrix per agency, id or en) or JSON (every cell). */
import type { LabResult } from "./lab";
import type { Cell } from "./probe";

export type Lang = "id" | "en";

const WORDS = {
  id: {
    title: (r: LabResult) =>
      `Lab Jaringan Intra ${r.region}: ${r.routers} router, ${r.namespaces} namespace, ` +
      (r.converged
        ? `OSPF konvergen dalam ${(r.convergeMs / 1000).toFixed(1)} dtk`
        : `OSPF TIDAK konvergen dalam ${(r.convergeMs / 1000).toFixed(1)} dtk`) +
      `, ${r.cells.length} uji dalam ${(r.totalMs / 1000).toFixed(1)} dtk`,
    legend: "✓ terjangkau, · diblokir, ! berbeda dari kebijakan",
    agency: "PERANGKAT DAERAH",
    others: "PD LAIN",
    ok: "Setiap pasangan sesuai kebijakan.",
    reached: (c: Cell) =>
      `TIDAK SESUAI: ${c.source} → ${c.target} terjangkau, padahal kebijakan memblokirnya`,
    blocked: (c: Cell) =>
      `TIDAK SESUAI: ${c.source} → ${c.target} diblokir, padahal kebijakan mengizinkannya`,
    partial: (c: Cell) =>
      `TIDAK SESUAI: ${c.source} → ${c.target}: ICMP ${c.icmp ? "terjangkau" : "diblokir"}, TCP ${c.tcp ? "terjangkau" : "diblokir"}`,
  },
  en: {
    title: (r: LabResult) =>
      `Jaringan Intra lab of ${r.region}: ${r.routers} routers, ${r.namespaces} namespaces, ` +
      (r.converged
        ? `OSPF converged in ${(r.convergeMs / 1000).toFixed(1)} s`
        : `OSPF did NOT converge in ${(r.convergeMs / 1000).toFixed(1)} s`) +
      `, ${r.cells.length} probes in ${(r.totalMs / 1000).toFixed(1)} s`,
    legend: "✓ reached, · blocked, ! differs from the policy",
    agency: "AGENCY",
    others: "OTHER PD",
    ok: "Every pair as the policy says.",
    reached: (c: Cell) => `UNEXPECTED: ${c.source} → ${c.target} reached, the policy blocks it`,
    blocked: (c: Cell) => `UNEXPECTED: ${c.source} → ${c.target} blocked, the policy allows it`,
    partial: (c: Cell) =>
      `UNEXPECTED: ${c.source} → ${c.target}: ICMP ${c.icmp ? "reached" : "blocked"}, TCP ${c.tcp ? "reached" : "blocked"}`,
  },
};

const seen = (c: Cell) => c.icmp && c.tcp !== false;

/** One line per unexpected cell, naming the pair. */
export function describeUnexpected(c: Cell, lang: Lang): string {
  const w = WORDS[lang];
  if (c.tcp !== null && c.icmp !== c.tcp) return w.partial(c);
  return seen(c) ? w.reached(c) : w.blocked(c);
}

export function formatMatrixText(r: LabResult, lang: Lang): string {
  const w = WORDS[lang];
  const columns = [...new Set(r.cells.filter((c) => !c.target.startsWith("agency:")).map((c) => c.target))];
  const sources = [...new Set(r.cells.map((c) => c.source))];
  const header = [w.agency, ...columns, w.others];
  const rows = sources.map((s) => {
    const mine = r.cells.filter((c) => c.source === s);
    const cell = (t: string) => {
      const c = mine.find((x) => x.target === t);
      return c ? `${seen(c) ? "✓" : "·"}${c.ok ? "" : "!"}` : "";
    };
    const others = mine.filter((c) => c.target.startsWith("agency:"));
    const bad = others.some((c) => !c.ok) ? "!" : "";
    return [s, ...columns.map(cell), `${others.filter(seen).length}/${others.length}${bad}`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const out = [w.title(r), w.legend, "", line(header), ...rows.map(line), ""];
  out.push(
    ...(r.unexpected.length === 0 ? [w.ok] : r.unexpected.map((c) => describeUnexpected(c, lang))),
    "",
  );
  return out.join("\n");
}

export function formatMatrixJson(r: LabResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
