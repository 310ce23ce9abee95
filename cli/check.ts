/**
 * `spbe check <inventory> | --stack <key> | --all <dir>`: runs the program under mocks and the
 * policy pack through @pulumi/policy's analyzer, prints the findings. Exit 1 on any mandatory
 * finding, 0 otherwise, 2 on malformed input or usage.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { parseCommandArgs, printError, UsageError, withUsage, writeFileAtomic } from "./args";
import { readPolicyConfigFile } from "./policy-config";
import { MalformedInventoryError, ProgramRefusedError, checkRegion } from "./check-region";
import type { CheckReport } from "./findings";
import { formatJson } from "./format-json";
import { formatMarkdown } from "./format-markdown";
import { formatSarif } from "./format-sarif";
import { formatText } from "./format-text";

export {
  checkRegion,
  checkRegionTimed,
  checkResources,
  MalformedInventoryError,
  ProgramRefusedError,
} from "./check-region";
export type { CheckOptions, Stage, Timings } from "./check-region";
export type { CheckReport, Finding } from "./findings";

const FORMATS = ["text", "json", "markdown", "sarif"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = [
  "Usage: spbe check <inventory.yaml> [options]",
  "       spbe check --stack <key> [options]      (inventory from stacks/Pulumi.<key>.yaml)",
  "       spbe check --all <dir> [--format text|json]",
  "       spbe check --platform <platform/stacks/Pulumi.<region>-<site>.yaml> [--format text|json]",
  "",
  "Runs the Pulumi program under the SDK's mocks and evaluates the policy pack on every",
  "resource, through @pulumi/policy's own analyzer, as `pulumi preview --policy-pack policies` would.",
  "",
  "Options:",
  "  --format text|json|markdown|sarif   output (default text)",
  "  --lang id|en                        language of the findings (default id)",
  "  --out <file>                        write the output to a file instead of stdout",
  "  --policy-config <file>              the --policy-pack-config JSON file: rule levels, exemptions",
  "  --today YYYY-MM-DD                  the date evidence freshness is judged against",
  "",
  "--platform runs a platform stack (platform/) under the mocks and checks what applies to the",
  "cluster's add-ons: SEC-04 (the ClusterIssuer is a trusted third party's) and SEC-05 (the agents",
  "of the declared controls are installed). A region's check includes the preflight against the",
  "platform stacks of its Kubernetes sites (rule spbe-platform-preflight).",
  "",
  "Exit 0 no mandatory finding, 1 mandatory findings, 2 malformed input or usage.",
].join("\n");

/** `spbe-infra:inventory` of stacks/Pulumi.<key>.yaml. */
export function inventoryOfStack(key: string): string {
  const file = `stacks/Pulumi.${key}.yaml`;
  if (!/^[a-z0-9-]+$/.test(key) || !existsSync(file))
    throw new UsageError(`no stack '${key}' (${file} not found)`);
  const doc = parseYaml(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null;
  const inv = doc?.config?.["spbe-infra:inventory"];
  if (typeof inv !== "string") throw new UsageError(`${file}: config 'spbe-infra:inventory' is not set`);
  return inv;
}

function render(report: CheckReport, format: Format, lang: "id" | "en", inventory: string): string {
  switch (format) {
    case "json":
      return formatJson(report);
    case "markdown":
      return formatMarkdown(report, lang);
    case "sarif":
      return formatSarif(report, lang, inventory);
    default:
      return formatText(report, lang);
  }
}

export const command: Command = {
  name: "check",
  summary: "run the policy pack on a region offline (program under mocks) and print the findings",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        stack: { type: "string" },
        all: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
        "policy-config": { type: "string" },
        today: { type: "string" },
        jobs: { type: "string" },
        platform: { type: "string" },
      });
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      const format = (values.format ?? "text") as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
      const lang = (values.lang ?? "id") as "id" | "en";
      if (lang !== "id" && lang !== "en") throw new UsageError("--lang must be id or en");
      const today = values.today as string | undefined;
      if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
        throw new UsageError("--today must be YYYY-MM-DD");
      if (typeof values.platform === "string") {
        if (positionals.length > 0 || values.stack || values.all)
          throw new UsageError("--platform takes a platform stack file and no inventory, --stack or --all");
        if (format !== "text" && format !== "json")
          throw new UsageError("--platform supports --format text or json");
        const { runPlatformCheck } = await import("./check-platform.js");
        return runPlatformCheck(values.platform, { format, lang, out: values.out as string | undefined });
      }
      if (typeof values.all === "string") {
        if (positionals.length > 0 || values.stack)
          throw new UsageError("--all takes a directory and no inventory or --stack");
        if (format !== "text" && format !== "json")
          throw new UsageError("--all supports --format text or json");
        const { runAll } = await import("./check-all.js");
        const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
        if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
          throw new UsageError("--jobs must be a positive integer");
        return runAll(values.all, {
          format,
          checkOptions: { lang, ...(today ? { today } : {}) },
          ...(jobs ? { jobs } : {}),
        });
      }
      if (positionals.length + (values.stack ? 1 : 0) !== 1)
        throw new UsageError("give exactly one inventory file or --stack <key>");
      const inventory =
        typeof values.stack === "string" ? inventoryOfStack(values.stack) : (positionals[0] as string);
      const policy =
        typeof values["policy-config"] === "string"
          ? readPolicyConfigFile(values["policy-config"])
          : undefined;
      let report: CheckReport;
      try {
        report = await checkRegion(inventory, {
          lang,
          ...(today ? { today } : {}),
          ...(policy ? { policy } : {}),
          onProgress: (text) => process.stderr.write(`spbe check: ${text}\n`),
        });
      } catch (e) {
        if (e instanceof MalformedInventoryError) {
          for (const line of e.message.split("\n")) process.stderr.write(`${line}\n`);
          printError("check", `${inventory}: ${e.errors.length} error(s); nothing was checked`);
          return EXIT_USAGE;
        }
        if (e instanceof ProgramRefusedError) {
          // The program refused the region (e.g. a backup target without storage): no verdict.
          printError("check", `${inventory}: the program refused the region: ${e.message}`);
          return EXIT_USAGE;
        }
        throw e;
      }
      const text = render(report, format, lang, inventory);
      if (typeof values.out === "string") writeFileAtomic(values.out, text);
      else process.stdout.write(text);
      return report.summary.mandatory > 0 ? EXIT_FINDINGS : EXIT_OK;
    }),
};
