/**
 * `spbe check <inventory> | --stack <key> | --all <dir>`: runs the program under mocks and the
 * policy pack through @pulumi/policy's analyzer, and writes every format from one run: `--format`
 * on stdout, `--json/--sarif/--markdown <file>` beside it. `--base <ref>` compares with the base
 * revision (review/change.ts). Exit 1 on a mandatory finding (with `--fail-on new`, a new one),
 * 0 otherwise, 2 on malformed input or usage (the files are still written, with the errors).
 */
import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { CheckOutcome } from "../review/outcome";
import { docsUrl } from "../review/docs";
import { GitBaseError } from "../review/git-base";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import {
  describeWriteError,
  langOf,
  parseCommandArgs,
  printError,
  UsageError,
  withUsage,
  writeFileAtomic,
} from "./args";
import { MISUSE } from "./usage-messages";
import { SAY } from "./report-messages";
import { readPolicyConfigFile } from "./policy-config";
import { formatGithub } from "../review/format-github";
import { formatJson } from "../review/format-json";
import { formatMarkdown } from "../review/format-markdown";
import { formatSarif } from "../review/format-sarif";
import { formatText } from "../review/format-text";

const FORMATS = ["text", "json", "markdown", "sarif", "github"] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ["mandatory", "new"] as const;

const USAGE = [
  "Usage: spbe check <inventory.yaml> [options]",
  "       spbe check --stack <key> [options]      (inventory from stacks/Pulumi.<key>.yaml)",
  "       spbe check --all <dir> [--shard i/N] [--format text|json] [--json <file>] [--jobs <n>] [--timeout <seconds>]",
  "       spbe check --platform <platform/stacks/Pulumi.<region>-<site>.yaml> [--format text|json]",
  "",
  "Runs the Pulumi program under the SDK's mocks and evaluates the policy pack on every",
  "resource, through @pulumi/policy's own analyzer, as `pulumi preview --policy-pack policies` would.",
  "",
  "Options:",
  "  --format text|json|markdown|sarif|github   stdout (default text; github = workflow commands)",
  "  --json <file> --sarif <file> --markdown <file>   also write these, from the same run",
  "  --base <git-ref>                    compare with the inventory (and lock) at that revision:",
  "                                      resources added/changed/removed, findings new/fixed",
  "  --fail-on mandatory|new             exit 1 on any mandatory finding (default) or only a new one",
  "  --lang id|en                        language of the findings and input errors (default id,",
  "                                      or the SPBE_LANG environment variable)",
  "  --out <file>                        write the --format output to a file instead of stdout",
  "  --policy-config <file>              the --policy-pack-config JSON file: rule levels, exemptions",
  "  --today YYYY-MM-DD                  the date evidence freshness is judged against",
  "  --docs-url <url>                    the obligations page rules link to (default: this repository's",
  "                                      docs/obligations.md; env SPBE_DOCS_URL)",
  "  --shard i/N                         with --all: check only part i of N (balanced by size)",
  "  --timeout <seconds>                 with --all: time one region may take (default 120); past it",
  "                                      the region is reported (exit 2) and the others go on",
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
  if (!/^[a-z0-9-]+$/.test(key) || !existsSync(file)) throw new UsageError(MISUSE.noStack({ key, file }));
  const doc = parseYaml(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null;
  const inv = doc?.config?.["spbe-infra:inventory"];
  if (typeof inv !== "string") throw new UsageError(MISUSE.stackWithoutInventory({ file }));
  return inv;
}

export function render(outcome: CheckOutcome, format: Format, lang: "id" | "en", docs?: string): string {
  switch (format) {
    case "json":
      return formatJson(outcome);
    case "markdown":
      return formatMarkdown(outcome, lang);
    case "sarif":
      return formatSarif(outcome, lang, { docsUrl: docs });
    case "github":
      return formatGithub(outcome, lang);
    default:
      return formatText(outcome, lang);
  }
}

/** The exit code of one region's outcome under `--fail-on`. */
export function exitOf(outcome: CheckOutcome, failOn: (typeof FAIL_ON)[number]): number {
  if (!outcome.report) return EXIT_USAGE;
  const blocking = outcome.report.findings.filter(
    (f) => f.status === "violation" && f.enforcement === "mandatory",
  );
  const counted =
    failOn === "new" && outcome.change ? blocking.filter((f) => f.baselineState === "new") : blocking;
  return counted.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

const OPTIONS = {
  stack: { type: "string" },
  all: { type: "string" },
  format: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  json: { type: "string" },
  sarif: { type: "string" },
  markdown: { type: "string" },
  base: { type: "string" },
  "fail-on": { type: "string" },
  "docs-url": { type: "string" },
  shard: { type: "string" },
  "policy-config": { type: "string" },
  today: { type: "string" },
  jobs: { type: "string" },
  timeout: { type: "string" },
  platform: { type: "string" },
} as const;

export const command: Command = {
  name: "check",
  summary: "run the policy pack on a region offline (program under mocks) and print the findings",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, OPTIONS);
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      const format = (values.format ?? "text") as Format;
      if (!FORMATS.includes(format)) throw new UsageError(MISUSE.formatOneOf({ values: FORMATS.join(", ") }));
      const lang = langOf(values);
      const failOn = (values["fail-on"] ?? "mandatory") as (typeof FAIL_ON)[number];
      if (!FAIL_ON.includes(failOn)) throw new UsageError(MISUSE.failOn());
      const today = values.today as string | undefined;
      if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(MISUSE.today());
      if (typeof values.platform === "string") {
        if (positionals.length > 0 || values.stack || values.all)
          throw new UsageError(MISUSE.platformAlone());
        if (format !== "text" && format !== "json")
          throw new UsageError(MISUSE.onlyTextJson({ flag: "--platform" }));
        const { runPlatformCheck } = await import("./check-platform.js");
        return runPlatformCheck(values.platform, { format, lang, out: values.out as string | undefined });
      }
      const policy =
        typeof values["policy-config"] === "string"
          ? readPolicyConfigFile(values["policy-config"], lang)
          : undefined;
      if (typeof values.all === "string") {
        if (positionals.length > 0 || values.stack) throw new UsageError(MISUSE.allAlone());
        if (format !== "text" && format !== "json")
          throw new UsageError(MISUSE.onlyTextJson({ flag: "--all" }));
        const { runAllCommand } = await import("../national/run-all.js");
        return runAllCommand(values.all, {
          format,
          lang,
          ...(today ? { today } : {}),
          ...(policy ? { policy } : {}),
          jobs: values.jobs as string | undefined,
          timeout: values.timeout as string | undefined,
          shard: values.shard as string | undefined,
          json: values.json as string | undefined,
        });
      }
      if (values.timeout !== undefined) throw new UsageError(MISUSE.timeoutAllOnly());
      if (values.shard) throw new UsageError(MISUSE.shardNeedsAll());
      if (failOn === "new" && !values.base) throw new UsageError(MISUSE.failOnNewNeedsBase());
      if (positionals.length + (values.stack ? 1 : 0) !== 1)
        throw new UsageError(MISUSE.oneInventoryOrStack());
      const inventory =
        typeof values.stack === "string" ? inventoryOfStack(values.stack) : (positionals[0] as string);
      const opts = {
        lang,
        ...(today ? { today } : {}),
        ...(policy ? { policy } : {}),
        onProgress: (text: string) => process.stderr.write(`spbe check: ${text}\n`),
      };
      const { runRegion } = await import("../review/run.js");
      const outcome: CheckOutcome & { resources?: unknown } = await runRegion(inventory, opts);
      if (typeof values.base === "string") {
        const { compareWithBase } = await import("../review/change.js");
        try {
          process.stderr.write(`spbe check: ${inventory}: basis / base ${values.base}\n`);
          outcome.change = await compareWithBase(
            outcome as Parameters<typeof compareWithBase>[0],
            values.base,
            { ...opts, onProgress: () => undefined },
          );
        } catch (e) {
          if (e instanceof GitBaseError) throw new UsageError(MISUSE.gitBase({ detail: e.message }));
          throw e;
        }
      }
      const docs = docsUrl(values["docs-url"] as string | undefined);
      const write = (file: string, text: string): boolean => {
        try {
          writeFileAtomic(file, text);
          return true;
        } catch (e) {
          printError("check", SAY.cannotWrite({ file, why: describeWriteError(e) })[lang]);
          return false;
        }
      };
      for (const [flag, f] of [
        ["json", "json"],
        ["sarif", "sarif"],
        ["markdown", "markdown"],
      ] as const) {
        const file = values[flag];
        if (typeof file === "string" && !write(file, render(outcome, f, lang, docs))) return EXIT_USAGE;
      }
      const text = render(outcome, format, lang, docs);
      if (typeof values.out === "string") {
        if (!write(values.out, text)) return EXIT_USAGE;
      } else process.stdout.write(text);
      if (!outcome.report) {
        for (const e of outcome.errors)
          process.stderr.write(`${e.file}:${e.line}:${e.column} ${e.path || "(root)"}: ${e.message}\n`);
        printError("check", SAY.notChecked({ file: inventory, n: outcome.errors.length })[lang]);
      }
      return exitOf(outcome, failOn);
    }),
};
