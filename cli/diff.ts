/**
 * `spbe diff <inventory> --base <git-ref>`: what a change does to a region, like a `pulumi preview`
 * diff read without credentials: resources added, changed (which fields; secrets masked) and
 * removed by URN, protected deletes/replaces and moved address allocations flagged, findings
 * new and fixed. Exit 0, or 2 when the head cannot be checked or the base cannot be read.
 */
import { GitBaseError } from "../review/git-base";
import { LANG_OPTION, langOf, parseCommandArgs, UsageError, withUsage } from "./args";
import { MISUSE } from "./usage-messages";
import { inventoryOfStack, render } from "./check";
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";

const USAGE = [
  "Usage: spbe diff <inventory.yaml> --base <git-ref> [--format text|json|markdown] [--lang id|en]",
  "       spbe diff --stack <key> --base <git-ref> …",
  "",
  "Runs the program under the mocks on the inventory (with its lock and includes) at <git-ref>",
  "and on the work tree, and prints the resources and findings that differ.",
].join("\n");

export const command: Command = {
  name: "diff",
  summary: "what a change does to a region's resources and findings, against a git revision",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        base: { type: "string" },
        stack: { type: "string" },
        format: { type: "string" },
        ...LANG_OPTION,
        today: { type: "string" },
      });
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      if (typeof values.base !== "string") throw new UsageError(MISUSE.baseRequired());
      const format = (values.format ?? "text") as "text" | "json" | "markdown";
      if (!["text", "json", "markdown"].includes(format))
        throw new UsageError(MISUSE.formatTextJsonMarkdown());
      const lang = langOf(values);
      if (positionals.length + (values.stack ? 1 : 0) !== 1)
        throw new UsageError(MISUSE.oneInventoryOrStack());
      const inventory =
        typeof values.stack === "string" ? inventoryOfStack(values.stack) : (positionals[0] as string);
      const today = values.today as string | undefined;
      const opts = { lang, ...(today ? { today } : {}) };
      const { runRegion } = await import("../review/run.js");
      const { compareWithBase } = await import("../review/change.js");
      const head = await runRegion(inventory, opts);
      try {
        head.change = await compareWithBase(head, values.base, opts);
      } catch (e) {
        if (e instanceof GitBaseError) throw new UsageError(MISUSE.gitBase({ detail: e.message }));
        throw e;
      }
      if (format === "json")
        process.stdout.write(
          `${JSON.stringify({ region: head.region, errors: head.errors, change: head.change }, null, 2)}\n`,
        );
      else process.stdout.write(render(head, format, lang));
      return head.report ? EXIT_OK : EXIT_USAGE;
    }),
};
