/**
 * Racks hold what is placed in them: colocation servers and site devices stay inside the rack's
 * units, never share a unit, and together draw no more than the rack's power.
 */
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import type { Inventory } from "./schema";
import { CHECK, KIND } from "./messages-check";

interface Occupant {
  id: string;
  kind: "colocation server" | "device";
  /** Path of the occupant in the inventory; its `unit` and `powerW` are below it. */
  path: PathSegment[];
  unit?: number;
  heightU: number;
  powerW: number;
}

interface RackSlot {
  siteId: string;
  id: string;
  units: number;
  powerKw: number;
  path: PathSegment[];
  occupants: Occupant[];
}

export function checkRacks(inv: Inventory): Problem[] {
  const problems: Problem[] = [];
  const racks = new Map<string, Map<string, RackSlot>>();
  inv.sites.forEach((site, i) => {
    const byId = racks.get(site.id) ?? new Map<string, RackSlot>();
    racks.set(site.id, byId);
    site.racks.forEach((r, j) => {
      if (!byId.has(r.id)) {
        byId.set(r.id, {
          siteId: site.id,
          id: r.id,
          units: r.units,
          powerKw: r.powerKw,
          path: ["sites", i, "racks", j],
          occupants: [],
        });
      }
    });
  });

  const place = (siteId: string, rackId: string, occupant: Occupant, rackPath: PathSegment[]) => {
    const siteRacks = racks.get(siteId);
    // An unknown site is reported by the reference check; only the rack is checked here.
    if (!siteRacks) return;
    const rack = siteRacks.get(rackId);
    if (!rack) {
      const declared = [...siteRacks.keys()].join(", ");
      problems.push({ path: rackPath, message: CHECK.unknownRack({ rack: rackId, site: siteId, declared }) });
      return;
    }
    rack.occupants.push(occupant);
  };

  inv.colocation.forEach((c, i) => {
    const path: PathSegment[] = ["colocation", i];
    place(
      c.site,
      c.rack,
      { id: c.id, kind: "colocation server", path, unit: c.unit, heightU: c.heightU, powerW: c.powerW },
      [...path, "rack"],
    );
  });
  inv.sites.forEach((site, i) =>
    site.devices.forEach((d, j) => {
      if (d.rack === undefined) return;
      const path: PathSegment[] = ["sites", i, "devices", j];
      place(
        site.id,
        d.rack,
        { id: d.id, kind: "device", path, unit: d.unit, heightU: d.heightU, powerW: d.powerW },
        [...path, "rack"],
      );
    }),
  );

  for (const siteRacks of racks.values())
    for (const rack of siteRacks.values()) problems.push(...checkRack(rack));
  return problems;
}

/** An occupant as a message names it: its kind, id and the units it takes. */
function named(o: Occupant & { unit: number }) {
  const kind = o.kind === "device" ? KIND.device() : KIND.colocationServer();
  return { kind, id: o.id, unit: o.unit, top: o.unit + o.heightU - 1 };
}

function checkRack(rack: RackSlot): Problem[] {
  const problems: Problem[] = [];
  const name = { rack: rack.id, site: rack.siteId };
  const mounted = rack.occupants
    .filter((o): o is Occupant & { unit: number } => o.unit !== undefined)
    .sort((a, b) => a.unit - b.unit);
  // Sweep from the bottom: an occupant overlaps the highest-reaching one mounted below it.
  let reach: (Occupant & { unit: number }) | undefined;
  for (const o of mounted) {
    const top = o.unit + o.heightU - 1;
    if (top > rack.units) {
      problems.push({
        path: [...o.path, "unit"],
        message: CHECK.rackOverflow({ ...named(o), ...name, units: rack.units }),
      });
    }
    if (reach && o.unit <= reach.unit + reach.heightU - 1) {
      problems.push({
        path: [...o.path, "unit"],
        message: CHECK.rackOverlap({ ...named(o), ...name, other: named(reach) }),
        related: { label: KIND.declaredAt(), path: reach.path },
      });
    }
    if (!reach || top > reach.unit + reach.heightU - 1) reach = o;
  }
  const drawW = rack.occupants.reduce((sum, o) => sum + o.powerW, 0);
  if (drawW > rack.powerKw * 1000) {
    problems.push({
      path: [...rack.path, "powerKw"],
      message: CHECK.rackPower({ ...name, kw: rack.powerKw, n: rack.occupants.length, w: drawW }),
    });
  }
  return problems;
}
