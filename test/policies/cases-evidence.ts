/** Violating cases on the paper trail: the evidence record with one thing changed. */
import { ev, without, type Case } from "./cases-helpers";

export const EVIDENCE_CASES: Case[] = [
  {
    rule: "spbe-dc-01-dinas-operates-pusat-data",
    it: "flags a pusat-data site operated by an agency",
    stack: () => ev((e) => void (e.sites[0]!.operator = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-dc-02-placed-in-pusat-data",
    it: "flags an application placed outside the Dinas' Pusat Data",
    stack: () => ev((e) => void (e.applications[0]!.site = "noc")),
    mentions: "noc",
  },
  {
    rule: "spbe-dc-03-admission-test",
    it: "flags an application placed although its admission test rejected it",
    stack: () =>
      ev(
        (e) =>
          void (e.applications[0]!.admission = {
            request: "ND-2026/014",
            testedOn: "2026-01-20",
            result: "rejected",
          }),
      ),
    mentions: "simpeg",
  },
  {
    rule: "spbe-dc-04-operating-procedure",
    it: "flags a Pusat Data without an operating procedure",
    stack: () => ev((e) => void (e.security.sop = null)),
    mentions: "security.sop",
  },
  {
    rule: "spbe-dc-05-pdn-connected",
    it: "flags a Pusat Data not connected to the PDN",
    stack: () =>
      ev((e) => void (e.network.interconnects = e.network.interconnects.filter((i) => i.kind !== "pdn"))),
    mentions: "pdn",
  },
  {
    rule: "spbe-dc-06-sni-standard",
    it: "flags a Pusat Data site with no standard attestation",
    stack: () => ev((e) => void (e.sites[0]!.standard = null)),
    mentions: "pd-utama",
  },
  {
    rule: "spbe-drc-01-drc-exists",
    it: "flags a region without a DRC site",
    stack: () => ev((e) => void (e.sites[1]!.kind = "office")),
    mentions: "drc",
  },
  {
    rule: "spbe-drc-02-separate-failure-domain",
    it: "flags a DRC in the Pusat Data's failure domain",
    stack: () => ev((e) => void (e.sites[1]!.failureDomain = "bali-tabanan")),
    mentions: "bali-tabanan",
  },
  {
    rule: "spbe-drc-03-drc-operator",
    it: "flags a DRC operated by an agency",
    stack: () => ev((e) => void (e.sites[1]!.operator = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-bk-04-procedure-documented",
    it: "flags data without a documented backup procedure",
    stack: () => ev((e) => void (e.applications[0]!.backupProcedure = null)),
    mentions: "simpeg",
  },
  {
    rule: "spbe-net-03-lan-builder",
    it: "flags a LAN built by an agency that is not Mandiri TIK",
    stack: () => ev((e) => void (e.agencies[0]!.lanBuiltBy = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-net-04-lan-diagram-yearly",
    it: "flags an agency that never submitted its LAN diagram",
    stack: () => ev((e) => void (e.agencies[0]!.lanDiagramSubmittedOn = null)),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-net-05-intra-interconnect",
    it: "flags a Jaringan Intra without an intra interconnect",
    stack: () =>
      ev(
        (e) => void (e.network.interconnects = e.network.interconnects.filter((i) => i.kind !== "jip-pusat")),
      ),
    mentions: "interconnect",
  },
  {
    rule: "spbe-net-06-fitness-approvals",
    it: "flags a Jaringan Intra without a security fitness approval",
    stack: () => ev((e) => void delete e.network.approvals!.keamanan),
    mentions: "keamanan",
  },
  {
    rule: "spbe-net-07-security-devices",
    it: "flags a network without IDS/IPS",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "ids-ips"))),
    mentions: "ids-ips",
  },
  {
    rule: "spbe-net-08-network-standard",
    it: "flags a network without a recorded standard",
    stack: () => ev((e) => void (e.network.standard = null)),
    mentions: "network.standard",
  },
  {
    rule: "spbe-net-09-bandwidth-managed",
    it: "flags a bandwidth evaluation older than a month",
    stack: () => ev((e) => void (e.network.bandwidth = { monitoring: true, lastEvaluatedOn: "2026-08-01" })),
    mentions: "2026-08-01",
  },
  {
    rule: "spbe-net-10-portal-domain",
    it: "flags a website outside the portal domain",
    stack: () => ev((e) => void (e.applications[0]!.domain = "simpeg-tabanan.com")),
    mentions: "simpeg-tabanan.com",
  },
  {
    rule: "spbe-spl-02-upstream-gateways",
    it: "flags a gateway connected to no upstream",
    stack: () => ev((e) => void (e.gateway!.upstreams = [])),
    mentions: "splp-nasional",
  },
  {
    rule: "spbe-spl-03-interoperability-standard",
    it: "flags a gateway without an interoperability standard",
    stack: () => ev((e) => void (e.gateway!.interoperability = null)),
    mentions: "interoperab",
  },
  {
    rule: "spbe-spl-04-fitness-approvals",
    it: "flags a gateway without an operational fitness approval",
    stack: () => ev((e) => void delete e.gateway!.approvals!.operasi),
    mentions: "operasi",
  },
  {
    rule: "spbe-spl-06-built-by-dinas",
    it: "flags a gateway built by an agency that is not Mandiri TIK",
    stack: () => ev((e) => void (e.gateway!.builtBy = "bkpsdm")),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-spl-07-government-service-bus",
    it: "flags an integration platform that is not a GSB",
    stack: () => ev((e) => void (e.gateway!.kind = "spl")),
    mentions: "spl",
  },
  {
    rule: "spbe-sec-02-integrity-monitoring",
    it: "flags missing modification detection",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "integrity-monitoring"))),
    mentions: "integrity-monitoring",
  },
  {
    rule: "spbe-sec-05-infrastructure-controls",
    it: "flags a missing firewall",
    stack: () => ev((e) => void (e.security.controls = without(e.security.controls, "firewall"))),
    mentions: "firewall",
  },
  {
    rule: "spbe-sec-05-security-agents",
    it: "flags a site whose platform stack installs no Falco while the region runs none",
    stack: () =>
      ev((e) => {
        const p = e.platforms?.find((x) => x.site === "drc-1");
        if (p) p.addOns = without(p.addOns, "falco");
      }),
    mentions: "drc-1",
  },
  {
    rule: "spbe-sec-05-security-agents",
    it: "flags a Pusat Data with no record of agents at all",
    stack: () => ev((e) => void (e.platforms = [])),
    mentions: "pd-utama",
  },
  {
    rule: "spbe-sec-06-continuity-and-vulnerability",
    it: "flags a region with no vulnerability assessment on record",
    stack: () => ev((e) => void (e.security.vulnerabilityAssessment = null)),
    mentions: "vulnerab",
  },
  {
    rule: "spbe-aud-01-infrastructure-audit",
    it: "flags a region with no infrastructure audit on record",
    stack: () =>
      ev((e) => void (e.security.audits = e.security.audits.filter((a) => a.kind !== "infrastruktur"))),
    mentions: "infrastructure audit",
  },
  {
    rule: "spbe-aud-02-security-audit",
    it: "flags a region with no security audit on record",
    stack: () => ev((e) => void (e.security.audits = e.security.audits.filter((a) => a.kind !== "keamanan"))),
    mentions: "security audit",
  },
  {
    rule: "spbe-ops-01-service-desk",
    it: "flags an agency without a Tier 1 service desk",
    stack: () => ev((e) => void (e.agencies[0]!.serviceDesk = null)),
    mentions: "bkpsdm",
  },
  {
    rule: "spbe-ops-02-yearly-evaluation",
    it: "flags a region with no monitoring and evaluation on record",
    stack: () => ev((e) => void (e.security.monitoringEvaluation = null)),
    mentions: "security.monitoringEvaluation",
  },
];
