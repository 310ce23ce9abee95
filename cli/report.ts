/**
 * `spbe report <inventory> --out <dir>`: the auditor report (index.html, report.md and
 * diagrams/*.svg), self-contained, from the same evaluation `spbe check` runs.
 */
import { LANG_OPTION, langOf, parseCommandArgs, printError, UsageError, withUsage } from "./args";
import { SAY } from "./report-messages";
import { MISUSE } from "./usage-messages";
import { EXIT_OK, EXIT_USAGE, type Command } from "./command";
import { readPolicyConfigFile } from "./policy-config";
import { reportFiles } from "../report/files";
import { gatherReport } from "../report/gather";
import { assertReplaceable, OutDirError, writeReportDir } from "../report/write";

const USAGE = [
  "Usage: spbe report <inventory.yaml> --out <dir> [options]",
  "",
  "Writes the auditor report of a region: <dir>/index.html (self-contained: opens offline, e.g.",
  "from a USB stick), <dir>/report.md (the same content as Markdown) and <dir>/diagrams/*.svg",
  "(the region WAN, one LAN per agency, the racks). The compliance matrix comes from the same",
  "evaluation `spbe check` runs. Every router of the Jaringan Intra is listed with its interfaces,",
  "routing, filters and rendered configuration (credentials by their secret's name only).",
  "The folder is written whole or not at all.",
  "",
  "Options:",
  "  --out <dir>                 the report folder (created; an earlier report there is replaced)",
  "  --today YYYY-MM-DD          the date evidence freshness is judged against (default today, UTC)",
  "  --policy-config <file>      the --policy-pack-config JSON file: rule levels, exemptions",
  "  --lab <result.json>         a `spbe netlab --format json` result of this region: its reachability",
  "                              matrix is added (refused when it was made for another region or plan)",
  "  --lang id|en                language of the error messages (default id, or SPBE_LANG); the report",
  "                              itself is in both",
  "",
  "Exit 0 written (whatever the findings: they are in the report), 2 malformed input, usage or write error.",
].join("\n");

export const command: Command = {
  name: "report",
  summary: "write the auditor report (HTML + Markdown + SVG diagrams) of a region",
  usage: USAGE,
  run: (argv) =>
    withUsage(command, argv, async () => {
      const { values, positionals, help } = parseCommandArgs(argv, {
        out: { type: "string" },
        today: { type: "string" },
        "policy-config": { type: "string" },
        lab: { type: "string" },
        ...LANG_OPTION,
      });
      if (help) return (process.stdout.write(`${USAGE}\n`), EXIT_OK);
      const lang = langOf(values);
      if (positionals.length !== 1) throw new UsageError(MISUSE.oneInventory());
      if (typeof values.out !== "string" || values.out === "") throw new UsageError(MISUSE.outRequired());
      const today = values.today as string | undefined;
      if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(MISUSE.today());
      const file = positionals[0] as string;
      const policy =
        typeof values["policy-config"] === "string"
          ? readPolicyConfigFile(values["policy-config"], lang)
          : undefined;
      try {
        assertReplaceable(values.out);
      } catch (e) {
        if (!(e instanceof OutDirError)) throw e;
        printError("report", SAY.notWritten({ why: e.message })[lang]);
        return EXIT_USAGE;
      }
      if (values.lab !== undefined && (typeof values.lab !== "string" || values.lab === ""))
        throw new UsageError(MISUSE.labFile());
      const gathered = await gatherReport(file, {
        ...(today ? { today } : {}),
        ...(typeof values.lab === "string" ? { lab: values.lab } : {}),
        ...(policy ? { policy } : {}),
        lang,
        progress: (line) => process.stderr.write(`spbe report: ${line}\n`),
      });
      if (!gathered.ok) {
        for (const e of gathered.errors) process.stderr.write(`${e}\n`);
        const source = gathered.source ?? file;
        printError("report", SAY.errors({ file: source, n: gathered.errors.length, what: "report" })[lang]);
        return EXIT_USAGE;
      }
      const files = reportFiles(gathered.value);
      process.stderr.write(`spbe report: menulis / writing ${files.length} file(s) to ${values.out}\n`);
      try {
        writeReportDir(values.out, files);
      } catch (e) {
        const why =
          e instanceof OutDirError
            ? e.message
            : `${values.out}: ${e instanceof Error ? e.message : String(e)}`;
        printError("report", SAY.notWritten({ why })[lang]);
        return EXIT_USAGE;
      }
      process.stdout.write(
        `${values.out}/index.html\n${values.out}/report.md\n${values.out}/diagrams/ (${files.length - 2} SVG)\n`,
      );
      return EXIT_OK;
    }),
};
