/**
 * The offline check of a platform stack (`spbe check --platform <stack file>`): the platform
 * program under the mocks, then the pack's obligations that apply to a cluster's add-ons —
 * SEC-04 (certificates from a trusted third party: the region's ClusterIssuer is an ACME issuer
 * of an outside authority over https, never self-signed or a local CA) and SEC-05 (the agents of
 * the declared security controls are installed). Findings in the `spbe check` JSON contract.
 */
import { fingerprint } from "../review/fingerprint";
import type { CheckReport, Finding } from "../offline/findings";
import type { CapturedResource } from "../offline/mock-capture";
import { loadInventory } from "../inventory";
import type { Inventory } from "../inventory/schema";
import { basis } from "../policies/message";
import { citation, type RegulationKey } from "../policies/regulations";
import { runPlatformUnderMocks } from "./mock-run";
import type { PlatformConfig } from "./program";

type Text = { id: string; en: string };
interface Problem {
  obligation: "SEC-04" | "SEC-05";
  rule: string;
  text: Text;
  resource: CapturedResource | undefined;
  source: string;
}

const installer = (resources: CapturedResource[], site: string, addOn: string) =>
  resources.find((r) => /^kubernetes:(helm\.sh|yaml)\//.test(r.type) && r.name === `${site}-${addOn}`);

export function platformProblems(inv: Inventory, site: string, resources: CapturedResource[]): Problem[] {
  const out: Problem[] = [];
  const stack = resources.find((r) => r.type === "pulumi:pulumi:Stack");
  const want = inv.security.certificateIssuer;
  const issuer = resources.find(
    (r) =>
      r.type === "kubernetes:cert-manager.io/v1:ClusterIssuer" &&
      (r.inputs.metadata as { name?: string } | undefined)?.name === want.name,
  );
  const sec04 = (text: Text, r = issuer ?? stack) =>
    out.push({
      obligation: "SEC-04",
      rule: "spbe-sec-04-trusted-issuer",
      text,
      resource: r,
      source: "security.certificateIssuer",
    });
  if (!issuer) {
    sec04({
      id: `Stack platform situs '${site}' tidak membuat ClusterIssuer '${want.name}' (${want.authority}).`,
      en: `The platform stack of site '${site}' creates no ClusterIssuer '${want.name}' (${want.authority}).`,
    });
  } else {
    const spec = (issuer.inputs.spec ?? {}) as Record<string, unknown>;
    const acme = spec.acme as { server?: unknown } | undefined;
    const local = ["selfSigned", "ca", "vault", "venafi"].filter((k) => k in spec);
    if (local.length > 0 || !acme)
      sec04({
        id: `ClusterIssuer '${want.name}' bukan penerbit ACME pihak ketiga (${local.join(", ") || "tanpa acme"}).`,
        en: `ClusterIssuer '${want.name}' is not a third party's ACME issuer (${local.join(", ") || "no acme"}).`,
      });
    else if (typeof acme.server !== "string" || !acme.server.startsWith("https://"))
      sec04({
        id: `ClusterIssuer '${want.name}': server ACME '${String(acme.server)}' bukan alamat https.`,
        en: `ClusterIssuer '${want.name}': ACME server '${String(acme.server)}' is not an https address.`,
      });
  }
  const controls = inv.security.controls;
  const agent = (control: string, addOn: string, ok: boolean) => {
    if (!controls.includes(control as never) || ok) return;
    out.push({
      obligation: "SEC-05",
      rule: "spbe-sec-05-platform-agents",
      resource: stack,
      source: "security.controls",
      text: {
        id: `Kontrol '${control}' dideklarasikan, tetapi stack platform situs '${site}' tidak memasang ${addOn}.`,
        en: `Control '${control}' is declared, but the platform stack of site '${site}' does not install ${addOn}.`,
      },
    });
  };
  const falco = Boolean(installer(resources, site, "falco"));
  agent("ids-ips", "falco", falco);
  agent("integrity-monitoring", "falco", falco);
  agent("log-analysis", "fluent-bit", Boolean(installer(resources, site, "fluent-bit")));
  const prom = installer(resources, site, "kube-prometheus-stack");
  const nodeExporter = (prom?.inputs.values as { nodeExporter?: { enabled?: unknown } } | undefined)
    ?.nodeExporter;
  agent(
    "network-monitoring",
    "kube-prometheus-stack (node-exporter)",
    Boolean(prom) && nodeExporter?.enabled !== false,
  );
  return out;
}

/** Runs a platform stack offline and checks it; throws with every inventory error on a malformed one. */
export async function checkPlatform(config: PlatformConfig, lang: "id" | "en" = "id"): Promise<CheckReport> {
  const loaded = loadInventory(config.inventory);
  if (!loaded.ok) throw new Error(`${config.inventory}: the inventory is malformed (run spbe validate)`);
  const inv = loaded.inventory;
  const run = await runPlatformUnderMocks(config, `${inv.region.key}-${config.site}`);
  const regulation = inv.region.regulation as RegulationKey;
  const findings: Finding[] = platformProblems(inv, config.site, run.resources).map((p) => {
    const loc = loaded.locate(p.source);
    return {
      rule: p.rule,
      obligation: p.obligation,
      enforcement: "mandatory",
      severity: "high",
      status: "violation",
      resource: p.resource
        ? { type: p.resource.type, name: p.resource.name, urn: p.resource.urn }
        : { type: "", name: "", urn: "" },
      message: lang === "en" ? p.text.en : p.text.id,
      citation: citation(p.obligation, regulation) ?? basis(p.obligation, regulation)[lang],
      location: loc ? { file: loc.file, line: loc.line, column: loc.column } : null,
      resources: p.resource ? [p.resource.urn] : [],
      path: p.source,
      fingerprint: fingerprint(`${inv.region.key}/${config.site}`, p.rule, p.resource?.urn ?? p.source),
      exemption: null,
    };
  });
  return {
    region: `${inv.region.key}/${config.site}`,
    regulation,
    findings,
    summary: { mandatory: findings.length, advisory: 0, exempt: 0, resources: run.resources.length },
  };
}
