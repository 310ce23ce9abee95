/**
 * `spbe regulation check <data.yaml>…`: a regulation data file against its schema and its text
 * (every quote verbatim, in the Pasal, ayat and huruf its ref names).
 * `spbe regulation scaffold <text.txt> [--key k] [--out file]`: drafts a data file for a new
 * regulation, listing candidate articles per obligation for a person to confirm.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Command } from "./command";
import {
  LANG_OPTION,
  langOf,
  parseCommandArgs,
  printError,
  UsageError,
  withUsage,
  writeFileAtomic,
} from "./args";
import { MISUSE } from "./usage-messages";
import { formatErrorIn } from "../inventory/errors";
import { catalog, type Lang } from "../inventory/messages";
import { OBLIGATION_IDS } from "../policies/catalog";
import { loadRegulationFile, verifyQuotes } from "../regulations/loader";
import { scaffold } from "../regulations/scaffold";

const SAY = catalog("regulation-cli", {
  cannotRead: {
    id: (p: { file: string; code: string }) => `${p.file}: tidak dapat dibaca (${p.code})`,
    en: (p: { file: string; code: string }) => `${p.file}: cannot read (${p.code})`,
  },
  exists: {
    id: (p: { file: string }) => `${p.file} sudah ada: tidak ditimpa`,
    en: (p: { file: string }) => `${p.file} exists: not overwritten`,
  },
});

function check(files: string[], lang: Lang): number {
  let bad = 0;
  for (const file of files) {
    const load = loadRegulationFile(file, { obligationIds: OBLIGATION_IDS });
    const errors = load.ok ? verifyQuotes(load) : load.errors;
    for (const e of errors) process.stderr.write(`${formatErrorIn(e, lang)}\n`);
    if (errors.length > 0) {
      bad++;
      continue;
    }
    if (load.ok) {
      const obliged = Object.values(load.data.obligations).filter((e) => "articles" in e).length;
      const quotes = Object.values(load.data.obligations).reduce(
        (n, e) => n + ("articles" in e ? e.articles.length : (e.refs ?? []).filter((r) => r.quote).length),
        0,
      );
      process.stdout.write(
        `${file}: ok (${load.data.title}; ${obliged} of ${OBLIGATION_IDS.length} obligations cited, ${quotes} quotes verified against ${load.data.text})\n`,
      );
    }
  }
  return bad > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export const command: Command = {
  name: "regulation",
  summary: "check a regulation data file against its text, or draft one for a new regulation",
  usage: [
    "Usage: spbe regulation check <regulations/key.yaml>… [--lang id|en]",
    "       spbe regulation scaffold <text.txt> [--key <key>] [--out <file.yaml>] [--lang id|en]",
    "",
    "check     validates the data file (schema, every obligation ID answered) and holds every",
    "          quote to the text beside it: verbatim (whitespace-normalised, … marks a cut) and",
    "          in the Pasal, ayat and huruf its ref names. Exit 1 when anything is wrong.",
    "scaffold  drafts <key>.yaml for a regulation text: every obligation silent, with candidate",
    "          articles (keyword search over the text's Pasal and ayat) as comments for a person",
    "          to confirm. Writes to --out, or prints to stdout. Refuses to overwrite a file.",
    "",
    "--lang id|en  language of the error messages (default id, or the SPBE_LANG environment variable)",
  ].join("\n"),
  run: (argv) =>
    withUsage(command, argv, async () => {
      const args = parseCommandArgs(argv, {
        key: { type: "string" },
        out: { type: "string" },
        ...LANG_OPTION,
      });
      if (args.help) {
        process.stdout.write(`${command.usage}\n`);
        return EXIT_OK;
      }
      const lang = langOf(args.values);
      const [sub, ...rest] = args.positionals;
      if (sub === "check") {
        if (rest.length === 0) throw new UsageError(MISUSE.checkNeedsFile());
        return check(rest, lang);
      }
      if (sub === "scaffold") {
        if (rest.length !== 1) throw new UsageError(MISUSE.scaffoldNeedsFile());
        const text = rest[0]!;
        let raw: string;
        try {
          raw = readFileSync(text, "utf8");
        } catch (e) {
          const code = String((e as { code?: string }).code ?? e);
          printError("regulation", SAY.cannotRead({ file: text, code })[lang]);
          return EXIT_USAGE;
        }
        const key = typeof args.values.key === "string" ? args.values.key : path.basename(text, ".txt");
        const draft = scaffold(raw, key, path.basename(text));
        const out = args.values.out;
        if (typeof out === "string") {
          if (existsSync(out)) {
            printError("regulation", SAY.exists({ file: out })[lang]);
            return EXIT_USAGE;
          }
          writeFileAtomic(out, draft);
          process.stdout.write(
            `wrote ${out}: confirm each obligation, then run spbe regulation check ${out}\n`,
          );
        } else process.stdout.write(draft);
        return EXIT_OK;
      }
      throw new UsageError(sub ? MISUSE.unknownSub({ sub }) : MISUSE.expectedSub());
    }),
};
