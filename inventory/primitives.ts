/** Field-level value types of the inventory, each with the message a user sees when it fails. */
import { z } from "zod";
import { CronExpressionParser } from "cron-parser";
import { Netmask } from "netmask";

const ID = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** registry/path/name:tag or …@sha256:<64 hex>; `latest` is not a pin. */
const IMAGE =
  /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/;

export function isValidCidr(value: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) return false;
  try {
    // netmask accepts a host address with a mask; a network must be written as its base address.
    return new Netmask(value).base === m.slice(1, 5).map(Number).join(".");
  } catch {
    return false;
  }
}

export function isValidCron(value: string): boolean {
  if (value.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const primitives = {
  id: z
    .string()
    .regex(ID, "an id: lowercase letters, digits and '-', at most 40 characters")
    .describe("An id: lowercase letters, digits and '-', at most 40 characters"),
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,30}$/, "a lowercase key (the stack name)")
    .describe("The region's key, lowercase: the Pulumi stack name"),
  hostname: z
    .string()
    .regex(HOSTNAME, "a valid lowercase hostname such as simpeg.tabanankab.go.id")
    .describe("A lowercase DNS hostname such as simpeg.tabanankab.go.id"),
  // The regex gives editors a pattern to check as you type; the refinement rejects 2026-02-30.
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
    .refine(isValidDate, "a date written YYYY-MM-DD")
    .describe("A past date written YYYY-MM-DD"),
  cidr: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "an IPv4 network in CIDR form such as 10.20.0.0/16")
    .refine(isValidCidr, "an IPv4 network in CIDR form such as 10.20.0.0/16 (base address, prefix ≤ 32)")
    .describe("An IPv4 network in CIDR form such as 10.20.0.0/16"),
  cron: z
    .string()
    .refine(isValidCron, "a five-field cron schedule such as '0 1 * * *'")
    .describe("A five-field cron schedule such as '0 1 * * *'"),
  image: z
    .string()
    .regex(IMAGE, "a container image pinned by tag or digest (registry/name:1.2.3)")
    .refine(
      (v) => !v.endsWith(":latest"),
      "a container image pinned by a version tag or digest, not ':latest'",
    )
    .describe("A container image pinned by tag or digest (registry/name:1.2.3 or …@sha256:…), not ':latest'"),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, "an http(s) URL")
    .describe("An http(s) URL"),
  urlPath: z.string().regex(/^\/[A-Za-z0-9._~\-/]*$/, "a URL path starting with '/'"),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "an S3 bucket name"),
  serviceId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, "a gateway service id such as kepegawaian.pegawai"),
  operator: z
    .string()
    .regex(
      /^(pdn|provider:[A-Za-z0-9 ._-]+|[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?)$/,
      "an agency id, the dinas id, 'pdn' or 'provider:<name>'",
    )
    .describe("Who operates the site: an agency id, the dinas id, 'pdn' or 'provider:<name>'"),
  dockerHost: z
    .string()
    .regex(/^(ssh|tcp|unix):\/\/\S+$/, "a Docker host such as ssh://user@host or tcp://host:2376"),
  classification: z.enum(["publik", "internal", "terbatas", "rahasia"]),
};
