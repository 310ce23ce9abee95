/**
 * Messages of the lock file (lock.ts, lock-check.ts) and of the plan's use of it (ipam.ts), in
 * Bahasa Indonesia and English. The English sentences are the ones these modules have always
 * returned in `errors` (callers and tests match them); `texts` carries each one in both languages.
 */
import { z } from "zod";
import { catalog, type Text } from "../inventory/messages";

type Owner = { kind: string; owner: string };

export const LOCK = catalog("lock", {
  yaml: {
    id: (p: { detail: string }) => `YAML tidak valid: ${p.detail}`,
    en: (p: { detail: string }) => `${p.detail}`,
  },
  cannotRead: {
    id: (p: { code: string }) => `berkas lock tidak dapat dibaca (${p.code})`,
    en: (p: { code: string }) => `cannot read the lock file (${p.code})`,
  },
  date: { id: () => "tanggal YYYY-MM-DD", en: () => "a date YYYY-MM-DD" },
  hostNeedsAddress: { id: () => "host memerlukan address", en: () => "a host needs an address" },
  needsPrefix: {
    id: (p: { kind: string }) => `${p.kind} memerlukan prefix`,
    en: (p: { kind: string }) => `a ${p.kind} needs a prefix`,
  },
  hostHasAddress: {
    id: () => "host memiliki address, bukan prefix",
    en: () => "a host has an address, not a prefix",
  },
  hasPrefix: {
    id: (p: { kind: string }) => `${p.kind} memiliki prefix, bukan address`,
    en: (p: { kind: string }) => `a ${p.kind} has a prefix, not an address`,
  },
  badNetwork: {
    id: (p: { value: string; detail: string }) =>
      `'${p.value}' tidak dapat dibaca sebagai jaringan IPv4 (${p.detail})`,
    en: (p: { value: string; detail: string }) => `${p.detail}`,
  },
  badAddress: {
    id: (p: { value: string; detail: string }) =>
      `'${p.value}' tidak dapat dibaca sebagai alamat IPv4 (${p.detail})`,
    en: (p: { value: string; detail: string }) => `${p.detail}`,
  },
  ownerTaken: {
    id: (p: Owner & { at: number }) =>
      `${p.kind} milik '${p.owner}' sudah dialokasikan di allocations[${p.at}]`,
    en: (p: Owner & { at: number }) =>
      `${p.kind} of '${p.owner}' is already allocated at allocations[${p.at}]`,
  },
  vlanTaken: {
    id: (p: { vlan: number; at: number }) => `VLAN ${p.vlan} sudah dipakai oleh allocations[${p.at}]`,
    en: (p: { vlan: number; at: number }) => `VLAN ${p.vlan} is already taken by allocations[${p.at}]`,
  },
  outsideSupernet: {
    id: (p: { value: string; supernet: string }) => `${p.value} berada di luar supernet ${p.supernet}`,
    en: (p: { value: string; supernet: string }) => `${p.value} is outside the supernet ${p.supernet}`,
  },
  addressTaken: {
    id: (p: { value: string; at: number }) => `${p.value} sudah dipakai oleh allocations[${p.at}]`,
    en: (p: { value: string; at: number }) => `${p.value} is already taken by allocations[${p.at}]`,
  },
  overlaps: {
    id: (p: Owner & { prefix: string; other: string; at: number }) =>
      `${p.prefix} tumpang tindih dengan ${p.other} (allocations[${p.at}], ${p.kind} milik '${p.owner}')`,
    en: (p: Owner & { prefix: string; other: string; at: number }) =>
      `${p.prefix} overlaps ${p.other} (allocations[${p.at}], ${p.kind} of '${p.owner}')`,
  },
});

export const LOCK_PLAN = catalog("lock-plan", {
  noLockFile: {
    id: (p: { file: string }) =>
      `inventaris ini tidak memiliki berkas lock: jalankan \`spbe ipam ${p.file}\``,
    en: (p: { file: string }) => `there is no lock file for this inventory: run \`spbe ipam ${p.file}\``,
  },
  noAllocation: {
    id: (p: { what: Text; file: string }) =>
      `lock tidak memiliki alokasi untuk ${p.what.id}: jalankan \`spbe ipam ${p.file}\``,
    en: (p: { what: Text; file: string }) =>
      `the lock has no allocation for ${p.what.en}: run \`spbe ipam ${p.file}\``,
  },
  notOwned: {
    id: (p: { owner: string }) => `lock tidak memiliki alokasi milik '${p.owner}'`,
    en: (p: { owner: string }) => `the lock has no allocation owned by '${p.owner}'`,
  },
});

/** The location prefix (`file:line:col path: `) before a message, in both languages. */
export function prefixed(where: string, text: Text): Text {
  return { id: `${where}${text.id}`, en: `${where}${text.en}` };
}

let idLocale: z.core.$ZodConfig | undefined;

/**
 * A zod issue of the lock's schema in both languages: the lock's own refinements carry their
 * catalog text in `params.text`; any other issue is zod's sentence in its `id` locale, and its
 * English message as zod gave it.
 */
export function issueText(issue: z.core.$ZodIssue): Text {
  const own = (issue as { params?: { text?: Text } }).params?.text;
  if (own) return own;
  if (issue.code === "invalid_format" && issue.message === LOCK.date().en) return LOCK.date();
  idLocale ??= z.locales.id();
  const out = idLocale.localeError?.(issue as never);
  const id = typeof out === "string" ? out : (out?.message ?? issue.message);
  return { id, en: issue.message };
}
