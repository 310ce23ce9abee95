/**
 * The Jaringan Intra section: every router of the device model with its role, place, platform,
 * management, interfaces, routing, filters and the very files `pulumi up` pushes, in HTML and
 * Markdown; credentials only by the name of their secret. The Markdown of one region (with a lab
 * result) is a golden file: regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../report/build";
import { esc } from "../../report/escape";
import { renderHtml } from "../../report/html";
import { readLabResult } from "../../report/lab";
import { renderMarkdown } from "../../report/markdown";
import { networkSections } from "../../report/markdown-network";
import { buildDeviceModel } from "../../plan/devices/model";
import { renderRouter } from "../../plan/devices/render";
import { renderRouterOs } from "../../plan/devices/render-routeros";
import { planAddresses } from "../../plan/ipam";
import { RULES } from "../../policies/rules";
import { exampleInputs } from "../devices/fixture";
import { checkResult, model, REGIONS, region, TODAY } from "./fixture";
import { labFile, labResultFor } from "./lab-fixture";

const GOLDEN = join(__dirname, "..", "golden", "report");

/** The HTML of one router's folded block. */
function block(html: string, id: string): string {
  const start = html.indexOf(`<details class="router" id="router-${id}">`);
  expect(start, id).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("\n</details>", start));
}

describe.each(REGIONS)("the Jaringan Intra devices of %s", (key) => {
  it("lists every router with its interfaces and its rendered configuration, in both renderings", async () => {
    const { devices } = region(key);
    const m = await model(key);
    const html = renderHtml(m);
    const md = renderMarkdown(m);
    expect(m.routers.map((r) => r.id)).toEqual(devices.routers.map((r) => r.id));
    for (const r of devices.routers) {
      const mine = block(html, r.id);
      const pushed = renderRouter(r, devices.region);
      for (const f of pushed.files) {
        expect(mine).toContain(esc(f.content));
        expect(md).toContain(f.content.replace(/\n$/, ""));
      }
      expect(mine).toContain(pushed.hash);
      for (const i of r.interfaces) {
        expect(mine).toContain(`<code>${i.name}</code>`);
        for (const a of [i.address, ...i.secondary]) expect(mine).toContain(`<code>${a}</code>`);
      }
      expect(mine).toContain(`ssh ${r.access.user}@${r.access.host}:${r.access.port}`);
      expect(mine).toContain(`OSPF area 0.0.0.0, router-id ${r.ospf.routerId}`);
      expect(mine).toContain(`${r.filter.forward.length} aturan izin forward`);
      for (const t of r.filter.forward) expect(mine).toContain(`<code>${esc(t.tag)}</code>`);
      expect(md).toContain(`#### ${r.id}: `);
    }
  });
});

describe("a router the inventory configures", () => {
  it("shows RouterOS's script for a RouterOS router and names its credential only by the secret", async () => {
    const { inventory, lock, file } = exampleInputs("tabanan");
    const inv = structuredClone(inventory);
    inv.routers = {
      defaults: { platform: "frr", user: "spbe", port: 22, credentials: "routerSshKey" },
      devices: [
        { id: "rtr-setda", platform: "routeros", management: "10.20.0.2", credentials: "setdaRouterKey" },
      ],
    };
    const planned = planAddresses(inv, lock, file);
    const built = buildDeviceModel(inv, lock, file);
    if (!planned.ok || !built.ok) throw new Error("tabanan does not plan");
    const m = await buildReportModel({
      inventory: inv,
      plan: planned.plan,
      devices: built.model,
      lab: null,
      check: checkResult("tabanan", []),
      rules: RULES,
      today: TODAY,
    });
    const setda = m.routers.find((r) => r.id === "rtr-setda");
    expect(setda?.files.map((f) => f.name)).toEqual(["rtr-setda.rsc"]);
    expect(Object.keys(setda?.management ?? {}).sort()).toEqual(["credentials", "host", "port", "user"]);
    const mine = block(renderHtml(m), "rtr-setda");
    const router = built.model.routers.find((r) => r.id === "rtr-setda")!;
    expect(mine).toContain(esc(renderRouterOs(router, "tabanan")));
    expect(mine).toContain("MikroTik RouterOS v7");
    expect(mine).not.toContain("<code>frr.conf</code>");
    expect(mine).toContain("ssh spbe@10.20.0.2:22");
    expect(mine).toContain("Pulumi secret setdaRouterKey");
    expect(block(renderHtml(m), "rtr-bkd")).toContain("Pulumi secret routerSshKey");
  });
});

describe("the Markdown of the Jaringan Intra sections", () => {
  it("matches its golden file for ppu with a lab result", async () => {
    const { devices } = region("ppu");
    const read = readLabResult(
      labFile(
        labResultFor(devices, [`${devices.targets[0]!.id.replace("agency:", "")}>${devices.targets[1]!.id}`]),
      ),
      devices,
    );
    if (!read.ok) throw new Error(read.errors.join("; "));
    const m = await model("ppu", [], { ...read.lab, file: "lab.json" });
    const actual = `${networkSections(m).join("\n")}\n`;
    const path = join(GOLDEN, "ppu.network.md");
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, actual);
    }
    if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });
});
