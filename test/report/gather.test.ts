import { describe, expect, it } from "vitest";
import { bilingual } from "../../report/gather";
import type { CheckReport } from "../../offline/findings";
import { TODAY } from "./fixture";

const base = {
  obligation: "NET-10",
  enforcement: "mandatory" as const,
  severity: "high",
  citation: "Pasal 12 ayat (2)",
  location: null,
  path: null,
  exemption: null,
};
const res = (name: string) => ({
  type: "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute",
  name,
  urn: `urn:pulumi:s::p::HTTPRoute::${name}`,
});
const report = (findings: CheckReport["findings"]): CheckReport => ({
  region: "tabanan",
  regulation: "tabanan",
  findings,
  summary: { mandatory: findings.length, advisory: 0, exempt: 0, resources: 3 },
});

describe("joining the Indonesian and English evaluations", () => {
  it("pairs each finding with its English message by rule and resource, whatever the order", () => {
    const id = report([
      {
        ...base,
        rule: "spbe-net-10-portal-domain",
        status: "violation",
        resource: res("a"),
        resources: [res("a").urn],
        fingerprint: "fp-a",
        message: "Situs a di luar portal",
      },
      {
        ...base,
        rule: "spbe-net-10-portal-domain",
        status: "violation",
        resource: res("b"),
        resources: [res("b").urn],
        fingerprint: "fp-b",
        message: "Situs b di luar portal",
      },
    ]);
    const en = report([
      {
        ...base,
        rule: "spbe-net-10-portal-domain",
        status: "violation",
        resource: res("b"),
        resources: [res("b").urn],
        fingerprint: "fp-b",
        message: "Site b is outside the portal",
      },
      {
        ...base,
        rule: "spbe-net-10-portal-domain",
        status: "violation",
        resource: res("a"),
        resources: [res("a").urn],
        fingerprint: "fp-a",
        message: "Site a is outside the portal",
      },
    ]);
    const joined = bilingual(id, en, undefined, TODAY);
    expect(joined.findings.map((f) => [f.message, f.messageEn])).toEqual([
      ["Situs a di luar portal", "Site a is outside the portal"],
      ["Situs b di luar portal", "Site b is outside the portal"],
    ]);
  });

  it("states the reason, approver and end of the exemption the pack applied", () => {
    const exempt = {
      ...base,
      rule: "spbe-net-10-portal-domain",
      status: "exempt" as const,
      resource: res("lama"),
      resources: [res("lama").urn],
      fingerprint: "fp-lama",
      message: "Situs lama",
    };
    const joined = bilingual(
      report([exempt]),
      report([exempt]),
      {
        exemptions: [
          {
            rule: "spbe-net-10-portal-domain",
            resource: "lam*",
            reason: "situs lama dipensiunkan",
            approvedBy: "Kadis Kominfo",
            until: "2027-03-31",
          },
        ],
      },
      TODAY,
    );
    expect(joined.findings[0]?.exemption).toEqual({
      reason: "situs lama dipensiunkan",
      approvedBy: "Kadis Kominfo",
      until: "2027-03-31",
    });
  });
});
