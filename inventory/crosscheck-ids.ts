/** Ids are unique per kind, so that every reference names exactly one element. */
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import type { Inventory } from "./schema";

/** Collects ids of one namespace and reports the second and later use of each. */
class Namespace {
  private readonly first = new Map<string, PathSegment[]>();
  readonly problems: Problem[] = [];

  constructor(private readonly what: string) {}

  add(id: string, path: PathSegment[], kind = this.what): void {
    const earlier = this.first.get(id);
    if (earlier) {
      this.problems.push({
        path,
        message: `duplicate ${kind} id "${id}"`,
        related: { label: "first declared at", path: earlier },
      });
    } else {
      this.first.set(id, path);
    }
  }
}

export function checkIds(inv: Inventory): Problem[] {
  // The dinas is a Perangkat Daerah too: agencies and the dinas share one namespace.
  const parties = new Namespace("agency");
  parties.add(inv.dinas.id, ["dinas", "id"], "dinas");
  inv.agencies.forEach((a, i) => parties.add(a.id, ["agencies", i, "id"]));

  const sites = new Namespace("site");
  // Colocation servers and site devices both get a host address in the plan: one namespace.
  const hosts = new Namespace("host");
  const racks: Namespace[] = [];
  inv.sites.forEach((s, i) => {
    sites.add(s.id, ["sites", i, "id"]);
    const siteRacks = new Namespace("rack");
    s.racks.forEach((r, j) => siteRacks.add(r.id, ["sites", i, "racks", j, "id"]));
    racks.push(siteRacks);
    s.devices.forEach((d, j) => hosts.add(d.id, ["sites", i, "devices", j, "id"], "device"));
  });
  inv.colocation.forEach((c, i) => hosts.add(c.id, ["colocation", i, "id"], "colocation server"));

  const apps = new Namespace("application");
  inv.applications.forEach((a, i) => apps.add(a.id, ["applications", i, "id"]));

  const upstreams = new Namespace("upstream");
  const services = new Namespace("gateway service");
  inv.gateway?.upstreams.forEach((u, i) => upstreams.add(u.id, ["gateway", "upstreams", i, "id"]));
  inv.gateway?.services.forEach((s, i) => services.add(s.id, ["gateway", "services", i, "id"]));

  return [parties, sites, hosts, ...racks, apps, upstreams, services].flatMap((n) => n.problems);
}
