/**
 * The sites of a synthetic region and the servers in its racks. One Pusat Data run by the Dinas
 * (SNI-attested, DC-01/DC-06), a NOC beside it (DC-09), a DRC at the PDN in another failure domain
 * with object storage for backups (DRC-01..03, BK-03), and an office per agency for its LAN.
 * Colocation servers belong only to PD Mandiri TIK (DC-08) and are packed into racks without
 * overlapping units or exceeding the rack's power.
 */
import type { InventoryInput } from "../../inventory/schema";
import { daysBefore } from "./dates";
import { CITIES } from "./names";
import type { Rng } from "./prng";
import type { AgencyInput } from "./agencies";

type SiteInput = InventoryInput["sites"][number];
type ColocationInput = NonNullable<InventoryInput["colocation"]>[number];
type DeviceInput = NonNullable<SiteInput["devices"]>[number];

export const PUSAT_DATA = "pd-utama";
export const DRC = "drc-1";
export const NOC = "noc";

const RACK_UNITS = 42;
const RACK_POWER_KW = 8;
const SERVER_HEIGHT_U = 2;
const SERVER_POWER_W = 450;
/** Units 1..4 of every rack are left to its top-of-rack switch and patch panels. */
const FIRST_SERVER_UNIT = 5;

export interface SitesResult {
  sites: SiteInput[];
  colocation: ColocationInput[];
}

function networkDevices(key: string, rack: string): DeviceInput[] {
  const kinds: Array<[DeviceInput["kind"], string]> = [
    ["router", "Cisco ASR 1001-X"],
    ["firewall", "Fortinet FortiGate 600F"],
    ["ids-ips", "Palo Alto PA-3410"],
    ["switch", "Cisco Nexus 93180YC"],
    ["load-balancer", "F5 BIG-IP i4800"],
    ["storage", "NetApp AFF A250"],
  ];
  return kinds.map(([kind, model], i) => ({
    id: `${key}-${kind}`,
    kind,
    model,
    rack,
    unit: 1 + i * 2,
    heightU: 2,
    powerW: 500,
  }));
}

export function generateSites(
  key: string,
  agencies: readonly AgencyInput[],
  rng: Rng,
  asOf: Date,
  dinasId: string,
): SitesResult {
  const [home, away] = pickTwo(rng);
  const homeDomain = `fd-${slug(home)}`;
  const standard = () => ({ name: "SNI 8799-1:2019", attestedOn: daysBefore(asOf, rng, 60, 500) });

  // PD Mandiri TIK own their servers (Prabumulih 14(7)); where the regulation has no such
  // category, the Dinas' own servers fill the colocation racks instead.
  const mandiri = agencies.filter((a) => a.mandiriTik);
  const owners = mandiri.length > 0 ? mandiri : [{ id: dinasId }];
  const colocation: ColocationInput[] = [];
  const perRack = Math.min(
    Math.floor((RACK_UNITS - FIRST_SERVER_UNIT + 1) / SERVER_HEIGHT_U),
    Math.floor((RACK_POWER_KW * 1000) / SERVER_POWER_W),
  );
  for (const owner of owners) {
    const count = rng.int(1, 3);
    for (let i = 1; i <= count; i++) {
      const slot = colocation.length;
      colocation.push({
        id: `srv-${owner.id}-${i}`,
        owner: owner.id,
        site: PUSAT_DATA,
        rack: rackId(Math.floor(slot / perRack)),
        unit: FIRST_SERVER_UNIT + (slot % perRack) * SERVER_HEIGHT_U,
        heightU: SERVER_HEIGHT_U,
        powerW: SERVER_POWER_W,
        model: "Dell PowerEdge R650",
      });
    }
  }
  const rackCount = Math.max(1, Math.ceil(colocation.length / perRack));
  const racks = [
    { id: "net-01", units: RACK_UNITS, powerKw: RACK_POWER_KW },
    ...Array.from({ length: rackCount }, (_, i) => ({
      id: rackId(i),
      units: RACK_UNITS,
      powerKw: RACK_POWER_KW,
    })),
  ];

  const sites: SiteInput[] = [
    {
      id: PUSAT_DATA,
      kind: "pusat-data",
      operator: dinasId,
      location: { city: home, failureDomain: homeDomain },
      platform: { type: "kubernetes", context: `${key}-${PUSAT_DATA}` },
      standard: standard(),
      racks,
      devices: networkDevices("pd", "net-01"),
    },
    {
      id: NOC,
      kind: "noc",
      operator: dinasId,
      location: { city: home, failureDomain: homeDomain },
      standard: standard(),
    },
    {
      id: DRC,
      kind: "drc",
      operator: "pdn",
      location: { city: away, failureDomain: `fd-${slug(away)}` },
      platform: { type: "kubernetes", context: `${key}-${DRC}` },
      standard: standard(),
      objectStorage: { endpoint: "https://s3.pdn.go.id", bucket: `${key}-backup`, region: "id-1" },
    },
    ...agencies.map((a): SiteInput => ({
      id: a.lan.site,
      kind: "office",
      operator: a.mandiriTik ? a.id : dinasId,
      location: { city: home, failureDomain: homeDomain },
    })),
  ];
  return { sites, colocation };
}

function rackId(index: number): string {
  return `r${String(index + 1).padStart(2, "0")}`;
}

function slug(city: string): string {
  return city.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** Two different cities: the Pusat Data's and the DRC's. */
function pickTwo(rng: Rng): [string, string] {
  const home = rng.pick(CITIES);
  const others = CITIES.filter((c) => c !== home);
  return [home, rng.pick(others)];
}
