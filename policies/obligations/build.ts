/** The constructor the per-area catalogue files are written with. */
import type { Area, Obligation } from "../obligation-types";

export function ob(
  id: string,
  area: Area,
  kind: Obligation["kind"],
  idTitle: string,
  en: string,
): Obligation {
  return { id, area, kind, title: { id: idTitle, en } };
}
