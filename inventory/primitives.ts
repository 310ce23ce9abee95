/** Field-level value types of the inventory, each with the message a user sees when it fails. */
import { z } from "zod";
import { CronExpressionParser } from "cron-parser";
import { Netmask } from "netmask";
import { expects } from "./messages-format";

const ID = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
// The last label (the top-level domain) holds a letter: an IPv4 address is not a hostname.
const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(\.(?=[a-z0-9-]*[a-z])[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)$/;
/** registry/path/name:tag or …@sha256:<64 hex>; `latest` is not a pin. */
const IMAGE =
  /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}|@sha256:[a-f0-9]{64})$/;

// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;

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

/** Fields of a five-field schedule as robfig/cron (Velero, Kubernetes CronJob) reads them. */
const CRON_FIELDS = [
  { min: 0, max: 59, names: [] as string[], any: false },
  { min: 0, max: 23, names: [], any: false },
  { min: 1, max: 31, names: [], any: true },
  {
    min: 1,
    max: 12,
    names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    any: false,
  },
  { min: 0, max: 6, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], any: true },
];

/**
 * A schedule the backup tools run: Velero and Kubernetes CronJobs parse it with robfig/cron's
 * standard parser, five fields of `*`, `?` (day fields), numbers or names, `a-b` ranges, `/n`
 * steps and `,` lists. Seconds, years, `L`, `W` and `#` (Quartz extensions) are refused, and so
 * is 7 for Sunday (robfig reads days of the week 0-6).
 */
function isRobfigSchedule(value: string): boolean {
  const fields = value.split(" ");
  if (fields.length !== 5) return false;
  return fields.every((field, i) => {
    const { min, max, names, any } = CRON_FIELDS[i];
    const num = (v: string) => {
      const named = names.indexOf(v.toLowerCase());
      if (named >= 0) return named + min;
      return /^\d{1,2}$/.test(v) ? Number(v) : NaN;
    };
    return field.split(",").every((item) => {
      const m = /^(\*|\?|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d{1,2}))?$/.exec(item);
      if (!m) return false;
      if (m[2] !== undefined && Number(m[2]) === 0) return false;
      if (m[1] === "*") return true;
      if (m[1] === "?") return any && m[2] === undefined;
      const [a, b] = m[1].split("-").map(num);
      if (!(a >= min && a <= max)) return false;
      return b === undefined || (b >= a && b <= max);
    });
  });
}

export function isValidCron(value: string): boolean {
  if (!isRobfigSchedule(value)) return false;
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** RFC 1918 private networks and RFC 6598 shared address space: an intranet's addresses. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map(
  (c) => new Netmask(c),
);

/** Whether a valid CIDR lies wholly inside one private range (so /0 and public space never do). */
export function isPrivateCidr(value: string): boolean {
  if (!isValidCidr(value)) return false;
  const block = new Netmask(value);
  return PRIVATE_RANGES.some((r) => r.bitmask <= block.bitmask && r.contains(block.base));
}

/**
 * An https URL to a host (a hostname, or an IPv4 address on a private network), with an optional
 * port and path; no user:password (it would be published with the outputs and the report), no
 * query or fragment, no spaces or control characters. Plain http is refused: credentials and
 * backups would cross the network in the clear.
 */
export function isSafeHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[A-Za-z0-9.:\-/_~%]+$/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") return false;
  const host = url.hostname;
  return HOSTNAME.test(host) || (/^\d+(\.\d+){3}$/.test(host) && isPrivateCidr(`${host}/32`));
}

export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const primitives = {
  id: z
    .string()
    .regex(ID, expects("id"))
    .describe("An id: lowercase letters, digits and '-', at most 40 characters"),
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,30}$/, expects("key"))
    .describe("The region's key, lowercase: the Pulumi stack name"),
  hostname: z
    .string()
    .regex(HOSTNAME, expects("hostname"))
    .describe("A lowercase DNS hostname such as simpeg.tabanankab.go.id"),
  // The regex gives editors a pattern to check as you type; the refinement rejects 2026-02-30.
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, expects("date"))
    .refine(isValidDate, expects("date"))
    .describe("A past date written YYYY-MM-DD"),
  /** A supernet or prefix of the intranet: CIDR inside RFC 1918 or RFC 6598 space. */
  privateCidr: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, expects("cidrForm"))
    .refine(isValidCidr, expects("cidr"))
    .refine(
      // Only said of a well-formed network: a malformed one has its own message above.
      (v) => !isValidCidr(v) || isPrivateCidr(v),
      expects("privateCidr"),
    )
    .describe("A private IPv4 network in CIDR form such as 10.20.0.0/16 (RFC 1918 or RFC 6598)"),
  cidr: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, expects("cidrForm"))
    .refine(isValidCidr, expects("cidr"))
    .describe("An IPv4 network in CIDR form such as 10.20.0.0/16"),
  cron: z
    .string()
    .refine(isValidCron, expects("cron"))
    .describe("A five-field cron schedule such as '0 1 * * *', as Velero and Kubernetes read it"),
  image: z
    .string()
    .regex(IMAGE, expects("image"))
    .refine((v) => !v.endsWith(":latest"), expects("imageLatest"))
    .describe("A container image pinned by tag or digest (registry/name:1.2.3 or …@sha256:…), not ':latest'"),
  url: z
    .string()
    .regex(/^https:\/\//, expects("https"))
    .refine(isSafeHttpsUrl, expects("url"))
    .describe("An https URL to a host, without user:password"),
  urlPath: z
    .string()
    .regex(/^\/[A-Za-z0-9._~\-/]*$/, expects("urlPath"))
    .refine((v) => !/(^|\/)\.\.?(\/|$)|\/\//.test(v), expects("urlSegments")),
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, expects("bucket"))
    .refine((v) => !v.includes("..") && !/^\d+(\.\d+){3}$/.test(v), expects("bucketShape")),
  /** An object storage region such as id-1 or us-east-1. */
  storageRegion: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-_]{0,62}[a-z0-9])?$/, expects("storageRegion"))
    .describe("An object storage region such as id-1"),
  /** A Kubernetes context name as kubeconfig writes it (`user@cluster`, `arn:…/name`). */
  kubeContext: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@:/-]{0,252}$/, expects("kubeContext")),
  /** CPU as Kubernetes reads it: cores (`2`, `0.5`) or millicores (`500m`). */
  cpu: z
    .string()
    .regex(/^([1-9]\d{0,5}m|\d{1,3}(\.\d{1,3})?)$/, expects("cpu"))
    .refine((v) => !/^0(\.0*)?$/.test(v), expects("cpuAboveZero")),
  /** Memory as Kubernetes reads it, with a binary or decimal suffix (`512Mi`, `2Gi`, `1G`). */
  memory: z.string().regex(/^[1-9]\d{0,8}(Ki|Mi|Gi|Ti|k|M|G|T)?$/, expects("memory")),
  /**
   * One line of text a person reads (a name, a contact, a reference): no line breaks or control
   * characters, so that it cannot add a line to a generated file.
   */
  text: (min = 1) =>
    z
      .string()
      .min(min)
      .max(200)
      .regex(ONE_LINE, expects("oneLine"))
      .refine((v) => v.trim() === v, expects("trimmed")),
  serviceId: z.string().regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, expects("serviceId")),
  operator: z
    .string()
    .regex(/^(pdn|provider:[A-Za-z0-9 ._-]+|[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?)$/, expects("operator"))
    .describe("Who operates the site: an agency id, the dinas id, 'pdn' or 'provider:<name>'"),
  dockerHost: z
    .string()
    .regex(
      /^(ssh:\/\/([a-z_][a-z0-9_-]{0,31}@)?[a-z0-9.-]+(:\d{1,5})?|tcp:\/\/[a-z0-9.-]+:\d{1,5}|unix:\/\/\/[A-Za-z0-9._/-]+)$/,
      expects("dockerHost"),
    ),
  classification: z.enum(["publik", "internal", "terbatas", "rahasia"]),
};
