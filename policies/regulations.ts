/**
 * The five seed regional SPBE regulations and how a rule cites them.
 *
 * Every policy rule carries an obligation ID (policies/obligations.ts); the citation for a stack is
 * computed here from the articles recorded per regulation, so docs, finding messages and the
 * compliance matrix never restate an article by hand.
 */
import { obligation } from "./obligations";

export type RegulationKey = "tabanan" | "ppu" | "tangerang" | "prabumulih" | "bengkulu";

export interface Regulation {
  key: RegulationKey;
  /** As the text's heading names it, e.g. "Peraturan Bupati Tabanan Nomor 44 Tahun 2022". */
  title: string;
  /** e.g. "Perbup Tabanan 44/2022". */
  short: string;
  /** The text file's name in shared/regulations. */
  file: string;
  /** The regional portal domain where the regulation names it, else null. */
  portalDomain: string | null;
  /** The regulation's "tentang …" subject. */
  about: string;
}

export const REGULATION_KEYS: readonly RegulationKey[] = [
  "tabanan",
  "ppu",
  "tangerang",
  "prabumulih",
  "bengkulu",
];

export const REGULATIONS: Record<RegulationKey, Regulation> = {
  tabanan: {
    key: "tabanan",
    title: "Peraturan Bupati Tabanan Nomor 44 Tahun 2022",
    short: "Perbup Tabanan 44/2022",
    file: "perbup-tabanan-44-2022.txt",
    portalDomain: "tabanankab.go.id",
    about:
      "Peraturan Pelaksanaan Peraturan Daerah Nomor 8 Tahun 2021 tentang Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
  },
  ppu: {
    key: "ppu",
    title: "Peraturan Bupati Penajam Paser Utara Nomor 29 Tahun 2023",
    short: "Perbup Penajam Paser Utara 29/2023",
    file: "perbup-penajam-paser-utara-29-2023.txt",
    portalDomain: null,
    about: "Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
  },
  tangerang: {
    key: "tangerang",
    title: "Peraturan Bupati Tangerang Nomor 41 Tahun 2023",
    short: "Perbup Tangerang 41/2023",
    file: "perbup-tangerang-41-2023.txt",
    portalDomain: null,
    about:
      "Tata Kelola, Penyelenggara, serta Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik",
  },
  prabumulih: {
    key: "prabumulih",
    title: "Peraturan Walikota Prabumulih Nomor 65 Tahun 2020",
    short: "Perwali Prabumulih 65/2020",
    file: "perwali-prabumulih-65-2020.txt",
    portalDomain: "kotaprabumulih.go.id",
    about: "Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
  },
  bengkulu: {
    key: "bengkulu",
    title: "Peraturan Gubernur Bengkulu Nomor 9 Tahun 2022",
    short: "Pergub Bengkulu 9/2022",
    file: "pergub-bengkulu-9-2022.txt",
    portalDomain: null,
    about: "Sistem Pemerintahan Berbasis Elektronik Pemerintah Provinsi Bengkulu",
  },
};

/** One cited article of a regulation. */
export interface Article {
  /** "Pasal 14 ayat (9)", "Pasal 16 ayat (3) sampai dengan ayat (6)", "Pasal 1 angka 26", "Pasal 14 ayat (2) huruf b". */
  ref: string;
  /** A verbatim excerpt (one sentence or clause) of the article, whitespace-normalised; "…" marks a cut. */
  quote: string;
  /** Where the article reaches the obligation only in part, e.g. "no interval set". */
  note?: string;
}

/** Joins refs the way Indonesian legal text lists them: "A", "A dan B", "A, B, dan C". */
export function joinRefs(refs: readonly string[]): string {
  if (refs.length <= 1) return refs.join("");
  if (refs.length === 2) return `${refs[0]} dan ${refs[1]}`;
  return `${refs.slice(0, -1).join(", ")}, dan ${refs[refs.length - 1]}`;
}

/**
 * "Pasal 14 ayat (9) dan Pasal 14 ayat (1) Peraturan Bupati Tabanan Nomor 44 Tahun 2022", or null
 * where the regulation is silent on the obligation. Throws on an unknown obligation ID.
 */
export function citation(obligationId: string, key: RegulationKey): string | null {
  const articles = obligation(obligationId).articles[key];
  if (!articles || articles.length === 0) return null;
  return `${joinRefs(articles.map((a) => a.ref))} ${REGULATIONS[key].title}`;
}

/** Like citation() but with the short name: "Pasal 13 ayat (5) Pergub Bengkulu 9/2022". */
export function shortCitation(obligationId: string, key: RegulationKey): string | null {
  const articles = obligation(obligationId).articles[key];
  if (!articles || articles.length === 0) return null;
  return `${joinRefs(articles.map((a) => a.ref))} ${REGULATIONS[key].short}`;
}

/**
 * A quote as plain text for finding messages. The regulation texts carry Markdown from their
 * conversion (`*Hosting*`, `[tabanankab.go.id](http://tabanankab.go.id)`); the stored quote keeps it
 * so it stays verbatim, and this drops it for display.
 */
export function plainQuote(quote: string): string {
  return quote
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, "$1")
    .replace(/\*([^*]+)\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
