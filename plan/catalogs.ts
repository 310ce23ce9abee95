/**
 * The auditors' catalogs (DC-04, SPL-01/02): device catalog, user & authority catalog, activity
 * record settings and the SPL service catalog. Pure: the auditor report calls these directly.
 */
import type { Inventory } from "../inventory/schema";
import type { AddressPlan } from "./types";
import { namespaceOf } from "./placement";

export interface DeviceEntry {
  id: string;
  kind: string;
  model: string | null;
  owner: string;
  site: string;
  rack: string | null;
  unit: number | null;
  heightU: number;
  powerW: number;
  address: string | null;
  source: string;
}

export function buildDeviceCatalog(inventory: Inventory, addressPlan: AddressPlan): DeviceEntry[] {
  const addresses = new Map(addressPlan.hosts.map((h) => [h.id, h.address]));
  const devices: DeviceEntry[] = [];
  inventory.sites.forEach((site, i) =>
    site.devices.forEach((d, j) =>
      devices.push({
        id: d.id,
        kind: d.kind,
        model: d.model,
        owner: site.operator,
        site: site.id,
        rack: d.rack ?? null,
        unit: d.unit ?? null,
        heightU: d.heightU,
        powerW: d.powerW,
        address: addresses.get(d.id) ?? null,
        source: `sites[${i}].devices[${j}]`,
      }),
    ),
  );
  inventory.colocation.forEach((s, i) =>
    devices.push({
      id: s.id,
      kind: "colocation-server",
      model: s.model ?? null,
      owner: s.owner,
      site: s.site,
      rack: s.rack,
      unit: s.unit,
      heightU: s.heightU,
      powerW: s.powerW,
      address: addresses.get(s.id) ?? null,
      source: `colocation[${i}]`,
    }),
  );
  return devices;
}

export type AccessRole = "admin" | "operator" | "viewer";

/** What each role may do in its agency's namespace; the Role objects are built from this. */
export const ROLE_RULES: Record<
  AccessRole,
  Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }>
> = {
  admin: [
    {
      apiGroups: ["", "apps", "batch", "networking.k8s.io", "kubevirt.io"],
      resources: ["*"],
      verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
    },
  ],
  operator: [
    { apiGroups: ["", "apps", "batch", "kubevirt.io"], resources: ["*"], verbs: ["get", "list", "watch"] },
    { apiGroups: ["apps"], resources: ["deployments", "deployments/scale"], verbs: ["update", "patch"] },
    { apiGroups: [""], resources: ["pods"], verbs: ["delete"] },
  ],
  viewer: [
    { apiGroups: ["", "apps", "batch", "kubevirt.io"], resources: ["*"], verbs: ["get", "list", "watch"] },
  ],
};

export interface UserEntry {
  agency: string;
  namespace: string;
  subject: string;
  kind: "User" | "Group";
  role: AccessRole;
  /** true when the inventory names no access for the agency and the default admin group is used. */
  defaulted: boolean;
  source: string;
}

/** The default subject of an agency that declares no `access`: its admin group. */
export function defaultGroup(agencyId: string): string {
  return `spbe:${agencyId}:admin`;
}

export function buildUserCatalog(inventory: Inventory): UserEntry[] {
  return inventory.agencies.flatMap((a, i): UserEntry[] => {
    const ns = namespaceOf(a.id);
    if (!a.access || a.access.length === 0) {
      return [
        {
          agency: a.id,
          namespace: ns,
          subject: defaultGroup(a.id),
          kind: "Group",
          role: "admin",
          defaulted: true,
          source: `agencies[${i}]`,
        },
      ];
    }
    return a.access.map((x, j) => ({
      agency: a.id,
      namespace: ns,
      subject: x.subject,
      kind: x.kind,
      role: x.role,
      defaulted: false,
      source: `agencies[${i}].access[${j}]`,
    }));
  });
}

export interface ActivityRecords {
  /** Kubernetes API-server audit level for requests to agencies' namespaces. */
  auditLevel: string;
  retentionDays: number;
  /** Where the records go: the log shipper when `log-analysis` is declared, else the API server's own log. */
  shippedBy: string | null;
  sources: string[];
}

export function buildActivityRecords(inventory: Inventory): ActivityRecords {
  const shipping = inventory.security.controls.includes("log-analysis");
  return {
    auditLevel: inventory.security.activityRecords.auditLevel,
    retentionDays: inventory.security.activityRecords.retentionDays,
    shippedBy: shipping ? "fluent-bit" : null,
    sources: ["kube-apiserver audit log", "container logs", ...(shipping ? ["node journal"] : [])],
  };
}

export interface ServiceEntry {
  id: string;
  path: string;
  provider: string;
  providerOwner: string;
  consumers: string[];
  auth: string;
  source: string;
}

export interface ServiceCatalog {
  gateway: { site: string; kind: string; builtBy: string } | null;
  services: ServiceEntry[];
  upstreams: Array<{ id: string; kind: string; url: string }>;
}

export function buildServiceCatalog(inventory: Inventory): ServiceCatalog {
  const gw = inventory.gateway;
  if (!gw) return { gateway: null, services: [], upstreams: [] };
  const owners = new Map(inventory.applications.map((a) => [a.id, a.owner]));
  return {
    gateway: { site: gw.site, kind: gw.kind, builtBy: gw.builtBy ?? inventory.dinas.id },
    services: gw.services.map((s, i) => ({
      id: s.id,
      path: s.path,
      provider: s.provider,
      providerOwner: owners.get(s.provider) ?? "",
      consumers: [...s.consumers],
      auth: s.auth,
      source: `gateway.services[${i}]`,
    })),
    upstreams: gw.upstreams.map((u) => ({ ...u })),
  };
}
