/** Every id the inventory mentions names an element it declares. */
import type { PathSegment } from "./errors";
import { suggestion, type Problem } from "./issues";
import type { DeclaredIds } from "./salvage";
import type { Inventory } from "./schema";

/** A set of declared ids, and how an unknown one is explained. */
interface Known {
  ids: ReadonlySet<string>;
  /** What was expected, e.g. `agency`. */
  noun: string;
  /** Where such ids are declared, e.g. `agencies or the dinas`. */
  declared: string;
}

const MAX_SUGGESTIONS = 100;

export function checkReferences(inv: Inventory, also?: DeclaredIds): Problem[] {
  const problems: Problem[] = [];
  const known = (noun: string, declared: string, ids: Iterable<string>, more: string[] = []): Known => ({
    noun,
    declared,
    ids: new Set([...ids, ...more]),
  });
  const parties = known(
    "agency",
    "agencies or the dinas",
    [inv.dinas.id, ...inv.agencies.map((a) => a.id)],
    also?.parties,
  );
  const sites = known(
    "site",
    "sites",
    inv.sites.map((s) => s.id),
    also?.sites,
  );
  const apps = known(
    "application",
    "applications",
    inv.applications.map((a) => a.id),
    also?.applications,
  );
  const servers = new Map(inv.colocation.map((c) => [c.id, c]));
  const serverIds = known("colocation server", "colocation", servers.keys(), also?.colocation);
  const serviceIds = inv.gateway?.services.map((s) => s.id) ?? [];
  const services = known("gateway service", "gateway.services", serviceIds, also?.services);
  const upstreamIds = [...(inv.gateway?.upstreams.map((u) => u.id) ?? []), ...(also?.upstreams ?? [])];
  const providers = known("service provider", "applications or gateway.upstreams", [
    ...apps.ids,
    ...upstreamIds,
  ]);

  const ref = (value: string | undefined, set: Known, path: PathSegment[]) => {
    if (value === undefined || set.ids.has(value)) return;
    // Suggestions cost a scan of the ids each: a file with thousands of broken references gets
    // the first hundred suggested and the rest reported plainly, in linear time.
    const hint = problems.length < MAX_SUGGESTIONS ? suggestion(value, set.ids) : "";
    problems.push({ path, message: `unknown ${set.noun} "${value}": not an id of ${set.declared}${hint}` });
  };

  inv.agencies.forEach((a, i) => {
    ref(a.lan.site, sites, ["agencies", i, "lan", "site"]);
    ref(a.lan.builtBy, parties, ["agencies", i, "lan", "builtBy"]);
  });
  inv.sites.forEach((s, i) => {
    // pdn and provider:<name> are outside the region; any other operator is one of its parties.
    if (s.operator !== "pdn" && !s.operator.startsWith("provider:")) {
      ref(
        s.operator,
        { ...parties, noun: "operator", declared: "agencies or the dinas, nor pdn or provider:<name>" },
        ["sites", i, "operator"],
      );
    }
  });
  inv.applications.forEach((a, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["applications", i, ...rest];
    ref(a.owner, parties, at("owner"));
    ref(a.placement.site, sites, at("placement", "site"));
    ref(a.placement.server, serverIds, at("placement", "server"));
    const server = a.placement.server === undefined ? undefined : servers.get(a.placement.server);
    if (server && server.site !== a.placement.site) {
      problems.push({
        path: at("placement", "server"),
        message: `colocation server "${server.id}" is at site "${server.site}", not at the placement site "${a.placement.site}"`,
      });
    }
    ref(a.data?.backup?.target, sites, at("data", "backup", "target"));
    a.integrations.forEach((integration, k) => {
      if ("consumes" in integration) ref(integration.consumes, services, at("integrations", k, "consumes"));
      else ref(integration.calls, apps, at("integrations", k, "calls"));
    });
  });
  inv.colocation.forEach((c, i) => {
    ref(c.owner, parties, ["colocation", i, "owner"]);
    ref(c.site, sites, ["colocation", i, "site"]);
  });
  const gateway = inv.gateway;
  if (gateway) {
    ref(gateway.site, sites, ["gateway", "site"]);
    ref(gateway.builtBy, parties, ["gateway", "builtBy"]);
    gateway.services.forEach((s, i) => {
      ref(s.provider, providers, ["gateway", "services", i, "provider"]);
      s.consumers.forEach((c, k) => ref(c, parties, ["gateway", "services", i, "consumers", k]));
    });
  }
  return problems;
}
