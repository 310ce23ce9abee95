/**
 * The optional `routers` section: what the device model (`plan/devices/`) needs to configure and
 * reach each router of the Jaringan Intra beyond what the plan already knows. Every field has a
 * default, so an inventory without the section gets a complete model: FRRouting routers managed
 * over SSH as user `spbe`, at the address the plan gives them, with the key in the Pulumi secret
 * `routerSshKey`. Documented in docs/inventory-extensions.md.
 */
import { z } from "zod";
import { expects } from "./messages-format";

export const ROUTER_PLATFORMS = ["frr", "routeros"] as const;
export type RouterPlatform = (typeof ROUTER_PLATFORMS)[number];

const ipv4 = z
  .string()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, expects("ipv4"))
  .describe("An IPv4 address such as 10.20.250.2");

/** A Pulumi config secret name (`pulumi config set --secret <name> …`). */
const secretName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, expects("secretName"))
  .describe("Name of the Pulumi config secret holding the SSH private key");

const access = {
  platform: z
    .enum(ROUTER_PLATFORMS)
    .describe("Router software: frr (Linux + FRRouting + nftables) or routeros (MikroTik v7)"),
  user: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,31}$/, expects("login"))
    .describe("SSH login"),
  port: z.number().int().min(1).max(65535).describe("SSH port"),
  credentials: secretName,
};

export const routerDefaults = z.strictObject({
  platform: access.platform.default("frr"),
  user: access.user.default("spbe"),
  port: access.port.default(22),
  credentials: access.credentials.default("routerSshKey"),
});

export const routerEntry = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, expects("routerId"))
    .describe(
      "The router's id in the device model: a site router device id, rtr-<agency>, or edge-<interconnect>",
    ),
  platform: access.platform.optional(),
  management: ipv4
    .optional()
    .describe("Address the SSH connection goes to; default the address the plan gives the router"),
  user: access.user.optional(),
  port: access.port.optional(),
  credentials: access.credentials.optional(),
});

export const routersSchema = z
  .strictObject({
    defaults: routerDefaults.default({
      platform: "frr",
      user: "spbe",
      port: 22,
      credentials: "routerSshKey",
    }),
    devices: z.array(routerEntry).default([]),
    /** Interconnect kinds the agency LANs may reach; default every interconnect the region declares. */
    agencyAccess: z.array(z.enum(["jip-pusat", "jip-daerah", "pdn", "pd-daerah", "internet"])).optional(),
  })
  .optional()
  .meta({ title: "Routers", description: "How each router of the Jaringan Intra is configured and reached" });

export type RoutersInput = z.input<typeof routersSchema>;
