/**
 * What the report adds to the stack outputs: the sites table and the racks with what is mounted
 * in them. Rack occupants come from the device catalog (plan/catalogs.ts), the same list the
 * `deviceCatalog` output holds, so the drawing and the table cannot disagree.
 */
import type { Inventory } from "../inventory/schema";
import type { DeviceEntry } from "../plan/catalogs";
import type { RackView, SiteRow } from "./model";

export function siteRows(inv: Inventory): SiteRow[] {
  return inv.sites.map((s) => ({
    id: s.id,
    kind: s.kind,
    operator: s.operator,
    city: s.location.city,
    failureDomain: s.location.failureDomain,
    platform: !s.platform
      ? "-"
      : s.platform.type === "kubernetes"
        ? `kubernetes (${s.platform.context})`
        : `docker (${s.platform.host})`,
    standard: s.standard ? `${s.standard.name}, ${s.standard.attestedOn}` : null,
    racks: s.racks.length,
  }));
}

/** Every rack with what is mounted in it, top of the rack first. */
export function rackViews(inv: Inventory, devices: readonly DeviceEntry[]): RackView[] {
  return inv.sites.flatMap((s) =>
    s.racks.map((r) => {
      const occupants = devices
        .filter((d) => d.site === s.id && d.rack === r.id && d.unit !== null)
        .map((d) => {
          const colocation = d.kind === "colocation-server";
          return {
            id: d.id,
            kind: colocation ? ("colocation" as const) : ("device" as const),
            detail: colocation ? d.owner : d.kind,
            model: d.model,
            unit: d.unit as number,
            heightU: d.heightU,
            powerW: d.powerW,
          };
        })
        .sort((a, b) => b.unit - a.unit);
      return {
        site: s.id,
        id: r.id,
        units: r.units,
        powerKw: r.powerKw,
        occupants,
        usedU: occupants.reduce((n, o) => n + o.heightU, 0),
        usedPowerW: occupants.reduce((n, o) => n + o.powerW, 0),
      };
    }),
  );
}

/** Applications holding data with no backup declared: listed so the gap is visible. */
export function unprotectedData(inv: Inventory): string[] {
  return inv.applications.filter((a) => a.data && !a.data.backup).map((a) => a.id);
}

/** "r02 U6-U7": where a catalogued device sits, "-" when it is not rack-mounted. */
export function devicePlace(d: Pick<DeviceEntry, "rack" | "unit" | "heightU">): string {
  if (!d.rack) return "-";
  if (d.unit === null) return d.rack;
  return d.heightU > 1 ? `${d.rack} U${d.unit}-U${d.unit + d.heightU - 1}` : `${d.rack} U${d.unit}`;
}
