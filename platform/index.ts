/**
 * The platform layer's Pulumi program (run from `platform/`: `pulumi -C platform preview -s <region>-<site>`).
 * The stack's config names the inventory and the site; platform/program.ts does the rest.
 */
import * as pulumi from "@pulumi/pulumi";
import { resolve } from "node:path";
import { buildPlatform, PLATFORM_PROJECT } from "./program";
import type { AddOnName } from "./versions";

const config = new pulumi.Config(PLATFORM_PROJECT);
const outputs = buildPlatform({
  // The inventory path is from the repository root, one level above this project.
  inventory: resolve(__dirname, "..", config.require("inventory")),
  site: config.require("site"),
  acmeServer: config.require("acmeServer"),
  acmeEmail: config.require("acmeEmail"),
  edgeGateway: config.get("edgeGateway"),
  without: config.getObject<AddOnName[]>("without"),
});

export const region = outputs.region;
export const site = outputs.site;
export const addOns = outputs.addOns;
export const issuer = outputs.issuer;
export const gatewayClass = outputs.gatewayClass;
export const gatewayProxies = outputs.gatewayProxies;
export const veleroNamespace = outputs.veleroNamespace;
export const blackboxExporter = outputs.blackboxExporter;
