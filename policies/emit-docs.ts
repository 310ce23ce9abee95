/**
 * Generates docs/obligations.md from the obligation catalogue and the regulation data files
 * (regulations/<key>.yaml), so the document never states an article by hand. Run
 * `npx tsx policies/emit-docs.ts` after changing the data; test/regulations/data.test.ts fails
 * while the committed file differs from the output.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { OBLIGATIONS, type Area, type Obligation } from "./obligations";
import { joinRefs, regulation, regulationKeys } from "./regulations";
import type { ObligationEntry, Terms } from "../regulations/schema";

export const OBLIGATIONS_DOC_PATH = path.resolve(__dirname, "../docs/obligations.md");

const AREA_TITLES: Record<Area, string> = {
  "pusat-data": "Pusat Data (data center)",
  drc: "DRC (disaster recovery)",
  backup: "Backups (availability)",
  "jaringan-intra": "Jaringan Intra (WAN/LAN)",
  gateway: "Sistem Penghubung Layanan (service-exchange gateway)",
  keamanan: "Keamanan SPBE (security)",
  "audit-operasi": "Audit and operations",
};

const KIND_TITLES: Record<Obligation["kind"], string> = {
  resource: "resource policy",
  stack: "stack policy",
  evidence: "evidence",
};

/** Markdown table cells cannot hold a bare pipe or a line break. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

const entryOf = (id: string, key: string): ObligationEntry => regulation(key).obligations[id]!;

/** "Pasal 14 ayat (9) dan Pasal 14 ayat (1)" without the regulation's title, or "— (permits: …)". */
function refsCell(id: string, key: string): string {
  const e = entryOf(id, key);
  if ("articles" in e) return cell(joinRefs(e.articles.map((a) => a.ref)));
  const refs = (e.refs ?? []).map((r) => r.ref);
  return e.silent === "none" || refs.length === 0 ? "—" : cell(`— (${e.silent}: ${refs.join(", ")})`);
}

/** The terms as a reader reads them: "interval: none; any of: pdn, pd-daerah". */
export function describeTerms(t: Terms): string {
  const parts: string[] = [];
  if (t.interval !== undefined)
    parts.push(
      t.interval === "none"
        ? "interval: none set (a record of any age complies)"
        : "years" in t.interval
          ? `interval: ${t.interval.years} year(s)`
          : `interval: ${t.interval.months} month(s)`,
    );
  if (t.allOf) parts.push(`all of: ${t.allOf.join(", ")}`);
  if (t.anyOf) parts.push(`any of: ${t.anyOf.join(", ")}`);
  if (t.actors) parts.push(`by: ${t.actors.join(" or ")}`);
  if (t.issuers)
    parts.push(
      `issued by: ${Object.entries(t.issuers)
        .map(([k, v]) => `${k} ${v.join("/")}`)
        .join(", ")}`,
    );
  if (t.standard) parts.push(`standard: ${t.standard}`);
  if (t.coordinationWithDinas !== undefined)
    parts.push(`coordination with the Dinas: ${t.coordinationWithDinas ? "required" : "not required"}`);
  if (t.perData) parts.push("for every data set");
  if (t.meansNamed === false) parts.push("means not named (the toolkit's default means apply)");
  if (t.conditional) parts.push(`on condition: ${t.conditional}`);
  return parts.join("; ");
}

function matrix(): string[] {
  const lines: string[] = [];
  for (const area of Object.keys(AREA_TITLES) as Area[]) {
    lines.push(`## ${AREA_TITLES[area]}`, "");
    lines.push(`| ID | obligation | shown as | ${regulationKeys().join(" | ")} |`);
    lines.push(
      `| --- | --- | --- |${regulationKeys()
        .map(() => " --- |")
        .join("")}`,
    );
    for (const o of OBLIGATIONS.filter((x) => x.area === area)) {
      const refs = regulationKeys()
        .map((k) => refsCell(o.id, k))
        .join(" | ");
      lines.push(
        `| [${o.id}](#${o.id.toLowerCase()}) | ${cell(o.title.en)} | ${KIND_TITLES[o.kind]} | ${refs} |`,
      );
    }
    lines.push("");
  }
  return lines;
}

function details(): string[] {
  const lines: string[] = ["## Articles quoted", ""];
  for (const o of OBLIGATIONS) {
    lines.push(`### ${o.id}`, "", `${o.title.id}.`, "", `_${o.title.en}._`, "");
    for (const key of regulationKeys()) {
      const short = regulation(key).short;
      const e = entryOf(o.id, key);
      const note = e.note ? ` Note: ${e.note}.` : "";
      if ("silent" in e) {
        const why = e.silent === "none" ? "silent" : `silent (${e.silent})`;
        lines.push(`- **${short}**: ${why}, advisory there.${note}`);
        for (const r of e.refs ?? [])
          lines.push(`  - ${r.ref}${r.quote ? `: “${r.quote.replace(/\s+/g, " ")}”` : ""}`);
        continue;
      }
      const terms = e.terms ? describeTerms(e.terms) : "";
      lines.push(`- **${short}**: mandatory.${terms ? ` Terms: ${terms}.` : ""}${note}`);
      for (const a of e.articles) {
        const an = a.note ? ` (${a.note})` : "";
        lines.push(`  - ${a.ref}${an}: “${a.quote.replace(/\s+/g, " ")}”`);
      }
    }
    lines.push("");
  }
  return lines;
}

/** The whole document, deterministic: the same metadata gives the same bytes. */
export function renderObligationsDoc(): string {
  const lines = [
    "<!-- Generated by policies/emit-docs.ts from policies/catalog.ts and regulations/*.yaml. Do not edit. -->",
    "",
    "# Obligations and the articles that carry them",
    "",
    "Every rule of the policy pack carries one of these obligation IDs. For a stack, a rule is",
    "mandatory where the region's regulation has an article for it and advisory where the cell",
    'reads "—" (silent; "permits", "defines" and "purpose" name articles that mention the matter',
    'without obliging). Quotes are verbatim from the texts in regulations/; "…" marks text left out.',
    "The terms are what the rule applies under that regulation (docs/regulations.md).",
    "",
    "| key | regulation | short | tentang | portal domain | PD Mandiri TIK |",
    "| --- | --- | --- | --- | --- | --- |",
    ...regulationKeys().map((k) => {
      const r = regulation(k);
      return `| \`${k}\` | ${r.title} | ${r.short} | ${cell(r.about)} | ${r.portalDomain ?? "—"} | ${r.knowsMandiriTik ? "yes" : "no"} |`;
    }),
    "",
    ...matrix(),
    ...details(),
  ];
  return lines.join("\n").replace(/\n+$/, "") + "\n";
}

/** Writes through a temporary file so a failed run leaves no half-written document. */
export function writeObligationsDoc(target = OBLIGATIONS_DOC_PATH): void {
  const text = renderObligationsDoc();
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, target);
}

if (require.main === module) {
  writeObligationsDoc();
  console.log(`wrote ${path.relative(process.cwd(), OBLIGATIONS_DOC_PATH)}`);
}
