/**
 * The platform a component test's region reads through its StackReferences: for a test with an
 * inventory, what the platform program computes for each Kubernetes site of it; for a bare
 * component test, a platform with every pinned add-on installed and the inventory's default
 * issuer (the schema's `bsre-acme`). A test of a platform that lacks something passes its own.
 */
import type { Inventory } from "../../inventory/schema";
import { platformOutputsOf, type PlatformOutputs } from "../../platform/program";
import { BLACKBOX_RELEASE, GATEWAY_CLASS } from "../../platform/values";
import { PINS, type AddOnName } from "../../platform/versions";

const SITE = /\/spbe-platform\/(.+)$/;

export function everyAddOn(name: string): Record<string, unknown> | undefined {
  const m = SITE.exec(name);
  if (!m) return undefined;
  const addOns = Object.fromEntries(
    (Object.keys(PINS) as AddOnName[]).map((n) => [
      n,
      {
        version: PINS[n].version,
        via: PINS[n].via,
        namespace: PINS[n].namespace,
        provides: PINS[n].provides,
        reason: "test",
      },
    ]),
  );
  const out: PlatformOutputs = {
    region: "test",
    site: m[1] as string,
    addOns,
    issuer: {
      name: "bsre-acme",
      authority: "Balai Sertifikasi Elektronik (BSrE)",
      acmeServer: "https://acme.test/directory",
    },
    gatewayClass: GATEWAY_CLASS,
    gatewayProxies: PINS["envoy-gateway"].namespace,
    veleroNamespace: PINS.velero.namespace,
    blackboxExporter: `${BLACKBOX_RELEASE}.${PINS["prometheus-blackbox-exporter"].namespace}.svc:9115`,
  };
  return out as unknown as Record<string, unknown>;
}

/** The platform program's outputs for every Kubernetes site of `inv`, by the name the region reads. */
export function platformsOf(
  inv: Inventory,
  stack = "test",
): (name: string) => Record<string, unknown> | undefined {
  const byName = new Map<string, PlatformOutputs>();
  for (const s of inv.sites) {
    if (s.platform?.type !== "kubernetes") continue;
    const c = {
      inventory: "",
      site: s.id,
      acmeServer: "https://acme.test/directory",
      acmeEmail: "tik@test.go.id",
    };
    byName.set(`organization/spbe-platform/${stack}-${s.id}`, platformOutputsOf(inv, c));
  }
  return (name) => byName.get(name) as Record<string, unknown> | undefined;
}
