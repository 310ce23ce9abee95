/** Ids are unique per kind, so that every reference names exactly one element. */
import type { PathSegment } from "./errors";
import type { Problem } from "./issues";
import type { Inventory } from "./schema";
import type { Text } from "./messages";
import { CHECK, KIND } from "./messages-check";

/** Collects ids of one namespace and reports the second and later use of each. */
class Namespace {
  private readonly first = new Map<string, PathSegment[]>();
  readonly problems: Problem[] = [];

  constructor(private readonly what: Text) {}

  add(id: string, path: PathSegment[], kind: Text = this.what): void {
    const earlier = this.first.get(id);
    if (earlier) {
      this.problems.push({
        path,
        message: CHECK.duplicateId({ kind, id }),
        related: { label: KIND.firstDeclaredAt(), path: earlier },
      });
    } else {
      this.first.set(id, path);
    }
  }
}

export function checkIds(inv: Inventory): Problem[] {
  // The dinas is a Perangkat Daerah too: agencies and the dinas share one namespace.
  const parties = new Namespace(KIND.agency());
  parties.add(inv.dinas.id, ["dinas", "id"], KIND.dinas());
  inv.agencies.forEach((a, i) => parties.add(a.id, ["agencies", i, "id"]));

  const sites = new Namespace(KIND.site());
  // Colocation servers and site devices both get a host address in the plan: one namespace.
  const hosts = new Namespace(KIND.host());
  const racks: Namespace[] = [];
  inv.sites.forEach((s, i) => {
    sites.add(s.id, ["sites", i, "id"]);
    const siteRacks = new Namespace(KIND.rack());
    s.racks.forEach((r, j) => siteRacks.add(r.id, ["sites", i, "racks", j, "id"]));
    racks.push(siteRacks);
    s.devices.forEach((d, j) => hosts.add(d.id, ["sites", i, "devices", j, "id"], KIND.device()));
  });
  inv.colocation.forEach((c, i) => hosts.add(c.id, ["colocation", i, "id"], KIND.colocationServer()));

  const apps = new Namespace(KIND.application());
  inv.applications.forEach((a, i) => apps.add(a.id, ["applications", i, "id"]));

  const upstreams = new Namespace(KIND.upstream());
  const services = new Namespace(KIND.gatewayService());
  inv.gateway?.upstreams.forEach((u, i) => upstreams.add(u.id, ["gateway", "upstreams", i, "id"]));
  inv.gateway?.services.forEach((s, i) => services.add(s.id, ["gateway", "services", i, "id"]));

  return [parties, sites, hosts, ...racks, apps, upstreams, services].flatMap((n) => n.problems);
}
