/**
 * The report's test inputs: a real example region through the real loader, lock and address
 * plan, with the check result a test gives (the compliance evaluation itself is tested with the
 * policies; here it is the input the report summarises).
 */
import { loadInventory } from "../../inventory";
import type { Inventory } from "../../inventory/schema";
import { buildDeviceModel } from "../../plan/devices/model";
import type { DeviceModel } from "../../plan/devices/types";
import { planAddresses } from "../../plan/ipam";
import { lockPathFor, readLock } from "../../plan/lock";
import type { AddressPlan } from "../../plan/types";
import { encodeMessage } from "../../policies/message";
import { RULES } from "../../policies/rules";
import { buildReportModel } from "../../report/build";
import type { CheckFinding, CheckResult, ReportModel } from "../../report/model";
import type { LabView, RouterView } from "../../report/network-model";
import { reportRouters } from "../../report/network";

export const TODAY = "2026-11-23";
export const REGIONS = ["tabanan", "ppu", "tangerang", "prabumulih", "bengkulu"] as const;

export function regionFile(key: string): string {
  return `inventory/regions/${key}.yaml`;
}

export function region(key: string): {
  inventory: Inventory;
  plan: AddressPlan;
  devices: DeviceModel;
  routers: RouterView[];
} {
  const file = regionFile(key);
  const loaded = loadInventory(file, { today: TODAY });
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.errors.map((e) => e.message).join("; ")}`);
  const lock = readLock(lockPathFor(file));
  if (!lock.ok) throw new Error(lock.errors.join("; "));
  const planned = planAddresses(loaded.inventory, lock.lock, file);
  if (!planned.ok) throw new Error(planned.errors.join("; "));
  const built = buildDeviceModel(loaded.inventory, lock.lock, file);
  if (!built.ok) throw new Error(built.errors.join("; "));
  const routers = reportRouters(loaded.inventory, planned.plan, built.model);
  return { inventory: loaded.inventory, plan: planned.plan, devices: built.model, routers };
}

export function finding(
  over: Partial<CheckFinding> & { obligation: string },
  text = "Temuan uji",
  exempt?: { reason: string; approvedBy: string; until: string },
): CheckFinding {
  return {
    rule: `spbe-${over.obligation.toLowerCase()}-test`,
    enforcement: "mandatory",
    severity: "high",
    status: exempt ? "exempt" : "violation",
    resource: {
      type: "kubernetes:core/v1:Namespace",
      name: "bkpsdm",
      urn: "urn:pulumi:t::p::kubernetes:core/v1:Namespace::bkpsdm",
    },
    message: encodeMessage({
      obligation: over.obligation,
      text: { id: text, en: `${text} (en)` },
      basis: { id: "dasar", en: "basis" },
      remedy: { id: "perbaiki", en: "fix" },
      ...(exempt ? { exemption: { rule: "r", resource: "*", ...exempt } } : {}),
    }),
    citation: null,
    location: { file: "inventory/regions/tabanan.yaml", line: 3, column: 5 },
    ...over,
  };
}

export function checkResult(key: string, findings: CheckFinding[]): CheckResult {
  const count = (s: string, e?: string) =>
    findings.filter((f) => f.status === s && (!e || f.enforcement === e)).length;
  return {
    region: key,
    regulation: key,
    findings,
    summary: {
      mandatory: count("violation", "mandatory"),
      advisory: count("violation", "advisory"),
      exempt: count("exempt"),
      resources: 120,
    },
  };
}

export async function model(
  key: string,
  findings: CheckFinding[] = [],
  lab: LabView | null = null,
): Promise<ReportModel> {
  const { inventory, plan, devices } = region(key);
  return buildReportModel({
    inventory,
    plan,
    devices,
    lab,
    check: checkResult(key, findings),
    rules: RULES,
    today: TODAY,
  });
}
