/**
 * The region inventory's shape (docs/inventory.md is the contract with users).
 *
 * Field-level checks live here; checks that need the whole document (references, uniqueness,
 * racks, prefixes, dates against today) live in `crosscheck.ts`. Objects are strict: a misspelt
 * key is an error with its position, never silently ignored. Every field added beyond the
 * documented format is optional with a default, so an inventory written to the document stays valid.
 */
import { z } from "zod";
import { primitives as p } from "./primitives";
import { issuer } from "./schema-issuer";
import { security } from "./schema-security";
import { hasRegulation, regulationKeys } from "../regulations/registry";
import { routersSchema } from "./schema-router";
import { expects, FORMAT } from "./messages-format";

export { SECURITY_CONTROLS } from "./schema-security";

/**
 * The governing regulation: the key of any regulation with a data file (regulations/<key>.yaml),
 * e.g. tabanan, ppu, tangerang, prabumulih, bengkulu. Not an enum: a new regulation is data.
 */
const regulationKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, expects("regulationKeyForm"))
  .superRefine((v, ctx) => {
    if (hasRegulation(v)) return;
    // The format and its keys ride on the issue's params: the loader says it in both languages.
    const params = { format: "regulation", keys: regulationKeys().join(", ") };
    ctx.addIssue({ code: "custom", message: FORMAT.regulation(params).en, params });
  })
  .describe("Key of the governing regulation's data file (regulations/<key>.yaml)");

const approval = z.strictObject({
  reference: p.text(1).describe("Number of the approval letter"),
  date: p.date,
  by: p.text().optional().describe("Issuer, e.g. Kementerian Kominfo / BSSN"),
  issuer: issuer.optional().describe("Issuer as a kind; preferred over `by` when present"),
});
/** Operational (Kominfo) and security (BSSN) fitness approvals: NET-06, SPL-04. */
const approvals = z.strictObject({ operasi: approval.optional(), keamanan: approval.optional() });

const serviceDesk = z.strictObject({
  tier: z.union([z.literal(1), z.literal(2)]),
  contact: p.text(3),
});

const region = z.strictObject({
  key: p.key,
  name: p.text(3),
  kind: z.enum(["provinsi", "kabupaten", "kota"]),
  regulation: regulationKey,
  portalDomain: p.hostname,
});

const dinas = z.strictObject({
  id: p.id,
  name: p.text(3),
  serviceDesk: serviceDesk.optional(),
});

/** A subject granted a role in an agency's namespace: the user & authority catalog (DC-04). */
const access = z.strictObject({
  subject: p.text(1).describe("User or group as the cluster's identity provider names it"),
  kind: z.enum(["User", "Group"]).default("Group"),
  role: z.enum(["admin", "operator", "viewer"]),
});

const agency = z.strictObject({
  id: p.id,
  name: p.text(3),
  mandiriTik: z.boolean().default(false),
  serviceDesk: serviceDesk.optional(),
  lan: z.strictObject({
    site: p.id,
    hosts: z.number().int().min(1).max(65000),
    diagramSubmittedOn: p.date.optional(),
    builtBy: p.id.optional().describe("Who built the LAN (agency id or dinas id); NET-03"),
    lastChangeReportedOn: p.date.optional(),
    prefix: p.cidr
      .optional()
      .describe(
        "An existing LAN prefix the agency keeps (CIDR): the address plan allocates exactly this block " +
          "instead of carving one; it must lie inside network.supernet and hold lan.hosts",
      ),
  }),
  bandwidthMbps: z
    .strictObject({ proposed: z.number().positive(), granted: z.number().positive() })
    .optional(),
  access: z.array(access).optional(),
});

const platform = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("kubernetes"), context: p.kubeContext }),
  z.strictObject({ type: z.literal("docker"), host: p.dockerHost }),
]);

const rack = z.strictObject({
  id: p.id,
  units: z.number().int().min(1).max(60),
  powerKw: z.number().positive(),
});

/** Network equipment of a site, for the device catalog (DC-04) and the standard (NET-08). */
const device = z.strictObject({
  id: p.id,
  kind: z.enum(["router", "switch", "firewall", "ids-ips", "load-balancer", "storage", "server"]),
  model: p.text(1),
  rack: p.id.optional(),
  unit: z.number().int().min(1).optional(),
  heightU: z.number().int().min(1).default(1),
  powerW: z.number().nonnegative().default(0),
});

const site = z.strictObject({
  id: p.id,
  kind: z.enum(["pusat-data", "drc", "noc", "office"]),
  operator: p.operator,
  location: z.strictObject({ city: p.text(2), failureDomain: p.id }),
  platform: platform.optional(),
  standard: z.strictObject({ name: p.text(2), attestedOn: p.date }).optional(),
  racks: z.array(rack).default([]),
  devices: z.array(device).default([]),
  /** Object storage for backups. Required in effect for a DRC not run by the Dinas (pdn, provider:). */
  objectStorage: z
    .strictObject({ endpoint: p.url, bucket: p.bucket, region: p.storageRegion.default("id-1") })
    .optional(),
});

const interconnect = z.strictObject({
  kind: z.enum(["jip-pusat", "jip-daerah", "pdn", "pd-daerah", "internet"]),
  peer: p.text(2),
  bandwidthMbps: z.number().positive().optional(),
  approvals: approvals.optional(),
});

const network = z.strictObject({
  supernet: p.privateCidr,
  wan: z
    .strictObject({ linkPrefix: z.number().int().min(30).max(31).default(31) })
    .default({ linkPrefix: 31 }),
  /** Prefix lengths of the Pusat Data's and DRC's ranges, carved from the supernet by the plan. */
  ranges: z
    .strictObject({
      hosting: z.number().int().min(16).max(28).default(22),
      colocation: z.number().int().min(16).max(28).default(24),
      management: z.number().int().min(16).max(28).default(24),
      drc: z.number().int().min(16).max(28).default(23),
    })
    .default({ hosting: 22, colocation: 24, management: 24, drc: 23 }),
  vlanBase: z.number().int().min(2).max(4000).default(100),
  interconnects: z.array(interconnect).default([]),
  approvals: approvals.optional().describe("Fitness approvals of the Jaringan Intra (NET-06)"),
  standard: z
    .strictObject({
      name: p.text(2),
      attestedOn: p.date,
      by: p.text(2).optional().describe("Who set the standard and mechanism (NET-08)"),
      issuer: issuer.optional().describe("Who set it, as a kind (NET-08)"),
      covers: z
        .array(z.enum(["perangkat", "manajemen", "ruang"]))
        .optional()
        .describe("What it standardises: devices, management, the LAN device room (NET-08)"),
    })
    .optional(),
  bandwidth: z
    .strictObject({ monitoring: z.boolean().default(true), lastEvaluatedOn: p.date.optional() })
    .optional(),
});

const backup = z.strictObject({
  schedule: p.cron,
  retentionDays: z.number().int().min(1).max(3650),
  media: z.enum(["object-storage", "disk", "tape"]),
  target: p.id,
  procedure: p.text(1).optional().describe("Reference of the documented backup & restore procedure (BK-04)"),
});

const application = z.strictObject({
  id: p.id,
  name: p.text(2),
  owner: p.id,
  category: z.enum(["umum", "khusus"]),
  placement: z.strictObject({
    mode: z.enum(["hosting", "colocation", "vps"]),
    site: p.id,
    server: p.id.optional().describe("Colocation server the app runs on (mode colocation)"),
  }),
  image: p.image.optional(),
  port: z.number().int().min(1).max(65535).default(8080),
  replicas: z.number().int().min(0).max(50).default(1),
  resources: z
    .strictObject({ cpu: p.cpu.default("500m"), memory: p.memory.default("512Mi") })
    .default({ cpu: "500m", memory: "512Mi" }),
  vm: z
    .strictObject({ cpu: z.number().int().min(1).max(64).default(2), memoryGi: z.number().min(1).default(4) })
    .optional(),
  domain: p.hostname.optional(),
  path: z
    .string()
    .regex(/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/, expects("portalPath"))
    .optional()
    .describe("Path under the portal host where the site is served (NET-10: under the portal)"),
  exposure: z.enum(["internet", "intra"]).default("intra"),
  data: z
    .strictObject({
      classification: p.classification,
      storageGi: z.number().int().min(1).max(100000),
      backup: backup.optional(),
    })
    .optional(),
  admission: z
    .strictObject({
      request: p.text(1),
      testedOn: p.date,
      result: z.enum(["accepted", "returned"]),
      by: p.text(2).optional().describe("Who tested or decided (DC-03); absent: the Dinas"),
      issuer: issuer.optional().describe("Who tested or decided, as a kind (DC-03)"),
    })
    .optional(),
  integrations: z
    .array(
      z.union([
        z.strictObject({ consumes: p.serviceId }),
        z.strictObject({ calls: p.id }).describe("A direct call to another app, around the gateway (SPL-01)"),
      ]),
    )
    .default([]),
});

const colocationServer = z.strictObject({
  id: p.id,
  owner: p.id,
  site: p.id,
  rack: p.id,
  unit: z.number().int().min(1),
  heightU: z.number().int().min(1).max(20),
  powerW: z.number().positive(),
  model: p.text().optional(),
});

const gateway = z.strictObject({
  site: p.id,
  builtBy: p.id.optional().describe("The dinas, or a PD Mandiri TIK in coordination with it (SPL-06)"),
  kind: z.enum(["spl", "gsb"]).default("spl").describe("gsb: Government Service Bus (Bengkulu, SPL-07)"),
  upstreams: z
    .array(
      z.strictObject({
        id: p.id,
        kind: z.enum(["splp-nasional", "gateway-daerah", "gateway-pd"]),
        url: p.url,
      }),
    )
    .default([]),
  services: z
    .array(
      z.strictObject({
        id: p.serviceId,
        provider: p.id,
        path: p.urlPath,
        consumers: z.array(p.id).default([]),
        auth: z.enum(["key-auth", "jwt", "mtls"]).default("key-auth"),
      }),
    )
    .default([]),
  interoperability: z
    .strictObject({
      standard: p.text(2),
      version: p.text().optional(),
      by: p.text(2).optional().describe("Who set the standard (SPL-03); absent: read from its name"),
      issuer: issuer.optional().describe("Who set it, as a kind (SPL-03)"),
    })
    .optional(),
  approvals: approvals.optional(),
  dinasCoordination: z
    .strictObject({ reference: p.text(1), date: p.date })
    .optional()
    .describe("A PD Mandiri TIK's coordination with the Kepala Dinas on building it (SPL-06)"),
});

export const inventorySchema = z.strictObject({
  include: z
    .array(z.string().min(1))
    .optional()
    .describe("Further files whose lists are appended (a large province)"),
  region: region.meta({
    title: "Region",
    description: "The regional government (pemerintah daerah) and its regulation",
  }),
  dinas: dinas.meta({
    title: "Dinas Kominfo",
    description: "The Dinas Komunikasi dan Informatika, operator of the shared infrastructure",
  }),
  agencies: z
    .array(agency.meta({ title: "Perangkat Daerah" }))
    .min(1)
    .meta({ title: "Perangkat Daerah", description: "The region's agencies (PD), each with its LAN" }),
  sites: z
    .array(site.meta({ title: "Site" }))
    .min(1)
    .meta({ title: "Sites", description: "Pusat Data, DRC, NOC and office sites" }),
  network: network.meta({
    title: "Jaringan Intra",
    description: "The region's intranet: supernet, WAN, interconnects",
  }),
  applications: z
    .array(application.meta({ title: "Aplikasi SPBE" }))
    .default([])
    .meta({
      title: "Aplikasi SPBE",
      description: "Applications placed in the Pusat Data (hosting, colocation, vps)",
    }),
  colocation: z
    .array(colocationServer.meta({ title: "Colocation server" }))
    .default([])
    .meta({ title: "Colocation", description: "Servers an agency owns, in the Dinas's racks" }),
  gateway: gateway.optional().meta({
    title: "Sistem Penghubung Layanan",
    description: "The gateway through which applications consume each other's services",
  }),
  routers: routersSchema,
  security: security
    .meta({ title: "Keamanan SPBE", description: "Security controls, continuity plan and audits" })
    .default({
      controls: [],
      audits: [],
      certificateIssuer: { name: "bsre-acme", authority: "Balai Sertifikasi Elektronik (BSrE)" },
      activityRecords: { retentionDays: 365, auditLevel: "Metadata" },
    }),
});

export type Inventory = z.output<typeof inventorySchema>;
export type InventoryInput = z.input<typeof inventorySchema>;
export type Agency = Inventory["agencies"][number];
export type Site = Inventory["sites"][number];
export type Application = Inventory["applications"][number];
export type ColocationServer = Inventory["colocation"][number];
export type Gateway = NonNullable<Inventory["gateway"]>;
export type GatewayService = Gateway["services"][number];
export type Interconnect = Inventory["network"]["interconnects"][number];
export type Classification = z.output<typeof p.classification>;
