/** The device model: interfaces from the lock, the reach policy, the routers section, the errors. */
import { describe, expect, it } from "vitest";
import { inventorySchema } from "../../inventory/schema";
import { buildDeviceModel } from "../../plan/devices/model";
import { exampleInputs, exampleModel } from "./fixture";

describe("the device model of ppu", () => {
  const model = exampleModel("ppu");
  const { lock } = exampleInputs("ppu");
  const link = (owner: string) =>
    lock.allocations.find((a) => a.kind === "wan-link" && a.owner === owner)?.prefix;

  it("gives each agency a router whose WAN and LAN addresses are the lock's", () => {
    const r = model.routers.find((x) => x.id === "rtr-setda");
    expect(link("setda")).toBe("10.30.247.254/31");
    expect(r?.interfaces.map((i) => [i.name, i.address])).toEqual([
      ["wan0", "10.30.247.255/31"],
      ["lan0", "10.30.0.1/24"],
    ]);
  });

  it("terminates every agency and transit link on the core, with the ranges on VLAN sub-interfaces", () => {
    const core = model.routers.find((x) => x.role === "core");
    expect(core?.id).toBe("rtr-core-01");
    const wans = core?.interfaces.filter((i) => i.kind === "wan") ?? [];
    expect(wans).toHaveLength(11 + 1 + 3);
    expect(wans.find((i) => i.peer === "rtr-setda")?.address).toBe("10.30.247.254/31");
    expect(core?.interfaces.filter((i) => i.vlan).map((i) => [i.name, i.address, i.vlan?.id])).toEqual([
      ["trunk0.100", "10.30.252.1/22", 100],
      ["trunk0.101", "10.30.251.1/24", 101],
      ["trunk0.102", "10.30.250.1/24", 102],
    ]);
    expect(core?.access.host).toBe("10.30.250.2");
  });

  it("lets an agency LAN reach hosting, the DRC and the interconnects, never another agency or management", () => {
    expect(model.reach.setda).toEqual([
      "pd-penajam/hosting",
      "drc-samarinda/drc",
      "interconnect/jip-pusat",
      "interconnect/jip-daerah",
      "interconnect/pdn",
    ]);
    for (const allowed of Object.values(model.reach)) {
      expect(allowed.some((t) => t.startsWith("agency:") || t.endsWith("/management"))).toBe(false);
    }
  });

  it("drops spoofed sources on every agency LAN and every range", () => {
    for (const r of model.routers)
      for (const i of r.interfaces.filter((x) => x.kind !== "wan"))
        expect(r.filter.antiSpoof, `${r.id} ${i.name}`).toContainEqual({
          iface: i.name,
          prefixes: [i.prefix],
        });
  });
});

describe("the routers section and its errors", () => {
  const { inventory, lock, file } = exampleInputs("ppu");
  const withRouters = (routers: unknown) =>
    inventorySchema.parse({ ...structuredClone(inventory), routers } as never);

  it("applies defaults and per-router overrides", () => {
    const inv = withRouters({
      devices: [{ id: "rtr-setda", platform: "routeros", management: "10.30.0.1", port: 2222 }],
    });
    const r = buildDeviceModel(inv, lock, file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const setda = r.model.routers.find((x) => x.id === "rtr-setda");
    expect(setda?.access).toEqual({
      platform: "routeros",
      host: "10.30.0.1",
      user: "spbe",
      port: 2222,
      credentials: "routerSshKey",
    });
    expect(r.model.routers.find((x) => x.id === "rtr-bpkad")?.access.platform).toBe("frr");
  });

  it("names an override for a router the model does not have", () => {
    const r = buildDeviceModel(withRouters({ devices: [{ id: "rtr-tidak-ada" }] }), lock, file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^routers\.devices\[0\]\.id: no router 'rtr-tidak-ada'/);
  });

  it("restricts the interconnects agencies reach to routers.agencyAccess", () => {
    const r = buildDeviceModel(withRouters({ agencyAccess: ["pdn"] }), lock, file);
    expect(r.ok && r.model.reach.setda).toEqual([
      "pd-penajam/hosting",
      "drc-samarinda/drc",
      "interconnect/pdn",
    ]);
  });

  it("asks to run spbe ipam when the lock lacks a transit link", () => {
    const old = {
      ...lock,
      allocations: lock.allocations.filter((a) => a.owner !== "drc-samarinda" || a.kind !== "wan-link"),
    };
    const r = buildDeviceModel(inventory, old, file);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        `the lock has no allocation for the transit link to DRC 'drc-samarinda': run \`spbe ipam ${file}\``,
      ]);
  });
});
