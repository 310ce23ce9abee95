/**
 * Each agency's tenant on a Pusat Data site: the classification its namespace carries (the
 * highest of its data) and a quota sized from what it runs there. Pure.
 */
import type { Classification, Inventory } from "../inventory/schema";
import { placeApplications } from "./placement";

const ORDER: Classification[] = ["publik", "internal", "terbatas", "rahasia"];

/** The highest classification of an agency's data anywhere; `internal` when it holds none. */
export function tenantClassification(inventory: Inventory, agency: string): Classification {
  let best = -1;
  for (const a of inventory.applications) {
    if (a.owner === agency && a.data) best = Math.max(best, ORDER.indexOf(a.data.classification));
  }
  return best < 0 ? "internal" : ORDER[best];
}

/** `500m` → 500, `2` → 2000. */
export function cpuMillis(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q);
  if (!m) throw new Error(`cpu '${q}' must be cores (2, 0.5) or millicores (500m)`);
  return m[2] === "m" ? Number(m[1]) : Math.round(Number(m[1]) * 1000);
}

/** `512Mi` → 512, `2Gi` → 2048, `1G` → 954. */
export function memoryMi(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|K|M|G|T)$/.exec(q);
  if (!m) throw new Error(`memory '${q}' must be a Kubernetes quantity such as 512Mi or 2Gi`);
  const bytes: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
  };
  return Math.ceil((Number(m[1]) * bytes[m[2]]) / 2 ** 20);
}

export interface TenantQuota {
  cpu: string;
  memory: string;
  storageGi: number;
  pods: number;
}

/**
 * Room for what the agency runs on the site plus half again (rolling updates start a new pod
 * before the old one stops), and at least 2 cores, 4 GiB, 10 GiB and 20 pods.
 */
export function tenantQuota(inventory: Inventory, site: string, agency: string): TenantQuota {
  let cpu = 0;
  let mem = 0;
  let storage = 0;
  let pods = 0;
  for (const p of placeApplications(inventory)) {
    const a = p.app;
    if (a.owner !== agency || p.site.id !== site || a.placement.mode === "colocation") continue;
    if (a.placement.mode === "vps") {
      const vm = a.vm ?? { cpu: 2, memoryGi: 4 };
      cpu += vm.cpu * 1000;
      mem += vm.memoryGi * 1024;
      pods += 1;
    } else {
      cpu += cpuMillis(a.resources.cpu) * a.replicas;
      mem += memoryMi(a.resources.memory) * a.replicas;
      pods += a.replicas;
    }
    storage += a.data?.storageGi ?? 0;
  }
  return {
    cpu: `${Math.max(2000, Math.ceil(cpu * 1.5))}m`,
    memory: `${Math.max(4096, Math.ceil(mem * 1.5))}Mi`,
    storageGi: Math.max(10, Math.ceil(storage * 1.2)),
    pods: Math.max(20, pods * 2),
  };
}
