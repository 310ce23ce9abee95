/**
 * `--json`: the JSON contract of offline/findings.ts. A region that could not be checked has no
 * findings and an `errors` list (file, line, column, path, message); against a base, `change`
 * holds what the change does (review/change.ts).
 */
import { asOutcome, type CheckOutcome } from "./outcome";
import type { CheckReport } from "../offline/findings";

export function formatJson(given: CheckOutcome | CheckReport): string {
  const outcome = asOutcome(given);
  const body = outcome.report
    ? { ...outcome.report }
    : {
        region: outcome.region,
        regulation: "",
        findings: [],
        summary: { mandatory: 0, advisory: 0, exempt: 0, resources: 0 },
      };
  const out = {
    ...body,
    ...(outcome.errors.length > 0 ? { errors: outcome.errors } : {}),
    ...(outcome.change ? { change: outcome.change } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
