/**
 * The inventory field a finding asks to change. A rule reports the element it is about
 * (`sites[1]`, `applications[3].data`, or its section such as `gateway`); a reviewer needs the
 * field inside it, so the note lands on the line the fix touches (SPL-07 on `gateway.kind`, not
 * on the gateway's first key). Fields are relative to the element (`operator` under `sites[1]`)
 * or absolute when they start with one of the top-level sections (`gateway.kind`).
 *
 * A field that does not exist yet (an approval to add) is still named: the loader's `locate`
 * then falls back to the nearest element that exists, which is where it is to be added.
 */

/** The value at an inventory path of the loaded inventory (undefined when absent). */
export type ValueAt = (path: string) => unknown;

/**
 * One rule's choice: a field relative to the element, or a function of the element and the
 * inventory's values returning the full path (which may lie in another element).
 */
type Choice = string | ((element: string, valueAt: ValueAt) => string);

/** Per element kind (the source's first segment without its index), the field to change. */
type FieldTable = Record<string, Partial<Record<string, Choice>>>;

/** The first of `fields` (under `element`) that is absent from the inventory, else `fallback`. */
const firstMissing =
  (fields: string[], fallback = fields[0] ?? "") =>
  (element: string, valueAt: ValueAt): string =>
    join(element, fields.find((f) => valueAt(join(element, f)) === undefined) ?? fallback);

/** The field when its value is not `expected`, else `otherwise`. */
const unless =
  (field: string, expected: unknown, otherwise: string) =>
  (element: string, valueAt: ValueAt): string =>
    join(element, valueAt(join(element, field)) !== expected ? field : otherwise);

/** `sites[k]` of the site an application is placed on, or undefined. */
function siteOf(app: string, valueAt: ValueAt): string | undefined {
  const id = valueAt(`${app}.placement.site`);
  const sites = valueAt("sites");
  if (!Array.isArray(sites)) return undefined;
  const k = sites.findIndex((s) => (s as { id?: unknown } | null)?.id === id);
  return k < 0 ? undefined : `sites[${k}]`;
}

/** Placed in a Pusat Data the Dinas does not operate: the site's operator; else the placement. */
const placementOrOperator = (app: string, valueAt: ValueAt): string => {
  const site = siteOf(app, valueAt);
  const runBySomeoneElse =
    site !== undefined &&
    valueAt(`${site}.kind`) === "pusat-data" &&
    valueAt(`${site}.operator`) !== valueAt("dinas.id");
  return runBySomeoneElse ? `${site}.operator` : `${app}.placement.site`;
};

/** The devices of an application's edge are the site's: its operator. */
const operatorOfSite = (app: string, valueAt: ValueAt): string => {
  const site = siteOf(app, valueAt);
  return site ? `${site}.operator` : app;
};

export const FIX_FIELDS: FieldTable = {
  "spbe-dc-01-dinas-operates-pusat-data": { sites: "operator", applications: placementOrOperator },
  "spbe-dc-02-placed-in-pusat-data": { applications: placementOrOperator },
  "spbe-dc-03-admission-test": { applications: firstMissing(["admission"], "admission.result") },
  "spbe-dc-04-operating-procedure": { security: "sop" },
  "spbe-dc-06-sni-standard": { sites: "standard" },
  "spbe-dc-08-own-servers-mandiri-only": { agencies: "colocation", colocation: "server" },
  "spbe-drc-02-separate-failure-domain": { applications: "data.backup.target" },
  "spbe-drc-03-drc-operator": { sites: "operator" },
  "spbe-bk-01-data-backed-up": { applications: "data.backup" },
  "spbe-bk-02-period-and-media": {
    applications: firstMissing(["data.backup.schedule", "data.backup.retentionDays", "data.backup.media"]),
  },
  "spbe-bk-04-procedure-documented": { applications: "data.backup.procedure" },
  // The Sistem Penghubung Layanan on a site someone else runs: that site's operator.
  "spbe-spl-01-integrate-through-gateway": { sites: "operator" },
  "spbe-net-02-dinas-runs-wan": { sites: "operator", applications: operatorOfSite },
  "spbe-net-02-dinas-runs-routers": { sites: "operator" },
  "spbe-net-03-lan-builder": { agencies: "lan.builtBy" },
  "spbe-net-04-lan-diagram-yearly": { agencies: "lan.diagramSubmittedOn" },
  "spbe-net-06-fitness-approvals": { network: "approvals" },
  "spbe-net-08-network-standard": { network: "standard" },
  "spbe-net-09-bandwidth-managed": { agencies: "bandwidthMbps", network: "bandwidth" },
  "spbe-net-10-portal-domain": { applications: "domain" },
  "spbe-spl-02-upstream-gateways": { gateway: "upstreams" },
  "spbe-spl-03-interoperability-standard": { gateway: "interoperability" },
  "spbe-spl-04-fitness-approvals": { gateway: "approvals" },
  "spbe-spl-05-over-jaringan-intra": { gateway: "site" },
  "spbe-spl-06-built-by-dinas": { gateway: "builtBy" },
  "spbe-spl-07-government-service-bus": { gateway: unless("kind", "gsb", "builtBy") },
  "spbe-sec-01-classification": { applications: "data.classification" },
  "spbe-sec-03-gateway-authentication": { gateway: "services" },
  "spbe-sec-04-trusted-certificates": { security: "certificateIssuer" },
  "spbe-sec-06-continuity-and-vulnerability": {
    security: firstMissing(["continuityPlan", "vulnerabilityAssessment"], "vulnerabilityAssessment"),
  },
  "spbe-ops-01-service-desk": { agencies: "serviceDesk", dinas: "serviceDesk" },
  "spbe-ops-02-yearly-evaluation": { security: "monitoringEvaluation" },
};

function join(element: string, field: string): string {
  return element === "" ? field : `${element}.${field}`;
}

/** `applications[3].data` → { kind: "applications", element: "applications[3]", rest: "data" }. */
function split(source: string): { kind: string; element: string; rest: string } {
  const m = /^([A-Za-z]+)(\[\d+\])?(?:\.(.*))?$/.exec(source);
  if (!m) return { kind: "", element: source, rest: "" };
  const kind = m[1] ?? "";
  return m[2]
    ? { kind, element: `${kind}${m[2]}`, rest: m[3] ?? "" }
    : { kind, element: kind, rest: m[3] ?? "" };
}

/**
 * The inventory path of the field to change for a finding of `rule` about `source`; the source
 * itself when the rule names no field for that element (the element is then what changes).
 */
export function fixPath(rule: string, source: string | null, valueAt: ValueAt): string | null {
  if (!source) return null;
  const { kind, element, rest } = split(source);
  const choice = FIX_FIELDS[rule]?.[kind];
  if (choice === undefined) return source;
  // Fields are relative to the element: `applications[3].data` + `data.backup` is
  // `applications[3].data.backup`, and a field the source already names more precisely stays.
  const path = typeof choice === "string" ? join(element, choice) : choice(element, valueAt);
  return rest && `${element}.${rest}`.startsWith(`${path}.`) ? source : path;
}

/** `valueAt` over plain inventory data: `applications[3].data.backup` → that value, or undefined. */
export function valueAtIn(data: unknown): ValueAt {
  return (path) => {
    let node: unknown = data;
    for (const seg of path.match(/[^.[\]]+/g) ?? []) {
      if (node === null || typeof node !== "object") return undefined;
      node = (node as Record<string, unknown>)[seg];
    }
    return node;
  };
}
