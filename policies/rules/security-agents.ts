/**
 * SEC-05's controls that a node agent carries are carried on every site that runs a platform for
 * a Pusat Data or a DRC: IDS/IPS by Falco, network monitoring by node-exporter, log analysis by a
 * log shipper (Fluent Bit). An agent counts whichever layer runs it: the region's own (a DaemonSet
 * or container annotated with the controls it carries, on the site), or the site's platform layer
 * (the add-on's chart, seen among the resources of a platform stack, or, from a region stack, the
 * platform stack's declaration the region recorded in its evidence: `platforms`).
 *
 * A platform stack is recognized by its namespaces (`spbe.go.id/layer: platform`); its sites are
 * theirs. Otherwise the sites are the evidence's Pusat Data and DRC sites with a platform.
 */
import { ANNOTATION, LABEL, type Evidence } from "../../inventory/facts";
import { jsonList, type Rule, type View, type Violation } from "../rule";
import { t } from "./select";

/** The agent of each control, and the platform add-on (chart) that installs it. */
export const AGENT_CONTROLS: Record<string, { agent: string; addOn: string; workload: string }> = {
  "ids-ips": { agent: "Falco", addOn: "falco", workload: "falco" },
  "network-monitoring": {
    agent: "node-exporter",
    addOn: "kube-prometheus-stack",
    workload: "prometheus-node-exporter",
  },
  "log-analysis": { agent: "Fluent Bit", addOn: "fluent-bit", workload: "fluent-bit" },
};

const INSTALLER = /^kubernetes:helm\.sh\/v[34]:(Chart|Release)$/;

/** The add-on a chart installer installs (`chart` input, an OCI reference's last segment), or null. */
function installerOf(v: View): string | null {
  if (!INSTALLER.test(v.type)) return null;
  const chart = typeof v.props.chart === "string" ? v.props.chart : "";
  const name = chart.split("/").pop() ?? "";
  if (name !== "kube-prometheus-stack") return name || null;
  // kube-prometheus-stack installs node-exporter unless its values turn it off.
  const values = (v.props.values ?? {}) as { nodeExporter?: { enabled?: unknown } };
  return values.nodeExporter?.enabled === false ? "kube-prometheus-stack without node-exporter" : name;
}

function platformSites(views: View[]): Set<string> {
  const out = new Set<string>();
  for (const v of views)
    if (v.kind === "Namespace" && v.labels["spbe.go.id/layer"] === "platform" && v.labels[LABEL.site])
      out.add(v.labels[LABEL.site] as string);
  return out;
}

/** The controls carried on each site, by whom (for the message). */
function carriers(ev: Evidence, views: View[], platform: Set<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (site: string, control: string) => {
    if (!out.has(site)) out.set(site, new Set());
    out.get(site)?.add(control);
  };
  const byAddOn = (addOn: string) =>
    Object.entries(AGENT_CONTROLS).filter(([, a]) => a.addOn === addOn || a.workload === addOn);
  for (const v of views) {
    const site = v.labels[LABEL.site];
    if (site && v.annotations[ANNOTATION.controls])
      for (const c of jsonList(v, ANNOTATION.controls)) add(site, c);
    if (platform.size === 0) continue;
    // In a platform stack: the chart installers, or the DaemonSets they render (under the engine).
    const addOn = installerOf(v) ?? (v.kind === "DaemonSet" ? v.labels["app.kubernetes.io/name"] : undefined);
    if (addOn) for (const [c] of byAddOn(addOn)) for (const s of platform) add(s, c);
  }
  if (platform.size === 0)
    for (const p of ev.platforms ?? [])
      for (const a of p.addOns) for (const [c] of byAddOn(a)) add(p.site, c);
  return out;
}

export const securityAgentRules: Rule[] = [
  {
    obligation: "SEC-05",
    name: "spbe-sec-05-security-agents",
    section: "security.controls",
    kind: "evidence",
    severity: "high",
    description: t(
      "Agen kontrol keamanan infrastruktur berjalan di setiap situs",
      "The agents of the infrastructure security controls run on every site",
    ),
    remediation: t(
      "Jalankan Falco (ids-ips), node-exporter (network-monitoring) dan Fluent Bit (log-analysis) di setiap Pusat Data dan DRC: pasang add-on di stack platform situs, atau biarkan program Daerah menjalankannya.",
      "Run Falco (ids-ips), node-exporter (network-monitoring) and Fluent Bit (log-analysis) on every Pusat Data and DRC: install the add-on in the site's platform stack, or let the region program run it.",
    ),
    check(ev, _ctx, resources) {
      const views = resources();
      const platform = platformSites(views);
      const sites =
        platform.size > 0
          ? [...platform]
          : ev.sites
              .filter((s) => (s.kind === "pusat-data" || s.kind === "drc") && s.platform !== null)
              .map((s) => s.id);
      const carried = carriers(ev, views, platform);
      const out: Violation[] = [];
      for (const site of sites)
        for (const control of ev.security.controls) {
          const a = AGENT_CONTROLS[control];
          if (!a || carried.get(site)?.has(control)) continue;
          out.push({
            message: t(
              `Kontrol '${control}' dideklarasikan, tetapi tidak ada ${a.agent} di situs '${site}' (dari program Daerah maupun add-on '${a.addOn}' stack platformnya).`,
              `Control '${control}' is declared, but no ${a.agent} runs on site '${site}' (neither from the region program nor as add-on '${a.addOn}' of its platform stack).`,
            ),
          });
        }
      return out;
    },
  },
];
