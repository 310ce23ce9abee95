/** Messages of the regulation data loader (loader.ts), in Bahasa Indonesia and English. */
import { catalog, type Text } from "../inventory/messages";

export const REGULATION = catalog("regulation", {
  cannotRead: {
    id: (p: { code: string }) => `tidak dapat dibaca (${p.code})`,
    en: (p: { code: string }) => `cannot read (${p.code})`,
  },
  keyNotFileName: {
    id: (p: { base: string; key: string }) => `key harus nama berkas '${p.base}', ditemukan '${p.key}'`,
    en: (p: { base: string; key: string }) => `the key must be the file's name '${p.base}', got '${p.key}'`,
  },
  missingObligations: {
    id: (p: { ids: string }) =>
      `setiap kewajiban memerlukan entri (silent: none, atau articles): tidak ada ${p.ids}`,
    en: (p: { ids: string }) =>
      `every obligation needs an entry (silent: none, or articles): missing ${p.ids}`,
  },
  unknownObligation: {
    id: (p: { id: string; known: string }) =>
      `ID kewajiban tidak dikenal '${p.id}' (yang dikenal: ${p.known})`,
    en: (p: { id: string; known: string }) => `unknown obligation ID '${p.id}' (known: ${p.known})`,
  },
  noText: {
    id: (p: { text: string }) => `teks regulasi ${p.text} tidak ada di samping berkas data`,
    en: (p: { text: string }) => `the regulation text ${p.text} is not beside the data file`,
  },
  titleNotInHeading: {
    id: (p: { text: string }) => `judul tidak ada dalam kepala ${p.text}`,
    en: (p: { text: string }) => `the title is not in the heading of ${p.text}`,
  },
  domainNotInText: {
    id: (p: { domain: string; text: string }) => `${p.domain} tidak ada dalam ${p.text}`,
    en: (p: { domain: string; text: string }) => `${p.domain} is not in ${p.text}`,
  },
  emptyQuote: {
    id: () => "kutipan (hampir) kosong",
    en: () => "the quote is (nearly) empty",
  },
  misplaced: {
    id: (p: { ref: string; text: string; wrong: Text }) => `${p.ref} dalam ${p.text}: ${p.wrong.id}`,
    en: (p: { ref: string; text: string; wrong: Text }) => `${p.ref} in ${p.text}: ${p.wrong.en}`,
  },
  notInText: {
    id: (p: { missing: string }) => `'${p.missing}' tidak ada dalam teks`,
    en: (p: { missing: string }) => `'${p.missing}' is not in the text`,
  },
  notInPasal: {
    id: () => "kutipan ada dalam teks, tetapi tidak di dalam Pasal tersebut",
    en: () => "the quote is in the text, but not within that Pasal",
  },
  opensInAyat: {
    id: (p: { ayat: string }) => `kutipan dibuka di ayat (${p.ayat})`,
    en: (p: { ayat: string }) => `the quote opens in ayat (${p.ayat})`,
  },
  endsInHuruf: {
    id: (p: { huruf: string }) => `kutipan berakhir di huruf ${p.huruf}`,
    en: (p: { huruf: string }) => `the quote ends in huruf ${p.huruf}`,
  },
});
