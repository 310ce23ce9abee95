/**
 * One region checked for every output at once: the report and the captured resources, or the
 * located errors that kept it from being checked. A malformed inventory gives the loader's
 * errors; a region the program refuses (no address lock, a stale one, a backup target without
 * storage) gives the program's message at the inventory path it names, else at the file.
 */
import { basename } from "node:path";
import { loadInventory, type InventoryError, type SourceLocation } from "../inventory";
import { MalformedInventoryError, ProgramRefusedError, checkRegionTimed } from "../offline/check-region";
import type { CheckOptions } from "../offline/check-region";
import type { CapturedResource } from "../offline/mock-capture";
import type { CheckOutcome, InputError } from "./outcome";

export interface RegionRun extends CheckOutcome {
  resources: CapturedResource[];
}

const regionOf = (file: string): string => basename(file).replace(/\.ya?ml$/i, "");

function fromLoader(e: InventoryError, lang: "id" | "en"): InputError {
  const text = { id: e.message, en: e.en };
  return { file: e.file, line: e.line, column: e.column, path: e.path, message: text[lang], text };
}

/** Where a refusal points: `applications[3].image: …` at that path, else the inventory's first line. */
export function locateRefusal(
  inventory: string,
  message: string,
  today?: string,
  locate?: (path: string) => SourceLocation | null,
): InputError {
  const text = message.startsWith(`${inventory}: `) ? message.slice(inventory.length + 2) : message;
  const m = /^((?:[a-zA-Z]+)(?:\[\d+\])?(?:\.[a-zA-Z]+(?:\[\d+\])?)*): (.*)$/s.exec(text);
  if (m?.[1]) {
    // The check's own load when it refused; read again only for a caller without one.
    const loaded = locate ? null : loadInventory(inventory, today ? { today } : {});
    const at = locate ? locate(m[1]) : loaded?.ok ? loaded.locate(m[1]) : null;
    if (at) return { ...at, path: m[1], message: m[2] ?? text };
  }
  return { file: inventory, line: 1, column: 1, path: "", message: text };
}

export async function runRegion(inventory: string, opts: CheckOptions = {}): Promise<RegionRun> {
  try {
    const { report, resources } = await checkRegionTimed(inventory, opts);
    return { inventory, region: report.region, report, errors: [], resources };
  } catch (e) {
    if (e instanceof MalformedInventoryError)
      return {
        inventory,
        region: regionOf(inventory),
        report: null,
        errors: e.errors.map((x) => fromLoader(x, opts.lang ?? "id")),
        resources: [],
      };
    if (e instanceof ProgramRefusedError) {
      const error = locateRefusal(inventory, e.message, opts.today, e.locate);
      return { inventory, region: regionOf(inventory), report: null, errors: [error], resources: [] };
    }
    throw e;
  }
}
