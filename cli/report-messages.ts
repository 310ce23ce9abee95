/** Messages of `spbe report` and `spbe diagram` (the commands that draw from the inventory and its lock). */
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
  notWritten: {
    id: (p: { why: string }) => `${p.why}; tidak ada yang ditulis`,
    en: (p: { why: string }) => `${p.why}; nothing was written`,
  },
});
