/**
 * SPL-06 where the regulation lets a PD Mandiri TIK develop the Sistem Penghubung Layanan only in
 * coordination with the Kepala Dinas (Tabanan 13(6): "PD Mandiri Teknologi Informasi dan
 * Komunikasi harus berkoordinasi dengan Kepala Dinas"): the record of that coordination
 * (gateway.dinasCoordination { reference, date }) must be there.
 */
import type { Evidence } from "../../inventory/facts";
import type { Violation } from "../rule";
import { t } from "./select";

export function coordinationFindings(
  g: NonNullable<Evidence["gateway"]>,
  by: string,
  spl: string,
): Violation[] {
  if (g.dinasCoordination) return [];
  return [
    {
      message: t(
        `${spl} dibangun oleh PD Mandiri TIK '${by}' tanpa bukti koordinasi dengan Kepala Dinas (gateway.dinasCoordination).`,
        `The ${spl} was built by the PD Mandiri TIK '${by}' with no record of its coordination with the Kepala Dinas (gateway.dinasCoordination).`,
      ),
    },
  ];
}
