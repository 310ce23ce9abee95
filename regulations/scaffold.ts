/**
 * Drafts a data file for a regulation the project does not carry yet: the text is cut into its
 * Pasal / ayat units, and for each obligation the units whose words match the obligation's
 * keywords are listed as candidates, each with its ref and a verbatim excerpt. Every obligation
 * starts `silent: none` with its candidates as comments: a person reads them and decides which
 * oblige (see docs/regulations.md). Nothing here decides; it only finds.
 */
import { stringify } from "yaml";
import { OBLIGATIONS } from "../policies/catalog";
import { ws } from "./text";

/** Words whose presence in an article makes it a candidate for an obligation (lower case). */
export const KEYWORDS: Record<string, string[]> = {
  "DC-01": ["pusat data", "dikelola oleh", "pembangunan pusat data"],
  "DC-02": ["menempatkan", "pusat data", "hosting", "colocation"],
  "DC-03": ["uji keamanan", "kelayakan", "permohonan pemilihan sistem"],
  "DC-04": ["prosedur pengoperasian", "katalog perangkat", "rekaman aktivitas"],
  "DC-05": ["pusat data nasional", "interkoneksi"],
  "DC-06": ["standar nasional indonesia", "standar internasional", "pusat data"],
  "DC-07": ["up-time", "colocation", "keamanan server"],
  "DC-08": ["mandiri", "server", "virtual private server"],
  "DC-09": ["network operation center"],
  "DC-10": ["akses informasi", "kewenangan", "kerahasiaan"],
  "DRC-01": ["pemulihan bencana", "disaster recovery", "drc"],
  "DRC-02": ["bencana alam", "force majeur"],
  "DRC-03": ["pemulihan bencana", "penyedia jasa"],
  "BK-01": ["pencadangan", "back-up", "backup"],
  "BK-02": ["periode backup", "media backup"],
  "BK-03": ["ketersediaan", "cadangan dan pemulihan"],
  "BK-04": ["backup dan restore"],
  "NET-01": ["jaringan intra", "wajib menggunakan"],
  "NET-02": ["wan", "fiber optic", "jaringan antar"],
  "NET-03": ["lan", "mandiri"],
  "NET-04": ["diagram"],
  "NET-05": ["jaringan intra", "interkoneksi", "keterhubungan"],
  "NET-06": ["kelaikan operasi", "kelaikan keamanan"],
  "NET-07": ["keamanan jaringan intra", "perangkat keras keamanan"],
  "NET-08": ["standar", "perangkat jaringan"],
  "NET-09": ["bandwidth", "bandwith"],
  "NET-10": ["sub domain", "subdomain", "portal"],
  "SPL-01": ["sistem penghubung layanan"],
  "SPL-02": ["sistem penghubung layanan", "keterhubungan"],
  "SPL-03": ["standar interoperabilitas"],
  "SPL-04": ["kelaikan"],
  "SPL-05": ["sistem penghubung layanan", "jaringan intra"],
  "SPL-06": ["sistem penghubung layanan", "dibangun", "dikembangkan"],
  "SPL-07": ["government service bus"],
  "SEC-01": ["kerahasiaan", "klasifikasi keamanan", "pembatasan akses"],
  "SEC-02": ["keutuhan", "pendeteksian modifikasi"],
  "SEC-03": ["keaslian", "verifikasi dan validasi"],
  "SEC-04": ["kenirsangkalan", "tanda tangan digital", "sertifikat digital"],
  "SEC-05": ["hardening", "firewall", "ids", "ips"],
  "SEC-06": ["continuity", "kerentanan", "vulnerability"],
  "AUD-01": ["audit infrastruktur", "audit tik", "audit teknologi informasi"],
  "AUD-02": ["audit keamanan"],
  "OPS-01": ["service desk", "meja layanan", "helpdesk"],
  "OPS-02": ["pemantauan dan evaluasi", "monitoring dan evaluasi"],
};

export interface Unit {
  ref: string;
  text: string;
}

/** The text's Pasal / ayat units, each with its ref ("Pasal 14 ayat (3)") and its words. */
export function units(raw: string): Unit[] {
  const out: Unit[] = [];
  let pasal: string | null = null;
  let current: { ref: string; lines: string[] } | null = null;
  const flush = () => {
    if (current && current.lines.length > 0)
      out.push({ ref: current.ref, text: ws(current.lines.join(" ")) });
    current = null;
  };
  let previous = "";
  for (const line of raw.split("\n")) {
    const norm = ws(line);
    if (norm === "") continue;
    const p = /^[#|*\-\s]*Pasal (\d+)[*|\s]*$/.exec(norm);
    const ayat = /^[-|\s]*\(?(\d+)[)}] (.*)$/.exec(norm);
    const angka = pasal === "1" ? /^[-|\s]*(\d+)\. (.*)$/.exec(norm) : null;
    if (angka) {
      flush();
      current = { ref: `Pasal 1 angka ${angka[1]}`, lines: [angka[2]!] };
    } else if (p) {
      flush();
      pasal = p[1]!;
      current = { ref: `Pasal ${pasal}`, lines: [] };
    } else if (pasal && ayat && !/\b(ayat|angka)$/.test(previous)) {
      flush();
      current = { ref: `Pasal ${pasal} ayat (${ayat[1]})`, lines: [ayat[2]!] };
    } else if (current) current.lines.push(norm.replace(/^[-|\s]+/, ""));
    previous = norm;
  }
  flush();
  return out;
}

/** Up to `max` candidate units per obligation, best (most keywords) first. */
export function candidates(raw: string, max = 3): Record<string, Unit[]> {
  const all = units(raw);
  const out: Record<string, Unit[]> = {};
  for (const o of OBLIGATIONS) {
    const words = KEYWORDS[o.id] ?? [];
    out[o.id] = all
      .map((u) => {
        const text = u.text.toLowerCase();
        const hits = words.filter((w) => text.includes(w)).length;
        // An article that obliges (wajib, harus) ranks before one that only mentions the matter.
        return { u, score: hits === 0 ? 0 : hits + (/\b(wajib|harus)\b/.test(text) ? 0.5 : 0) };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, max)
      .map((x) => x.u);
  }
  return out;
}

/** The draft data file: header fields to fill, every obligation silent with its candidates. */
export function scaffold(raw: string, key: string, textName: string): string {
  const heading = ws(raw.slice(0, 600));
  const title = /(PERATURAN (?:BUPATI|WALIKOTA|WALI KOTA|GUBERNUR) .*? NOMOR \d+ TAHUN \d{4})/i.exec(
    heading,
  )?.[1];
  const kind = /GUBERNUR/i.test(title ?? "")
    ? "pergub"
    : /WALI ?KOTA/i.test(title ?? "")
      ? "perwali"
      : "perbup";
  const head = {
    key,
    title: title ? title.replace(/\s+/g, " ") : "TODO: the title as the heading names it",
    short: "TODO",
    kind,
    region: "TODO: Pemerintah …",
    about: "TODO",
    text: textName,
    portalDomain: null,
    knowsMandiriTik: /mandiri/i.test(raw),
    words: {},
  };
  const lines = [
    "# yaml-language-server: $schema=./regulation.schema.json",
    "# Drafted by `spbe regulation scaffold`: every obligation starts silent. For each, read the",
    "# candidate articles below (found by keyword) and replace `silent: none` with `articles:`",
    "# (ref + verbatim quote) and `terms:` where the article obliges (wajib, harus, a duty of a",
    "# named actor); a permissive article (dapat) stays silent (`silent: permits`, `refs:`).",
    "# Then run `spbe regulation check` on this file.",
    stringify(head, { lineWidth: 0 }).trimEnd(),
    "obligations:",
  ];
  for (const [id, found] of Object.entries(candidates(raw))) {
    lines.push(`  ${id}:`);
    if (found.length === 0) lines.push("    # no candidate article found");
    for (const u of found) lines.push(`    # candidate: ${u.ref}: ${u.text.slice(0, 160)}`);
    lines.push("    silent: none");
  }
  return `${lines.join("\n")}\n`;
}
