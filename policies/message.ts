/**
 * A finding's message: the only text an engine diagnostic carries, so it is both what a user
 * reads in `pulumi preview` and what `spbe check` reads back. Line-oriented and stable:
 *
 *   [DC-01] <pesan> Dasar: <citation>. Perbaikan: <remedy>
 *   EN: <message> Basis: <citation>. Fix: <remedy>
 *   source: applications[3]                       (optional)
 *   exempt: <reason> | <approvedBy> | <until>     (optional)
 */
import { requiredBy } from "./obligations";
import { citation, regulation as regulationOf, shortCitation, type RegulationKey } from "./regulations";
import type { Exemption } from "./config";
import type { Text } from "./rule";

export interface DecodedMessage {
  obligation: string;
  id: string;
  en: string;
  source: string | null;
  exempt: { reason: string; approvedBy: string; until: string } | null;
}

/** Where the regulation is silent: "tidak diatur …; diwajibkan oleh …" with the others' articles. */
export function basis(obligationId: string, regulation: RegulationKey | undefined): Text {
  if (!regulation)
    return { id: "regulasi Daerah belum dikonfigurasi", en: "the region's regulation is not configured" };
  const own = citation(obligationId, regulation);
  if (own) return { id: own, en: own };
  const others = requiredBy(obligationId)
    .map((k) => shortCitation(obligationId, k))
    .filter((c): c is string => c !== null);
  const short = regulationOf(regulation).short;
  if (others.length === 0)
    return { id: `tidak diatur dalam ${short} (anjuran)`, en: `not required by ${short} (advisory)` };
  return {
    id: `tidak diatur dalam ${short} (anjuran); diwajibkan oleh ${others.join("; ")}`,
    en: `not required by ${short} (advisory); required by ${others.join("; ")}`,
  };
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();

export function encodeMessage(m: {
  obligation: string;
  text: Text;
  basis: Text;
  remedy: Text;
  source?: string | undefined;
  exemption?: Exemption | undefined;
}): string {
  const lines = [
    `[${m.obligation}] ${oneLine(m.text.id)} Dasar: ${oneLine(m.basis.id)}. Perbaikan: ${oneLine(m.remedy.id)}`,
    `EN: ${oneLine(m.text.en)} Basis: ${oneLine(m.basis.en)}. Fix: ${oneLine(m.remedy.en)}`,
  ];
  if (m.source) lines.push(`source: ${m.source}`);
  if (m.exemption) {
    const e = m.exemption;
    lines.push(`exempt: ${oneLine(e.reason ?? "")} | ${oneLine(e.approvedBy ?? "-")} | ${e.until ?? "-"}`);
  }
  return lines.join("\n");
}

/** Reads back an encoded message; throws on one this pack did not write. */
export function decodeMessage(message: string): DecodedMessage {
  const lines = message.split("\n");
  const head = /^\[([A-Z]+-\d{2}|PACK)\] (.*)$/.exec(lines[0] ?? "");
  const en = lines.find((l) => l.startsWith("EN: "));
  if (!head || !en) throw new Error(`not a spbe finding message: ${JSON.stringify(message.slice(0, 120))}`);
  const src = lines.find((l) => l.startsWith("source: "));
  const ex = lines.find((l) => l.startsWith("exempt: "));
  let exempt: DecodedMessage["exempt"] = null;
  if (ex) {
    const [reason = "", approvedBy = "", until = ""] = ex.slice(8).split(" | ");
    exempt = { reason, approvedBy, until };
  }
  return {
    obligation: head[1] ?? "",
    id: head[2] ?? "",
    en: en.slice(4),
    source: src ? src.slice(8) : null,
    exempt,
  };
}
