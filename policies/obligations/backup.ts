/**
 * The backup obligations of the toolkit's catalogue, in docs/obligations.md order. What each
 * regulation says about them is data: regulations/<key>.yaml.
 */
import type { Obligation } from "../obligation-types";
import { ob } from "./build";

export const BACKUP_OBLIGATIONS: readonly Obligation[] = [
  ob(
    "BK-01",
    "backup",
    "resource",
    "Setiap Perangkat Daerah mencadangkan datanya secara berkala ke Pusat Data",
    "Every agency backs up its data periodically to the Pusat Data",
  ),
  ob(
    "BK-02",
    "backup",
    "resource",
    "Periode dan media pencadangan ditetapkan untuk setiap data",
    "A backup period and backup media are set for each data set",
  ),
  ob(
    "BK-03",
    "backup",
    "stack",
    "Ketersediaan dijamin dengan pencadangan dan pemulihan",
    "Availability is assured by backup and recovery",
  ),
  ob(
    "BK-04",
    "backup",
    "evidence",
    "Prosedur pencadangan dan pemulihan didokumentasikan untuk setiap sistem",
    "Backup and restore procedures are documented for each system",
  ),
];
