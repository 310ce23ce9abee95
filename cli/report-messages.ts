/** Messages of `spbe report`, `spbe diagram` and `spbe check` about what they could not do or write. */
import { catalog } from "../inventory/messages";

export const SAY = catalog("report-cli", {
  errors: {
    id: (p: { file: string; n: number; what: string }) =>
      `${p.file}: ${p.n} galat; ${p.what === "report" ? "tidak ada laporan yang ditulis" : "tidak ada yang digambar"}`,
    en: (p: { file: string; n: number; what: string }) =>
      `${p.file}: ${p.n} error(s); ${p.what === "report" ? "no report was written" : "nothing was drawn"}`,
  },
  noAgency: {
    id: (p: { file: string; agency: string; known: string }) =>
      `${p.file}: tidak ada Perangkat Daerah '${p.agency}' (Perangkat Daerah: ${p.known})`,
    en: (p: { file: string; agency: string; known: string }) =>
      `${p.file}: no agency '${p.agency}' (agencies: ${p.known})`,
  },
  notChecked: {
    id: (p: { file: string; n: number }) => `${p.file}: ${p.n} galat; tidak ada yang diperiksa`,
    en: (p: { file: string; n: number }) => `${p.file}: ${p.n} error(s); nothing was checked`,
  },
  cannotWrite: {
    id: (p: { file: string; why: string }) =>
      `${p.file} tidak dapat ditulis (${p.why}); tidak ada yang ditulis`,
    en: (p: { file: string; why: string }) => `cannot write ${p.file} (${p.why}); nothing was written`,
  },
  notWritten: {
    id: (p: { why: string }) => `${p.why}; tidak ada yang ditulis`,
    en: (p: { why: string }) => `${p.why}; nothing was written`,
  },
});
