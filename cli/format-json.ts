/** `--format json`: the JSON contract of issue 4 item 6, exactly (cli/findings.ts). */
import type { CheckReport } from "./findings";

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
