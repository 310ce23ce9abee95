/**
 * `spbe check --platform <stack file>`: the offline check of a platform stack: its program under
 * the mocks, then the policy pack's rules that apply to it, through the analyzer `spbe check`
 * uses (platform/checks.ts). Exit 1 on a mandatory finding, as `spbe check`.
 */
import { checkPlatform } from "../platform/checks";
import { readPlatformStack } from "../platform/stack-config";
import { printError, writeFileAtomic } from "./args";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "./command";
import { formatJson } from "../review/format-json";
import { formatText } from "../review/format-text";

export async function runPlatformCheck(
  file: string,
  opts: { format: "text" | "json"; lang: "id" | "en"; out?: string },
): Promise<number> {
  let report;
  try {
    report = await checkPlatform(readPlatformStack(file), opts.lang);
  } catch (e) {
    printError("check", e instanceof Error ? e.message : String(e));
    return EXIT_USAGE;
  }
  const text = opts.format === "json" ? formatJson(report) : formatText(report, opts.lang);
  if (opts.out) writeFileAtomic(opts.out, text);
  else process.stdout.write(text);
  return report.summary.mandatory > 0 ? EXIT_FINDINGS : EXIT_OK;
}
