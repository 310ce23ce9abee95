/** Every id the inventory mentions names an element it declares. */
import type { PathSegment } from "./errors";
import { suggestion, type Problem } from "./issues";
import type { DeclaredIds } from "./salvage";
import type { Inventory } from "./schema";
import { same, type Text } from "./messages";
import { CHECK, KIND } from "./messages-check";

/** A set of declared ids, and how an unknown one is explained. */
interface Known {
  ids: ReadonlySet<string>;
  /** What was expected, e.g. `agency`. */
  noun: Text;
  /** Where such ids are declared, e.g. `agencies or the dinas`. */
  declared: Text;
}

const MAX_SUGGESTIONS = 100;

export function checkReferences(inv: Inventory, also?: DeclaredIds): Problem[] {
  const problems: Problem[] = [];
  const known = (noun: Text, declared: Text, ids: Iterable<string>, more: string[] = []): Known => ({
    noun,
    declared,
    ids: new Set([...ids, ...more]),
  });
  const parties = known(
    KIND.agency(),
    KIND.inParties(),
    [inv.dinas.id, ...inv.agencies.map((a) => a.id)],
    also?.parties,
  );
  const sites = known(
    KIND.site(),
    same("sites"),
    inv.sites.map((s) => s.id),
    also?.sites,
  );
  const apps = known(
    KIND.application(),
    same("applications"),
    inv.applications.map((a) => a.id),
    also?.applications,
  );
  const servers = new Map(inv.colocation.map((c) => [c.id, c]));
  const serverIds = known(KIND.colocationServer(), same("colocation"), servers.keys(), also?.colocation);
  const serviceIds = inv.gateway?.services.map((s) => s.id) ?? [];
  const services = known(KIND.gatewayService(), same("gateway.services"), serviceIds, also?.services);
  const upstreamIds = [...(inv.gateway?.upstreams.map((u) => u.id) ?? []), ...(also?.upstreams ?? [])];
  const providers = known(KIND.serviceProvider(), KIND.inProviders(), [...apps.ids, ...upstreamIds]);

  const ref = (value: string | undefined, set: Known, path: PathSegment[]) => {
    if (value === undefined || set.ids.has(value)) return;
    // Suggestions cost a scan of the ids each: a file with thousands of broken references gets
    // the first hundred suggested and the rest reported plainly, in linear time.
    const hint = (problems.length < MAX_SUGGESTIONS ? suggestion(value, set.ids) : undefined) ?? "";
    const message = CHECK.unknownRef({ noun: set.noun, value, declared: set.declared, hint });
    problems.push({ path, message });
  };

  inv.agencies.forEach((a, i) => {
    ref(a.lan.site, sites, ["agencies", i, "lan", "site"]);
    ref(a.lan.builtBy, parties, ["agencies", i, "lan", "builtBy"]);
  });
  inv.sites.forEach((s, i) => {
    // pdn and provider:<name> are outside the region; any other operator is one of its parties.
    if (s.operator !== "pdn" && !s.operator.startsWith("provider:")) {
      ref(s.operator, { ...parties, noun: KIND.operator(), declared: KIND.inOperators() }, [
        "sites",
        i,
        "operator",
      ]);
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
        message: CHECK.serverElsewhere({ server: server.id, site: server.site, placement: a.placement.site }),
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
