/**
 * The matrix catches each kind of fault. Starting from the compliant ppu, one lab run carries
 * three independent mutations on different agencies (a WAN link not cabled, a missing filter rule
 * on the core, a backdoor link with routes leaking two agencies' LANs to each other); each shows
 * up as exactly its own unexpected pairs. One CLI run proves the exit code and the naming.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runLab } from "../../netlab/lab";
import { run as spbe } from "../cli/run";
import { exampleModel, REGIONS_DIR, skipReason } from "../devices/fixture";

const reason = skipReason(["ip", "nft", "vtysh", "zebra", "ospfd", "python3"], true);

describe.skipIf(reason !== null)(`the lab's mutations ${reason ?? ""}`, () => {
  it(
    "a removed WAN link, a missing filter rule and a route leak are each caught",
    { timeout: 600_000 },
    async () => {
      const model = exampleModel("ppu");
      const core = model.routers.find((r) => r.role === "core")?.id as string;
      const result = await runLab(model, {
        convergeTimeoutMs: 60_000,
        mutations: {
          removeLinks: ["bpkad"],
          dropRules: [`${core}:agency:dinkes`],
          leaks: [["setda", "rsud"]],
        },
      });
      const got = result.unexpected
        .map((c) => `${c.source} -> ${c.target} ${c.icmp ? "reached" : "blocked"}`)
        .sort();
      const want = [
        ...model.reach.bpkad.map((t) => `bpkad -> ${t} blocked`),
        ...model.reach.dinkes.map((t) => `dinkes -> ${t} blocked`),
        "setda -> agency:rsud reached",
        "rsud -> agency:setda reached",
      ].sort();
      expect(got).toEqual(want);
    },
  );

  it("exits 1 naming the pair a leak opens", { timeout: 600_000 }, async () => {
    const r = await spbe([
      "netlab",
      join(REGIONS_DIR, "prabumulih.yaml"),
      "--lang",
      "en",
      "--leak",
      "setda,dinkes",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("UNEXPECTED: setda → agency:dinkes reached, the policy blocks it");
    expect(r.err).toContain("UNEXPECTED: dinkes → agency:setda reached, the policy blocks it");
  });
});
