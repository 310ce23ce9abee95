/**
 * `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::…`), one per
 * finding (only the new ones against a base), per input error and per change alert. The runner
 * turns them into annotations on the pull request's changed lines; they need no token, so they
 * work for pull requests from forks where a SARIF upload is refused.
 */
import { relative } from "node:path";
import { INPUT_RULE, asOutcome, type CheckOutcome } from "./outcome";
import type { CheckReport } from "../offline/findings";
import { parts, type Lang } from "./format-labels";

const data = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string): string => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const rel = (file: string): string => relative(process.cwd(), file).replace(/\\/g, "/");

function command(
  level: "error" | "warning" | "notice",
  at: { file: string; line?: number; col?: number },
  title: string,
  message: string,
): string {
  const props = [`file=${prop(rel(at.file))}`];
  if (at.line) props.push(`line=${at.line}`);
  if (at.col) props.push(`col=${at.col}`);
  props.push(`title=${prop(title)}`);
  return `::${level} ${props.join(",")}::${data(message)}`;
}

export function formatGithub(given: CheckOutcome | CheckReport, lang: Lang): string {
  const outcome = asOutcome(given);
  const lines: string[] = [];
  for (const e of outcome.errors)
    lines.push(
      command(
        "error",
        { file: e.file, line: e.line, col: e.column },
        INPUT_RULE,
        e.path ? `${e.path}: ${e.message}` : e.message,
      ),
    );
  for (const a of outcome.change?.alerts ?? [])
    lines.push(command("error", { file: outcome.inventory }, "spbe diff", a[lang]));
  const findings = (outcome.report?.findings ?? []).filter(
    (f) => f.status === "violation" && (!outcome.change || f.baselineState === "new"),
  );
  for (const f of findings) {
    const p = parts(f.message);
    const text = [p.text, f.citation, p.remedy].filter(Boolean).join(" — ");
    const more = f.resources.length > 1 ? ` (${f.resources.length} resources)` : "";
    const level = f.enforcement === "mandatory" ? "error" : "warning";
    const at = f.location
      ? { file: f.location.file, line: f.location.line, col: f.location.column }
      : { file: outcome.inventory };
    lines.push(command(level, at, `${f.obligation || f.rule} ${f.rule}`, `${text}${more}`));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
