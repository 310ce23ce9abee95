/**
 * A small region for the component tests, built through the real schema: a Kubernetes Pusat Data,
 * a Docker DRC run by the dinas, a PDN DRC, hosted, VPS and colocation apps, and a gateway.
 * Tests change one thing with `mutate`.
 */
import * as pulumi from "@pulumi/pulumi";
import { inventorySchema, type Inventory, type InventoryInput } from "../../inventory/schema";
import { allocate, planAddresses } from "../../plan/ipam";
import { placeSites } from "../../plan/placement";
import type { AddressPlan } from "../../plan/types";
import { createAdapter, type SiteAdapter } from "../../components/platform";

export function fixtureInput(): InventoryInput {
  return {
    region: {
      key: "contoh",
      name: "Kabupaten Contoh",
      kind: "kabupaten",
      regulation: "tabanan",
      portalDomain: "contohkab.go.id",
    },
    dinas: { id: "diskominfo", name: "Dinas Komunikasi dan Informatika" },
    agencies: [
      {
        id: "bkpsdm",
        name: "Badan Kepegawaian",
        lan: { site: "kantor", hosts: 40 },
        access: [{ subject: "bkpsdm-ops", role: "operator" }],
      },
      { id: "dinkes", name: "Dinas Kesehatan", lan: { site: "kantor", hosts: 60 } },
      { id: "rsud", name: "Rumah Sakit Umum Daerah", mandiriTik: true, lan: { site: "kantor", hosts: 80 } },
    ],
    sites: [
      {
        id: "pd-utama",
        kind: "pusat-data",
        operator: "diskominfo",
        location: { city: "Contoh", failureDomain: "contoh-kota" },
        platform: { type: "kubernetes", context: "pd-utama" },
        racks: [{ id: "r01", units: 42, powerKw: 6 }],
      },
      {
        id: "drc-dinas",
        kind: "drc",
        operator: "diskominfo",
        location: { city: "Jauh", failureDomain: "jauh" },
        platform: { type: "docker", host: "ssh://spbe@drc.contohkab.go.id" },
      },
      {
        id: "drc-pdn",
        kind: "drc",
        operator: "pdn",
        location: { city: "Batam", failureDomain: "kepri-batam" },
        objectStorage: { endpoint: "https://s3.pdn.go.id", bucket: "spbe-contoh" },
      },
      {
        id: "kantor",
        kind: "office",
        operator: "bkpsdm",
        location: { city: "Contoh", failureDomain: "contoh-kota" },
      },
    ],
    network: { supernet: "10.30.0.0/16" },
    applications: [
      {
        id: "simpeg",
        name: "Kepegawaian",
        owner: "bkpsdm",
        category: "umum",
        placement: { mode: "hosting", site: "pd-utama" },
        image: "registry.contohkab.go.id/simpeg:1.0.0",
        replicas: 2,
        domain: "simpeg.contohkab.go.id",
        exposure: "internet",
        data: {
          classification: "terbatas",
          storageGi: 20,
          backup: { schedule: "0 1 * * *", retentionDays: 30, media: "object-storage", target: "drc-dinas" },
        },
      },
      {
        id: "sikda",
        name: "Kesehatan",
        owner: "dinkes",
        category: "khusus",
        placement: { mode: "vps", site: "pd-utama" },
        vm: { cpu: 4, memoryGi: 8 },
        data: {
          classification: "rahasia",
          storageGi: 50,
          backup: { schedule: "0 */6 * * *", retentionDays: 90, media: "object-storage", target: "drc-pdn" },
        },
        integrations: [{ consumes: "kepegawaian.pegawai" }],
      },
      {
        id: "simrs",
        name: "Rumah Sakit",
        owner: "rsud",
        category: "khusus",
        placement: { mode: "colocation", site: "pd-utama", server: "srv-rsud-01" },
        port: 8443,
        data: {
          classification: "rahasia",
          storageGi: 500,
          backup: { schedule: "0 23 * * *", retentionDays: 365, media: "object-storage", target: "drc-pdn" },
        },
      },
    ],
    colocation: [
      { id: "srv-rsud-01", owner: "rsud", site: "pd-utama", rack: "r01", unit: 1, heightU: 2, powerW: 450 },
    ],
    gateway: {
      site: "pd-utama",
      upstreams: [{ id: "splp", kind: "splp-nasional", url: "https://splp.layanan.go.id" }],
      services: [
        {
          id: "kepegawaian.pegawai",
          provider: "simpeg",
          path: "/kepegawaian/v1/pegawai",
          consumers: ["dinkes"],
        },
        {
          id: "kesehatan.rujukan",
          provider: "simrs",
          path: "/kesehatan/v1/rujukan",
          consumers: ["dinkes", "bkpsdm"],
        },
      ],
    },
    security: { controls: ["ids-ips", "network-monitoring", "log-analysis", "hardening"] },
  };
}

export function fixture(mutate?: (input: InventoryInput) => void): Inventory {
  const input = fixtureInput();
  mutate?.(input);
  return inventorySchema.parse(input);
}

export function addressPlanOf(inventory: Inventory): AddressPlan {
  const plan = planAddresses(inventory, allocate(inventory, null));
  if (!plan.ok) throw new Error(plan.errors.join("\n"));
  return plan.plan;
}

/** A parent for components under test, standing where SpbeRegion stands. */
export class TestRoot extends pulumi.ComponentResource {
  constructor() {
    super("spbe:test:Root", "root", {});
  }
}

/** The adapters of every site with a platform, children of `parent`. */
export function adaptersOf(inventory: Inventory, parent: pulumi.Resource): Map<string, SiteAdapter> {
  const out = new Map<string, SiteAdapter>();
  for (const site of placeSites(inventory).values()) {
    const a = createAdapter(site, parent);
    if (a) out.set(site.id, a);
  }
  return out;
}
