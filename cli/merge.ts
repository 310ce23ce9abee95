/** `spbe merge <results…>`: the shards of a national sweep as one national JSON, SARIF and HTML summary. */
import { writeFileAtomic } from "./args";
import { MISUSE } from "./usage-messages";
import { LANG_OPTION, langOf, parseCommandArgs, printError, UsageError, withUsage } from "./args";
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";

const USAGE = [
  "Usage: spbe merge <result.json>… [--json <file>] [--sarif <file>] [--html <file>] [--lang id|en]",
  "",
  "Merges the results of `spbe check --all <dir> [--shard i/N] --json <file>` into one national",
  "result: regions united (a region in two inputs is an error), totals summed from the regions,",
  "the obligations most often broken. Prints the totals; exit: the worst region's (0, 1 or 2).",
].join("\n");

export const command: Command = {
  name: "merge",
  summary: "merge the shard results of a national sweep into one JSON, SARIF and HTML summary",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        json: { type: "string" },
        sarif: { type: "string" },
        html: { type: "string" },
        ...LANG_OPTION,
      });
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      langOf(values); // --lang chooses the language of the usage errors; a bad value is one
      if (positionals.length === 0) throw new UsageError(MISUSE.someResult());
      const { MergeError, mergeResults, readResult, brokenObligations } =
        await import("../national/merge.js");
      let merged;
      try {
        merged = mergeResults(positionals.map((file) => ({ file, result: readResult(file) })));
      } catch (e) {
        if (e instanceof MergeError) return (printError("merge", e.message), EXIT_USAGE);
        throw e;
      }
      if (typeof values.json === "string")
        writeFileAtomic(values.json, `${JSON.stringify(merged, null, 2)}\n`);
      if (typeof values.sarif === "string") {
        const { nationalSarif } = await import("../national/sarif.js");
        writeFileAtomic(values.sarif, nationalSarif(merged));
      }
      if (typeof values.html === "string") {
        const { nationalHtml } = await import("../national/html.js");
        writeFileAtomic(values.html, nationalHtml(merged));
      }
      const t = merged.total;
      const top = brokenObligations(merged.regions).slice(0, 5);
      process.stdout.write(
        `spbe merge: ${t.regions} wilayah/regions, ${t.resources} resources, ${t.mandatory} mandatory, ${t.advisory} advisory, ${t.exempt} exempt, ${t.failed} not checked, worst exit ${t.exit}\n` +
          (top.length
            ? `  most often broken: ${top.map((o) => `${o.obligation} (${o.regions} regions)`).join(", ")}\n`
            : ""),
      );
      return t.exit;
    }),
};
