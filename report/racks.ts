/**
 * Rack U elevations as SVG, drawn directly (Graphviz has no notion of a rack): unit 1 at the
 * bottom as the standard numbers them, each device or colocation server as a block over its units,
 * the rack's used units and power against its capacity in the heading.
 */
import { esc } from "./escape";
import type { RackView } from "./model";

const U = 12;
const WIDTH = 300;
const LEFT = 34;
const TOP = 46;
const RACK_W = WIDTH - LEFT - 10;

const FILL: Record<string, string> = {
  router: "#90cdf4",
  switch: "#9ae6b4",
  firewall: "#feb2b2",
  "ids-ips": "#fbd38d",
  "load-balancer": "#d6bcfa",
  storage: "#faf089",
  server: "#cbd5e0",
  colocation: "#f6ad55",
};

export function rackSvg(rack: RackView): string {
  const height = TOP + rack.units * U + 24;
  const y = (unit: number): number => TOP + (rack.units - unit) * U;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica,Arial,sans-serif" role="img" aria-label="${esc(`Rak ${rack.id} di ${rack.site}`)}">`,
    `<title>${esc(`Rak / rack ${rack.site}/${rack.id}`)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold" fill="#1a202c">${esc(`${rack.site} / ${rack.id}`)}</text>`,
    `<text x="${WIDTH / 2}" y="34" text-anchor="middle" font-size="10" fill="#4a5568">${esc(`${rack.usedU}/${rack.units} U terpakai · ${(rack.usedPowerW / 1000).toFixed(2)}/${rack.powerKw} kW`)}</text>`,
    `<rect x="${LEFT}" y="${TOP}" width="${RACK_W}" height="${rack.units * U}" fill="#f7fafc" stroke="#2d3748" stroke-width="2"/>`,
  ];
  for (let unit = 1; unit <= rack.units; unit++) {
    parts.push(
      `<line x1="${LEFT}" x2="${LEFT + RACK_W}" y1="${y(unit) + U}" y2="${y(unit) + U}" stroke="#e2e8f0" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${LEFT - 6}" y="${y(unit) + U - 4}" text-anchor="end" font-size="9" fill="#718096">${unit}</text>`,
    );
  }
  for (const o of rack.occupants) {
    const top = y(o.unit + o.heightU - 1);
    const h = o.heightU * U;
    const fill = o.kind === "colocation" ? FILL.colocation : (FILL[o.detail] ?? "#e2e8f0");
    const label = o.kind === "colocation" ? `${o.id} (colocation ${o.detail})` : `${o.id} (${o.detail})`;
    parts.push(
      `<g><title>${esc(`${o.id}: ${o.model ?? o.detail}, U${o.unit}-U${o.unit + o.heightU - 1}, ${o.powerW} W`)}</title>`,
      `<rect x="${LEFT + 3}" y="${top + 1}" width="${RACK_W - 6}" height="${h - 2}" rx="2" fill="${fill}" stroke="#2d3748" stroke-width="0.8"/>`,
      `<text x="${LEFT + 9}" y="${top + h / 2 + 4}" font-size="9.5" fill="#1a202c">${esc(label)}</text></g>`,
    );
  }
  parts.push(
    `<text x="${WIDTH / 2}" y="${height - 8}" text-anchor="middle" font-size="9" fill="#718096">U1 di bawah / unit 1 at the bottom</text>`,
    "</svg>",
  );
  return parts.join("\n");
}
