/**
 * Reject fixtures: each is the valid fixture with one mistake (or a few), and each error must be
 * reported at the exact line, column and path of the offending node.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatErrorIn, loadInventory } from "../../inventory";

const DIR = join(__dirname, "../fixtures/inventory/reject");
const TODAY = "2026-11-23";

/** `line:col path: message`, without the file, for readable expectations. */
function errorsOf(fixture: string): string[] {
  const result = loadInventory(join(DIR, fixture), { today: TODAY });
  if (result.ok) throw new Error(`${fixture} was accepted`);
  return result.errors.map((e) => {
    expect(e.file).toBe(join(DIR, fixture));
    return formatErrorIn(e, "en").slice(`${e.file}:`.length);
  });
}

const CASES: Array<[behaviour: string, fixture: string, expected: string[]]> = [
  [
    "rejects an application owner that is not a declared agency",
    "unknown-owner.yaml",
    [
      '68:12 applications[0].owner: unknown agency "bkpsdn": not an id of agencies or the dinas (did you mean "bkpsdm"?)',
    ],
  ],
  [
    "rejects a colocation server overlapping another in its rack",
    "rack-overlap.yaml",
    [
      '103:81 colocation[1].unit: colocation server "srv-dukcapil-02" at units 11-12 overlaps colocation server "srv-dukcapil-01" at units 10-11 in rack "r01" of site "pd-utama" (declared at colocation[0], line 102)',
    ],
  ],
  [
    "rejects a device reaching above the top of its rack",
    "rack-overflow.yaml",
    [
      '42:77 sites[0].devices[0].unit: device "core-sw-1" at units 42-43 overflows rack "r01" of site "pd-utama", which has 42 units',
    ],
  ],
  [
    "rejects a rack whose occupants draw more than its power",
    "rack-power.yaml",
    [
      '39:40 sites[0].racks[0].powerKw: rack "r01" of site "pd-utama" supplies 6 kW but its 3 occupants draw 6100 W',
    ],
  ],
  [
    "rejects a rack that the colocation server's site does not have",
    "unknown-rack.yaml",
    ['103:70 colocation[1].rack: unknown rack "r03" at site "pd-utama": it has r01, r02'],
  ],
  [
    "rejects a supernet with host bits set",
    "cidr-host-bits.yaml",
    [
      '55:13 network.supernet: expected an IPv4 network in CIDR form such as 10.20.0.0/16 (base address, prefix ≤ 32), got "10.20.0.1/16"',
    ],
  ],
  [
    "rejects a prefix length over 32",
    "cidr-invalid.yaml",
    [
      '55:13 network.supernet: expected an IPv4 network in CIDR form such as 10.20.0.0/16 (base address, prefix ≤ 32), got "10.20.0.0/33"',
    ],
  ],
  [
    "rejects a pinned LAN prefix outside the supernet",
    "lan-prefix-outside.yaml",
    [
      '21:15 agencies[0].lan.prefix: LAN prefix 10.21.4.0/24 of agency "bappeda" is outside network.supernet 10.20.0.0/16',
    ],
  ],
  [
    "rejects a pinned LAN prefix overlapping another agency's pin, naming the other",
    "lan-prefix-overlap.yaml",
    [
      '29:70 agencies[2].lan.prefix: LAN prefix 10.20.8.0/25 of agency "disdukcapil" overlaps LAN prefix 10.20.8.0/24 of agency "bkpsdm" (declared at agencies[1].lan.prefix, line 25)',
    ],
  ],
  [
    "rejects a pinned LAN prefix too small for the agency's hosts",
    "lan-prefix-too-small.yaml",
    [
      '25:47 agencies[1].lan.prefix: LAN prefix 10.20.8.0/27 of agency "bkpsdm" holds at most 29 hosts (less network, broadcast and gateway), but lan.hosts is 40',
    ],
  ],
  [
    "rejects a date in the future",
    "future-date.yaml",
    ["37:52 sites[0].standard.attestedOn: date 2027-06-01 is in the future (today is 2026-11-23)"],
  ],
  [
    "rejects an image tagged latest",
    "latest-image.yaml",
    [
      "71:12 applications[0].image: expected a container image pinned by a version tag or digest, not ':latest', got \"registry.contohkab.go.id/simpeg:latest\"",
    ],
  ],
  [
    "rejects an image without tag or digest",
    "unpinned-image.yaml",
    [
      '71:12 applications[0].image: expected a container image pinned by tag or digest (registry/name:1.2.3), got "registry.contohkab.go.id/simpeg"',
    ],
  ],
  [
    "rejects a domain that is not a valid hostname",
    "bad-hostname.yaml",
    [
      '74:13 applications[0].domain: expected a valid lowercase hostname such as simpeg.tabanankab.go.id, got "SimPeg_contohkab"',
    ],
  ],
  [
    "rejects a backup schedule that does not parse as cron",
    "bad-cron.yaml",
    [
      "91:27 applications[1].data.backup.schedule: expected a five-field cron schedule such as '0 1 * * *' (minute hour day month weekday; no seconds, years, L, W or #), got \"30 25 * * *\"",
    ],
  ],
  [
    "rejects a second application with the same id",
    "duplicate-id.yaml",
    [
      '92:9 applications[2].id: duplicate application id "simpeg" (first declared at applications[0].id, line 66)',
    ],
  ],
  [
    "points at a misspelt key and suggests the known one",
    "unknown-key.yaml",
    ['74:5 applications[0].ownr: unknown key "ownr" (did you mean "owner"?)'],
  ],
  [
    "points a missing key at the mapping that lacks it",
    "missing-key.yaml",
    ['66:5 applications[0].category: missing key "category"'],
  ],
  [
    "names the expected type and the value found",
    "wrong-type.yaml",
    ['25:35 agencies[1].lan.hosts: expected a number, got "forty"'],
  ],
  [
    "lists the allowed values of an enumeration",
    "bad-enum.yaml",
    ['96:24 applications[2].placement.mode: expected one of hosting|colocation|vps, got "cloud"'],
  ],
  [
    "rejects a backup target that is not a declared site",
    "unknown-backup-target.yaml",
    [
      '79:90 applications[0].data.backup.target: unknown site "drc-2": not an id of sites (did you mean "drc-1"?)',
    ],
  ],
  [
    "rejects consuming a gateway service that is not declared",
    "unknown-service.yaml",
    [
      '82:21 applications[0].integrations[0].consumes: unknown gateway service "kependudukan.nikk": not an id of gateway.services (did you mean "kependudukan.nik"?)',
    ],
  ],
  [
    "rejects a hosting application without an image",
    "missing-image.yaml",
    [
      '66:5 applications[0].image: missing key "image": a hosting application runs a container image pinned by tag or digest',
    ],
  ],
  [
    "rejects a colocation application that names no server",
    "colocation-without-server.yaml",
    [
      '87:16 applications[1].placement.server: missing key "server": a colocation application names the colocation server it runs on',
    ],
  ],
  [
    "rejects a pusat-data running workloads without a platform",
    "no-platform.yaml",
    [
      '32:5 sites[0].platform: missing key "platform": pusat-data site "pd-utama" runs application "simpeg", application "sipd" and the gateway, so it needs a platform: { type: kubernetes, … } or { type: docker, … }',
    ],
  ],
  [
    "reports YAML syntax errors with their positions",
    "junk.yaml",
    [
      "4:3 region.kind: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "6:1 (root): invalid YAML: Tabs are not allowed as indentation",
    ],
  ],
  [
    "reports schema errors and cross-check errors together, in file order",
    "several.yaml",
    [
      '55:13 network.supernet: expected an IPv4 network in CIDR form such as 10.20.0.0/16 (base address, prefix ≤ 32), got "10.20.0.0/33"',
      '68:12 applications[0].owner: unknown agency "bkpsdn": not an id of agencies or the dinas (did you mean "bkpsdm"?)',
      '103:81 colocation[1].unit: colocation server "srv-dukcapil-02" at units 11-12 overlaps colocation server "srv-dukcapil-01" at units 10-11 in rack "r01" of site "pd-utama" (declared at colocation[0], line 102)',
    ],
  ],
];

describe("reject fixtures", () => {
  it.each(CASES)("%s", (_behaviour, fixture, expected) => {
    expect(errorsOf(fixture)).toEqual(expected);
  });

  it("has an expectation for every reject fixture", () => {
    expect(readdirSync(DIR).sort()).toEqual(CASES.map(([, fixture]) => fixture).sort());
  });
});
