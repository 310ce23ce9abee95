/**
 * Inventory mutations through the whole checkRegion: an example region (Prabumulih unless named;
 * clean under its own regulation) with one field changed reports the rule of that field, and did
 * not before.
 * Rules about hand-written resources (NET-01, DC-10, SEC-01 …) cannot be reached from a
 * well-formed inventory: the components always write the compliant shape; their raw-resource
 * cases are in test/policies/cases.ts.
 */
import { describe, expect, it } from "vitest";
import type { Document } from "yaml";
import { checkRegion } from "../../offline/check-region";
import type { CheckReport } from "../../offline/findings";
import { mutatedRegion } from "./mutate";

const TODAY = "2026-11-23";
const KEY = "prabumulih";

type Change = (doc: Document) => void;
const set =
  (path: (string | number)[], value: unknown): Change =>
  (doc) =>
    void doc.setIn(path, value);
const del =
  (path: (string | number)[]): Change =>
  (doc) =>
    void doc.deleteIn(path);
const controlsWithout =
  (c: string): Change =>
  (doc) => {
    const all = (doc.getIn(["security", "controls"]) as { toJSON(): string[] }).toJSON();
    doc.setIn(
      ["security", "controls"],
      all.filter((x) => x !== c),
    );
  };
const interconnectsWithout =
  (kind: string): Change =>
  (doc) => {
    const all = (doc.getIn(["network", "interconnects"]) as { toJSON(): Array<{ kind: string }> }).toJSON();
    doc.setIn(
      ["network", "interconnects"],
      all.filter((x) => x.kind !== kind),
    );
  };

const MUTATIONS: Array<{ rule: string; it: string; change: Change; region?: string }> = [
  {
    rule: "spbe-dc-08-own-servers-mandiri-only",
    it: "a colocation server of an agency that is not Mandiri TIK",
    change: set(["agencies", 5, "mandiriTik"], false),
  },
  {
    rule: "spbe-drc-01-drc-exists",
    it: "a region whose DRC is gone",
    change: set(["sites", 1, "kind"], "noc"),
  },
  {
    rule: "spbe-net-06-fitness-approvals",
    it: "a Jaringan Intra without fitness approvals (Penajam Paser Utara)",
    change: del(["network", "approvals"]),
    region: "ppu",
  },
  {
    rule: "spbe-spl-07-government-service-bus",
    it: "an SPL where Bengkulu requires a GSB",
    change: set(["gateway", "kind"], "spl"),
    region: "bengkulu",
  },
  {
    rule: "spbe-dc-03-admission-test",
    it: "an application without its admission test",
    change: del(["applications", 0, "admission"]),
  },
  { rule: "spbe-dc-04-operating-procedure", it: "no Pusat Data SOP", change: del(["security", "sop"]) },
  { rule: "spbe-dc-05-pdn-connected", it: "no PDN interconnect", change: interconnectsWithout("pdn") },
  {
    rule: "spbe-dc-06-sni-standard",
    it: "a stale SNI attestation",
    change: set(["sites", 0, "standard", "attestedOn"], "2022-01-03"),
  },
  {
    rule: "spbe-dc-07-uptime-and-server-security",
    it: "no OS hardening",
    change: controlsWithout("hardening"),
  },
  {
    rule: "spbe-drc-03-drc-operator",
    it: "a DRC run by an agency",
    // A DRC the Dinas does not run must declare its object storage (the program requires it).
    change: (doc) => {
      doc.setIn(["sites", 1, "operator"], "setda");
      doc.setIn(["sites", 1, "objectStorage"], {
        endpoint: "https://s3.setda.example.go.id",
        bucket: "cadangan",
      });
    },
  },
  {
    rule: "spbe-bk-01-data-backed-up",
    it: "data without a backup",
    change: del(["applications", 0, "data", "backup"]),
  },
  {
    rule: "spbe-bk-02-period-and-media",
    it: "data without a backup period and media",
    change: del(["applications", 0, "data", "backup"]),
  },
  {
    rule: "spbe-bk-04-procedure-documented",
    it: "a backup without its procedure",
    change: del(["applications", 0, "data", "backup", "procedure"]),
  },
  {
    rule: "spbe-net-03-lan-builder",
    it: "a LAN built by an agency that is not Mandiri TIK",
    change: set(["agencies", 0, "lan", "builtBy"], "setda"),
  },
  {
    rule: "spbe-net-04-lan-diagram-yearly",
    region: "tabanan",
    it: "a LAN diagram over a year old (Tabanan 11(1): at least yearly)",
    change: set(["agencies", 0, "lan", "diagramSubmittedOn"], "2025-01-06"),
  },
  {
    rule: "spbe-net-05-intra-interconnect",
    it: "no intra interconnect",
    change: interconnectsWithout("jip-pusat"),
  },
  { rule: "spbe-net-07-security-devices", it: "no firewall", change: controlsWithout("firewall") },
  { rule: "spbe-net-08-network-standard", it: "no network standard", change: del(["network", "standard"]) },
  {
    rule: "spbe-net-09-bandwidth-managed",
    it: "a stale bandwidth evaluation",
    change: set(["network", "bandwidth", "lastEvaluatedOn"], "2026-06-01"),
  },
  {
    rule: "spbe-spl-01-integrate-through-gateway",
    it: "a direct app-to-app call",
    change: set(["applications", 1, "integrations"], [{ calls: "simpeg" }]),
  },
  {
    rule: "spbe-spl-02-upstream-gateways",
    it: "a gateway without upstreams",
    change: set(["gateway", "upstreams"], []),
  },
  {
    rule: "spbe-spl-03-interoperability-standard",
    it: "no interoperability standard",
    change: del(["gateway", "interoperability"]),
  },
  {
    rule: "spbe-spl-04-fitness-approvals",
    it: "a gateway without fitness approvals",
    change: del(["gateway", "approvals"]),
  },
  {
    rule: "spbe-spl-06-built-by-dinas",
    it: "a gateway built by an agency that is not Mandiri TIK",
    change: set(["gateway", "builtBy"], "setda"),
  },
  {
    rule: "spbe-sec-02-integrity-monitoring",
    it: "no integrity monitoring",
    change: controlsWithout("integrity-monitoring"),
  },
  { rule: "spbe-sec-05-infrastructure-controls", it: "no IDS/IPS", change: controlsWithout("ids-ips") },
  {
    rule: "spbe-sec-06-continuity-and-vulnerability",
    it: "a stale vulnerability assessment",
    change: set(["security", "vulnerabilityAssessment", "lastOn"], "2025-06-01"),
  },
  {
    rule: "spbe-aud-01-infrastructure-audit",
    it: "an infrastructure audit over two years old",
    change: set(["security", "audits", 0, "on"], "2024-06-03"),
  },
  {
    rule: "spbe-aud-02-security-audit",
    it: "a security audit over two years old",
    change: set(["security", "audits", 1, "on"], "2024-06-03"),
  },
  {
    rule: "spbe-ops-01-service-desk",
    it: "an agency without a service desk",
    change: del(["agencies", 0, "serviceDesk"]),
  },
  {
    rule: "spbe-ops-02-yearly-evaluation",
    region: "ppu",
    it: "a monitoring and evaluation over a year old (PPU 33(2): at least yearly)",
    change: set(["security", "monitoringEvaluation", "lastOn"], "2025-06-02"),
  },
];

const baselines = new Map<string, Promise<CheckReport>>();
function clean(key: string): Promise<CheckReport> {
  if (!baselines.has(key)) baselines.set(key, checkRegion(`inventory/regions/${key}.yaml`, { today: TODAY }));
  return baselines.get(key)!;
}

describe.each(MUTATIONS)("$rule", (m) => {
  it(`flags ${m.it} in the inventory`, async () => {
    const key = m.region ?? KEY;
    expect((await clean(key)).findings.filter((f) => f.rule === m.rule)).toEqual([]);
    const r = await checkRegion(mutatedRegion(key, m.change), { today: TODAY });
    const hits = r.findings.filter((f) => f.rule === m.rule);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((f) => f.location !== null)).toBe(true);
  });
});
