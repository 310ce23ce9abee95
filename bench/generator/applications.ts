/**
 * The Aplikasi SPBE of a synthetic region and the gateway services they exchange through. Every
 * app is placed in the Dinas' Pusat Data (DC-02): hosted, on a VPS, or (for a PD Mandiri TIK only,
 * DC-08) on its own colocation server. Each is admitted after the Dinas' test (DC-03), pinned by
 * image tag, named under the portal domain (NET-10), backed up to the DRC in another failure
 * domain with a documented procedure (BK-01..04, DRC-02), and integrates only through the gateway
 * (SPL-01): it consumes a service only when its owner is a declared consumer of that service.
 */
import type { InventoryInput } from "../../inventory/schema";
import { daysBefore } from "./dates";
import { APPLICATIONS } from "./names";
import type { Rng } from "./prng";
import type { AgencyInput } from "./agencies";
import { DRC, PUSAT_DATA } from "./sites";

type ApplicationInput = NonNullable<InventoryInput["applications"]>[number];
type ColocationInput = NonNullable<InventoryInput["colocation"]>[number];
type ServiceInput = NonNullable<NonNullable<InventoryInput["gateway"]>["services"]>[number];

export interface AppsContext {
  rng: Rng;
  asOf: Date;
  portalDomain: string;
  registry: string;
}

export interface AppsResult {
  applications: ApplicationInput[];
  services: ServiceInput[];
}

/** Share of apps that publish a gateway service, and how many agencies consume each. */
const PROVIDER_SHARE = 0.3;
const MAX_CONSUMERS = 6;
const MAX_INTEGRATIONS = 3;

export function generateApplications(
  count: number,
  agencies: readonly AgencyInput[],
  colocation: readonly ColocationInput[],
  ctx: AppsContext,
): AppsResult {
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`applications: expected a non-negative integer, got ${count}`);
  }
  const { rng, asOf } = ctx;
  const serversOf = new Map<string, string[]>();
  for (const s of colocation) serversOf.set(s.owner, [...(serversOf.get(s.owner) ?? []), s.id]);

  const used = new Set<string>();
  const applications: ApplicationInput[] = [];
  for (let i = 0; i < count; i++) {
    const owner = agencies[i % agencies.length];
    // Agency a in round r gets app (a + r): each agency's first apps are all different.
    const round = Math.floor(i / agencies.length);
    const [appSlug, appName, category] = APPLICATIONS[((i % agencies.length) + round) % APPLICATIONS.length];
    let id = `${appSlug}-${owner.id}`;
    for (let n = 2; used.has(id); n++) id = `${appSlug}-${owner.id}-${n}`;
    used.add(id);

    const servers = serversOf.get(owner.id);
    const mode: ApplicationInput["placement"]["mode"] =
      servers && rng.chance(0.5) ? "colocation" : rng.chance(0.2) ? "vps" : "hosting";
    const placement =
      mode === "colocation" && servers
        ? { mode, site: PUSAT_DATA, server: rng.pick(servers) }
        : { mode, site: PUSAT_DATA };
    const classification = rng.pick(["publik", "internal", "internal", "terbatas", "rahasia"] as const);
    applications.push({
      id,
      name: `${appName} ${owner.name}`,
      owner: owner.id,
      category,
      placement,
      image: `${ctx.registry}/${appSlug}:${rng.int(1, 5)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
      port: 8080,
      replicas: rng.pick([1, 2, 2, 3]),
      ...(mode === "vps" ? { vm: { cpu: rng.pick([2, 4]), memoryGi: rng.pick([4, 8]) } } : {}),
      domain: `${id}.${ctx.portalDomain}`,
      // Never rahasia or terbatas data on the internet (SEC-01): those stay on the Jaringan Intra.
      exposure:
        classification === "publik" || (classification === "internal" && rng.chance(0.3))
          ? "internet"
          : "intra",
      data: {
        classification,
        storageGi: rng.pick([5, 10, 20, 50, 100]),
        backup: {
          schedule: `${rng.int(0, 59)} ${rng.int(0, 5)} * * *`,
          retentionDays: rng.pick([30, 35, 60, 90]),
          media: "object-storage",
          target: DRC,
          procedure: `SOP-BK/${String(i + 1).padStart(4, "0")}`,
        },
      },
      admission: {
        request: `ND-${asOf.getUTCFullYear()}/${String(i + 1).padStart(4, "0")}`,
        testedOn: daysBefore(asOf, rng, 7, 400),
        result: "accepted",
      },
      integrations: [],
    });
  }
  const services = publishServices(applications, agencies, rng);
  consumeServices(applications, services, rng);
  return { applications, services };
}

function publishServices(
  applications: readonly ApplicationInput[],
  agencies: readonly AgencyInput[],
  rng: Rng,
): ServiceInput[] {
  const services: ServiceInput[] = [];
  const taken = new Set<string>();
  for (const app of applications) {
    if (!rng.chance(PROVIDER_SHARE)) continue;
    const consumers = new Set<string>();
    const wanted = rng.int(1, Math.min(MAX_CONSUMERS, agencies.length));
    for (let k = 0; k < wanted * 2 && consumers.size < wanted; k++) {
      const a = rng.pick(agencies).id;
      if (a !== app.owner) consumers.add(a);
    }
    if (consumers.size === 0) continue;
    const [appSlug] = app.id.split("-");
    let name = appSlug;
    for (let n = 2; taken.has(`${app.owner}.${name}`); n++) name = `${appSlug}${n}`;
    taken.add(`${app.owner}.${name}`);
    services.push({
      id: `${app.owner}.${name}`,
      provider: app.id,
      path: `/${app.owner}/${name}/v1`,
      consumers: [...consumers].sort(),
      auth: rng.pick(["key-auth", "jwt", "mtls"] as const),
    });
  }
  return services;
}

function consumeServices(
  applications: ApplicationInput[],
  services: readonly ServiceInput[],
  rng: Rng,
): void {
  const byConsumer = new Map<string, ServiceInput[]>();
  for (const s of services)
    for (const c of s.consumers ?? []) byConsumer.set(c, [...(byConsumer.get(c) ?? []), s]);
  for (const app of applications) {
    const offered = (byConsumer.get(app.owner) ?? []).filter((s) => s.provider !== app.id);
    const ids = new Set<string>();
    const wanted = Math.min(offered.length, rng.int(0, MAX_INTEGRATIONS));
    for (let k = 0; k < wanted * 2 && ids.size < wanted; k++) ids.add(rng.pick(offered).id);
    app.integrations = [...ids].sort().map((consumes) => ({ consumes }));
  }
}
