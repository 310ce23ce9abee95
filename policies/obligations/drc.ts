/**
 * The drc obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const DRC_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "DRC-01",
    "drc",
    "stack",
    "Pusat Data memiliki Pusat Pemulihan Bencana (DRC) sebagai cadangannya",
    "The Pusat Data has a disaster recovery center (DRC) that backs it up",
  ),
  ob(
    "DRC-02",
    "drc",
    "stack",
    "DRC menjaga data tetap aman saat bencana alam atau keadaan kahar melanda daerah: tidak berbagi lokasi atau domain kegagalan dengan Pusat Data",
    "The DRC keeps data safe when a natural disaster or force majeure strikes the region: it shares neither site nor failure domain with the Pusat Data",
  ),
  ob(
    "DRC-03",
    "drc",
    "stack",
    "DRC dapat berupa Pusat Data Nasional atau penyedia layanan pusat data",
    "The DRC may be the national data center (PDN) or a data-center service provider",
  ),
];
