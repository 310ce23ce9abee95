/**
 * When the schema rejects an inventory, the cross-checks still run on what it accepts, so a user
 * sees a typo in one application together with an unknown owner in another and an overlap in a
 * rack, not one round of errors after the other.
 *
 * Each list element and each section is validated on its own; what fails is left out. References
 * are resolved against every id the file declares, valid element or not, so leaving an element
 * out does not make the references to it look broken. Problems found on the kept elements are
 * mapped back to the elements' indexes in the file.
 */
import type { z } from "zod";
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import { inventorySchema, type Inventory } from "./schema";
import { unwrap } from "./schema-walk";

/** Every id the raw inventory declares, per kind, valid element or not. */
export interface DeclaredIds {
  parties: string[];
  sites: string[];
  applications: string[];
  colocation: string[];
  services: string[];
  upstreams: string[];
}

export interface Salvage {
  inventory: Inventory;
  declared: DeclaredIds;
  /** Rewrites a problem's paths from the salvaged inventory's indexes to the file's. */
  remap(problem: Problem): Problem;
}

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === "object" && !Array.isArray(v);
const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.flatMap((x) => (isMapping(x) && typeof x.id === "string" ? [x.id] : [])) : [];

function element(schema: z.core.$ZodType): z.core.$ZodType {
  return (unwrap(schema)._zod.def as unknown as { element: z.core.$ZodType }).element;
}

/** The elements of `raw` that `schema`'s element accepts, parsed, with their original indexes. */
function keep(schema: z.core.$ZodType, raw: unknown): { items: unknown[]; indexes: number[] } {
  const items: unknown[] = [];
  const indexes: number[] = [];
  if (!Array.isArray(raw)) return { items, indexes };
  const el = element(schema) as z.ZodType;
  raw.forEach((item, i) => {
    const r = el.safeParse(item);
    if (r.success) {
      items.push(r.data);
      indexes.push(i);
    }
  });
  return { items, indexes };
}

export function salvage(data: Mapping): Salvage {
  const shape = inventorySchema.shape;
  const out: Mapping = {};
  const indexes = new Map<string, number[]>();
  for (const key of ["agencies", "sites", "applications", "colocation"] as const) {
    const kept = keep(shape[key], data[key]);
    out[key] = kept.items;
    indexes.set(key, kept.indexes);
  }
  for (const key of ["region", "network", "security"] as const) {
    const r = (shape[key] as z.ZodType).safeParse(data[key]);
    if (r.success) out[key] = r.data;
  }
  const dinas = shape.dinas.safeParse(data.dinas);
  const rawDinas = isMapping(data.dinas) ? data.dinas : {};
  // The dinas's id is still known when another of its fields is wrong.
  out.dinas = dinas.success
    ? dinas.data
    : { id: typeof rawDinas.id === "string" ? rawDinas.id : "", name: "" };

  const rawGateway = data.gateway;
  const gatewaySchema = shape.gateway.unwrap();
  if (isMapping(rawGateway)) {
    const bare = gatewaySchema.safeParse({ ...rawGateway, services: [], upstreams: [] });
    if (bare.success && bare.data) {
      const services = keep(gatewaySchema.shape.services, rawGateway.services);
      const upstreams = keep(gatewaySchema.shape.upstreams, rawGateway.upstreams);
      out.gateway = { ...bare.data, services: services.items, upstreams: upstreams.items };
      indexes.set("gateway.services", services.indexes);
      indexes.set("gateway.upstreams", upstreams.indexes);
    }
  }

  const gw = isMapping(rawGateway) ? rawGateway : {};
  const declared: DeclaredIds = {
    parties: [...(typeof rawDinas.id === "string" ? [rawDinas.id] : []), ...ids(data.agencies)],
    sites: ids(data.sites),
    applications: ids(data.applications),
    colocation: ids(data.colocation),
    services: ids(gw.services),
    upstreams: ids(gw.upstreams),
  };

  const remapPath = (path: PathSegment[]): PathSegment[] => {
    const depth = path[0] === "gateway" ? 2 : 1;
    const table = indexes.get(path.slice(0, depth).join("."));
    const i = path[depth];
    if (!table || typeof i !== "number" || table[i] === undefined) return path;
    return [...path.slice(0, depth), table[i], ...path.slice(depth + 1)];
  };
  return {
    inventory: out as Inventory,
    declared,
    remap: (p) => ({
      ...p,
      path: remapPath(p.path),
      ...(p.related ? { related: { ...p.related, path: remapPath(p.related.path) } } : {}),
    }),
  };
}
