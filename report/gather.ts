/**
 * The report's sources, gathered the way the other commands gather them: the inventory through
 * the loader, the address plan from the lock (never allocating), the stack outputs, and the
 * compliance findings from `checkRegion`, the same evaluation `spbe check` prints. Any source
 * that fails stops the report with its errors: nothing is rendered from a partial picture.
 */
import { formatErrorIn, loadInventory, type Lang } from "../inventory";
import type { Inventory } from "../inventory/schema";
import { buildDeviceModel } from "../plan/devices/model";
import type { DeviceModel } from "../plan/devices/types";
import { planAddresses } from "../plan/ipam";
import { lockPathFor, readLock } from "../plan/lock";
import type { AddressPlan } from "../plan/types";
import { exemptionFor, todayUtc, type PackConfig } from "../policies/config";
import { RULES } from "../policies/rules";
import { checkRegion, MalformedInventoryError, type LoadedInventory } from "../offline/check-region";
import type { CheckReport } from "../offline/findings";
import { buildReportModel } from "./build";
import { readLabResult } from "./lab";
import { provenanceOf } from "./provenance";
import type { CheckFinding, CheckResult, ReportModel } from "./model";

/** `source`: the file the errors are about when it is not the inventory (the --lab result). */
export type Gathered<T> = { ok: true; value: T } | { ok: false; errors: string[]; source?: string };

export interface GatherOptions {
  /** YYYY-MM-DD evidence freshness is judged against; default the real date. */
  today?: string;
  policy?: PackConfig;
  /** A `spbe netlab --format json` result of this region, shown as the reachability matrix. */
  lab?: string;
  progress?: (line: string) => void;
  /** The language of the errors (default Bahasa Indonesia); the report itself holds both. */
  lang?: Lang;
}

/** The validated inventory (and the load, which the check reuses), its address plan and its device model, or every error of any. */
export function inventoryAndPlan(
  file: string,
  today?: string,
  lang: Lang = "id",
): Gathered<{ inventory: Inventory; plan: AddressPlan; devices: DeviceModel; loaded: LoadedInventory }> {
  const loaded = loadInventory(file, today ? { today } : {});
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => formatErrorIn(e, lang)) };
  const lockFile = lockPathFor(file);
  const lock = readLock(lockFile);
  if (!lock.ok) return { ok: false, errors: lock.texts.map((t) => t[lang]) };
  const planned = planAddresses(loaded.inventory, lock.lock, file);
  if (!planned.ok) return { ok: false, errors: planned.texts.map((t) => `${lockFile}: ${t[lang]}`) };
  const devices = buildDeviceModel(loaded.inventory, lock.lock, file);
  if (!devices.ok) return { ok: false, errors: devices.errors.map((e) => `${file}: ${e}`) };
  return {
    ok: true,
    value: { inventory: loaded.inventory, plan: planned.plan, devices: devices.model, loaded },
  };
}

/** The fingerprint does not depend on the language (review/fingerprint.ts). */
const keyOf = (f: Pick<CheckFinding, "fingerprint" | "rule" | "resource">): string =>
  f.fingerprint ?? `${f.rule}\u0000${f.resource.urn}`;

/**
 * Joins the Indonesian and English runs of the evaluation finding by finding (same rule, same
 * resource, in order), and states each exemption in force with its reason and approver, found by
 * the pack's own `exemptionFor`.
 */
export function bilingual(
  id: CheckReport,
  en: CheckReport,
  policy: PackConfig | undefined,
  today: string,
): CheckResult {
  const english = new Map<string, string[]>();
  for (const f of en.findings) english.set(keyOf(f), [...(english.get(keyOf(f)) ?? []), f.message]);
  const findings = id.findings.map(({ exemption, ...f }): CheckFinding => {
    const out: CheckFinding = { ...f };
    if (exemption) out.exemption = exemption;
    const messageEn = english.get(keyOf(f))?.shift();
    if (messageEn !== undefined) out.messageEn = messageEn;
    if (f.status === "exempt" && policy) {
      const state = exemptionFor(policy, f.rule, f.resource.name, f.resource.urn, today);
      if (state.kind === "exempt")
        out.exemption = {
          reason: state.exemption.reason ?? "-",
          approvedBy: state.exemption.approvedBy ?? "-",
          until: state.exemption.until ?? "-",
        };
    }
    return out;
  });
  return { ...id, findings };
}

export async function gatherReport(file: string, opts: GatherOptions = {}): Promise<Gathered<ReportModel>> {
  const progress = opts.progress ?? (() => undefined);
  const today = opts.today ?? todayUtc();
  progress(`memuat / loading ${file}`);
  const base = inventoryAndPlan(file, today, opts.lang);
  if (!base.ok) return base;
  // The lab result is checked before the evaluation runs: a wrong file fails in a second.
  let lab = null;
  if (opts.lab !== undefined) {
    progress(`hasil lab / lab result ${opts.lab}`);
    const read = readLabResult(opts.lab, base.value.devices);
    if (!read.ok) return { ok: false, errors: read.errors, source: opts.lab };
    lab = read.lab;
  }
  let check: CheckResult;
  try {
    const policy = opts.policy ? { policy: opts.policy } : {};
    // Both runs evaluate the inventory loaded above, with the same `today`: it is read once.
    const { loaded } = base.value;
    const id = await checkRegion(file, { today, lang: "id", onProgress: progress, ...policy }, loaded);
    progress("evaluasi yang sama dalam bahasa Inggris / the same evaluation in English");
    const en = await checkRegion(file, { today, lang: "en", ...policy }, loaded);
    check = bilingual(id, en, opts.policy, today);
  } catch (e) {
    if (e instanceof MalformedInventoryError)
      return { ok: false, errors: e.errors.map((x) => formatErrorIn(x, opts.lang ?? "id")) };
    // The first line says what failed; a module loader's "require stack" after it helps no auditor.
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return {
      ok: false,
      errors: [`the compliance evaluation (spbe check) failed, so no report was made: ${why}`],
    };
  }
  const model = await buildReportModel({
    inventory: base.value.inventory,
    plan: base.value.plan,
    devices: base.value.devices,
    lab,
    check,
    rules: RULES,
    today,
    progress,
    ...(opts.policy?.defaults ? { defaults: opts.policy.defaults } : {}),
  });
  return { ok: true, value: { ...model, provenance: provenanceOf(file) } };
}
