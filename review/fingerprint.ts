/**
 * A finding's identity across runs: region, rule and what it is about (the inventory path of the
 * field to change, else the resource URN), never the line number or the message text, which move
 * and reword with unrelated edits. List indices are replaced by the element's `id`, so adding an
 * application before another does not change the other's findings.
 */
import { createHash } from "node:crypto";
import type { ValueAt } from "./fields";

/** The key SARIF `partialFingerprints` carries ours under (versioned: a new scheme gets a new key). */
export const FINGERPRINT_KEY = "spbeFinding/v1";

/** `applications[3].domain` → `applications[simpeg].domain` when applications[3] has id `simpeg`. */
export function stablePath(path: string, valueAt: ValueAt): string {
  let done = "";
  let out = "";
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) {
      done = done === "" ? m[1] : `${done}.${m[1]}`;
      out = out === "" ? m[1] : `${out}.${m[1]}`;
    } else {
      done = `${done}[${m[2]}]`;
      const id = valueAt(`${done}.id`);
      out = `${out}[${typeof id === "string" && id !== "" ? id : m[2]}]`;
    }
  }
  return out;
}

export function fingerprint(region: string, rule: string, subject: string): string {
  return createHash("sha256").update(`${region}\n${rule}\n${subject}`).digest("hex").slice(0, 32);
}
