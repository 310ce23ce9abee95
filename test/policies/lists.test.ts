/** Lists a regulation names, read from its data: NET-07 security devices, DC-07 guarantees. */
import { describe, expect, it } from "vitest";
import { decodeMessage } from "../../policies/message";
import { compliantEvidence, compliantStack } from "./fixture";
import { findingsOf } from "./findings-of";

const findings = findingsOf;

const withoutControl = (k: string, c: string) => {
  const e = compliantEvidence(k);
  e.security.controls = e.security.controls.filter((x) => x !== c);
  return compliantStack(e);
};

describe("NET-07: the devices the regulation lists", () => {
  it("Prabumulih 12(2)(c)-(d) lists network monitoring: without it, a mandatory finding", async () => {
    const ds = await findings(withoutControl("prabumulih", "network-monitoring"), "prabumulih", "NET-07");
    expect(ds.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(decodeMessage(ds[0]!.message).en).toContain("network-monitoring");
  });
  it("Tabanan lists none: network monitoring is not asked here (firewall and IDS/IPS are)", async () => {
    expect(await findings(withoutControl("tabanan", "network-monitoring"), "tabanan", "NET-07")).toEqual([]);
  });
});
