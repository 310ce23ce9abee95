/**
 * Messages of reading an inventory: the file, its text, its YAML, its includes, and the loader's
 * own limits. Parameters that are themselves bilingual (a described value, a reason) are `Text`.
 */
import { catalog, type Text } from "./messages";

type Code = { code: string };
type Got = { got: Text };

export const LOAD = catalog("load", {
  cannotRead: {
    id: (p: Code) => `berkas inventaris tidak dapat dibaca (${p.code})`,
    en: (p: Code) => `cannot read the inventory file (${p.code})`,
  },
  refused: {
    id: (p: { reason: Text }) => `berkas inventaris ditolak: ${p.reason.id}`,
    en: (p: { reason: Text }) => `the inventory file is refused: ${p.reason.en}`,
  },
  badToday: {
    id: (p: Got) => `opsi today harus YYYY-MM-DD, ditemukan ${p.got.id}`,
    en: (p: Got) => `option today must be YYYY-MM-DD, got ${p.got.en}`,
  },
  tooLarge: {
    id: (p: { limit: number }) => `inventaris lebih besar dari batas ${p.limit} byte`,
    en: (p: { limit: number }) => `the inventory is larger than the limit of ${p.limit} bytes`,
  },
  internal: {
    id: (p: { reason: string }) => `kesalahan internal pemuat: ${p.reason}`,
    en: (p: { reason: string }) => `internal error of the loader: ${p.reason}`,
  },
  moreErrors: {
    id: (p: { more: number; limit: number }) =>
      `${p.more} kesalahan lagi mulai dari sini tidak dicantumkan (${p.limit} yang pertama dicantumkan)`,
    en: (p: { more: number; limit: number }) =>
      `${p.more} more errors from here on are not listed (the first ${p.limit} are)`,
  },
  notMapping: {
    id: (p: Got) =>
      `diharapkan pemetaan berisi region, dinas, agencies, sites dan network, ditemukan ${p.got.id}`,
    en: (p: Got) => `expected a mapping with region, dinas, agencies, sites and network, got ${p.got.en}`,
  },
  related: {
    id: (p: { label: Text; path: string; where: Text }) => ` (${p.label.id} ${p.path}, ${p.where.id})`,
    en: (p: { label: Text; path: string; where: Text }) => ` (${p.label.en} ${p.path}, ${p.where.en})`,
  },
  atLine: {
    id: (p: { line: number }) => `baris ${p.line}`,
    en: (p: { line: number }) => `line ${p.line}`,
  },
});

/** Why a file is not read (read-file.ts): the same reasons for the region file and its includes. */
export const READ = catalog("read", {
  cannotRead: {
    id: (p: Code) => `tidak dapat dibaca (${p.code})`,
    en: (p: Code) => `cannot read it (${p.code})`,
  },
  outsideFolder: {
    id: () => "berkas ini (melalui symlink) mengarah ke berkas di luar folder region",
    en: () => "it resolves (through a symlink) to a file outside the region's folder",
  },
  folder: { id: () => "ini sebuah folder, bukan berkas", en: () => "it is a folder, not a file" },
  notRegular: {
    id: () => "ini bukan berkas biasa (perangkat, FIFO atau soket)",
    en: () => "it is not a regular file (a device, FIFO or socket)",
  },
  tooLarge: {
    id: (p: { limit: number; size: string }) =>
      `ukurannya melebihi batas ${p.limit} byte${p.size ? ` (${p.size} byte)` : ""}`,
    en: (p: { limit: number; size: string }) =>
      `it is larger than the limit of ${p.limit} bytes${p.size ? ` (${p.size} bytes)` : ""}`,
  },
  changed: { id: () => "berkas berubah saat dibaca", en: () => "it changed while it was read" },
});

/** The text of a file: UTF-8 and free of control characters (text-screen.ts). */
export const TEXT = catalog("text", {
  notUtf8: {
    id: (p: { byte: string; offset: number }) =>
      `berkas bukan teks UTF-8: byte ${p.byte} pada offset ${p.offset} bukan UTF-8 yang sah (simpan berkas sebagai UTF-8)`,
    en: (p: { byte: string; offset: number }) =>
      `the file is not UTF-8 text: byte ${p.byte} at byte offset ${p.offset} is not valid UTF-8 (save the file as UTF-8)`,
  },
  control: {
    id: (p: { char: string; more: number }) =>
      `karakter kontrol ${p.char} tidak diizinkan dalam inventaris${p.more > 0 ? ` (dan ${p.more} lagi dalam berkas)` : ""}: hapus atau tulis teks tanpanya`,
    en: (p: { char: string; more: number }) =>
      `control character ${p.char} is not allowed in an inventory${p.more > 0 ? ` (and ${p.more} more in the file)` : ""}: remove it or write the text without it`,
  },
  controlInValue: {
    id: (p: { char: string }) => `teks ini memuat karakter kontrol ${p.char}`,
    en: (p: { char: string }) => `the text holds the control character ${p.char}`,
  },
  controlInKey: {
    id: (p: { char: string }) => `kunci ini memuat karakter kontrol ${p.char}`,
    en: (p: { char: string }) => `the key holds the control character ${p.char}`,
  },
});

/**
 * YAML syntax. The parser's own detail (`Implicit keys need to be on a single line`) is the
 * `yaml` library's English text; it is quoted as it is in both languages.
 */
export const YAML = catalog("yaml", {
  invalid: {
    id: (p: { detail: string }) => `YAML tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `invalid YAML: ${p.detail}`,
  },
  duplicateKey: {
    id: () => "YAML tidak valid: kunci pemetaan harus unik",
    en: () => "invalid YAML: Map keys must be unique",
  },
  multipleDocuments: {
    id: () => "YAML tidak valid: sumber berisi beberapa dokumen; inventaris adalah satu dokumen",
    en: () => "invalid YAML: Source contains multiple documents; an inventory is one document",
  },
  tooDeep: {
    id: (p: { limit: number }) =>
      `YAML tidak valid: YAML bersarang lebih dalam dari ${p.limit} tingkat pemetaan dan daftar`,
    en: (p: { limit: number }) =>
      `invalid YAML: the YAML nests deeper than ${p.limit} levels of mappings and lists`,
  },
  tooSlow: {
    id: (p: { seconds: number }) =>
      `YAML tidak valid: penguraian YAML memakan waktu lebih dari ${p.seconds} detik`,
    en: (p: { seconds: number }) => `invalid YAML: the YAML took longer than ${p.seconds} s to parse`,
  },
  tooManyErrors: {
    id: (p: { limit: number }) =>
      `YAML tidak valid: lebih dari ${p.limit} kesalahan sintaks; yang pertama dicantumkan`,
    en: (p: { limit: number }) => `invalid YAML: more than ${p.limit} syntax errors; the first are listed`,
  },
  cannotParse: {
    id: (p: { detail: string }) => `YAML tidak valid: YAML tidak dapat diurai (${p.detail})`,
    en: (p: { detail: string }) => `invalid YAML: the YAML cannot be parsed (${p.detail})`,
  },
  moreErrors: {
    id: (p: { more: number }) => `YAML tidak valid: ${p.more} kesalahan lagi mulai dari sini`,
    en: (p: { more: number }) => `invalid YAML: ${p.more} more errors from here on`,
  },
  aliasBomb: {
    id: (p: { limit: number }) =>
      `YAML tidak valid: alias di sini mewakili lebih dari ${p.limit} nilai seluruhnya (bom alias?); tulis nilainya atau kurangi alias`,
    en: (p: { limit: number }) =>
      `invalid YAML: aliases here stand for more than ${p.limit} values in all (an alias bomb?); write the values out or use fewer aliases`,
  },
  warning: {
    id: (p: { detail: string }) => `YAML: ${p.detail}`,
    en: (p: { detail: string }) => `YAML: ${p.detail}`,
  },
});

type Entry = { entry: string };

/** `include:` of a region file (includes.ts). */
export const INCLUDE = catalog("include", {
  refused: {
    id: (p: Entry & { reason: Text }) => `include ${p.entry} ditolak: ${p.reason.id}`,
    en: (p: Entry & { reason: Text }) => `include ${p.entry} is refused: ${p.reason.en}`,
  },
  noFolder: {
    id: () => "folder berkas region tidak dapat ditentukan",
    en: () => "the region file's folder cannot be resolved",
  },
  controls: { id: () => "path memuat karakter kontrol", en: () => "the path holds control characters" },
  absolute: {
    id: () =>
      "include adalah path relatif terhadap berkas yang menyebutnya, di dalam folder region; path absolut tidak diikuti",
    en: () =>
      "an include is a path relative to the file that names it, inside the region's folder; absolute paths are not followed",
  },
  outside: {
    id: () =>
      "path keluar dari folder region (melalui ..); berkas yang di-include terletak di samping berkas region atau di bawahnya",
    en: () =>
      "it leads out of the region's folder (through ..); an included file lies beside the region file or below it",
  },
  tooDeep: {
    id: (p: { limit: number }) => `include bersarang lebih dalam dari ${p.limit} tingkat`,
    en: (p: { limit: number }) => `includes nest deeper than ${p.limit} levels`,
  },
  tooMany: {
    id: (p: { limit: number }) => `lebih dari ${p.limit} berkas di-include`,
    en: (p: { limit: number }) => `more than ${p.limit} files are included`,
  },
  totalLimit: {
    id: (p: { reason: Text; limit: number }) => `${p.reason.id} (seluruh berkas bersama: ${p.limit} byte)`,
    en: (p: { reason: Text; limit: number }) => `${p.reason.en} (all files together: ${p.limit} bytes)`,
  },
  cannotRead: {
    id: (p: Entry & Code) => `berkas include ${p.entry} tidak dapat dibaca (${p.code})`,
    en: (p: Entry & Code) => `cannot read included file ${p.entry} (${p.code})`,
  },
  cycle: {
    id: (p: Entry) => `siklus include: ${p.entry} sedang di-include`,
    en: (p: Entry) => `include cycle: ${p.entry} is already being included`,
  },
  twice: {
    id: () => "berkas sudah di-include (setiap berkas di-include sekali)",
    en: () => "the file is already included (each file is included once)",
  },
  notMapping: {
    id: (p: Got & { lists: string }) =>
      `diharapkan pemetaan berisi ${p.lists} atau gateway.services, ditemukan ${p.got.id}`,
    en: (p: Got & { lists: string }) =>
      `expected a mapping with ${p.lists} or gateway.services, got ${p.got.en}`,
  },
  unknownKey: {
    id: (p: { key: string; lists: string }) =>
      `kunci tidak dikenal "${p.key}": berkas include hanya memuat ${p.lists}, gateway.services dan include`,
    en: (p: { key: string; lists: string }) =>
      `unknown key "${p.key}": an included file holds only ${p.lists}, gateway.services and include`,
  },
  gatewayNotMapping: {
    id: (p: Got) => `diharapkan pemetaan berisi services, ditemukan ${p.got.id}`,
    en: (p: Got) => `expected a mapping holding services, got ${p.got.en}`,
  },
  gatewayUnknownKey: {
    id: (p: { key: string }) =>
      `kunci tidak dikenal "${p.key}": gateway yang di-include hanya memuat services`,
    en: (p: { key: string }) => `unknown key "${p.key}": an included gateway holds only services`,
  },
  noGateway: {
    id: () => "gateway.services di-include tetapi berkas region tidak mendeklarasikan gateway",
    en: () => "gateway.services are included but the region file declares no gateway",
  },
  notList: {
    id: (p: Got) => `diharapkan daftar, ditemukan ${p.got.id}`,
    en: (p: Got) => `expected a list, got ${p.got.en}`,
  },
});
