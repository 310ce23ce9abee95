/**
 * SPL-03 where the regulation names who sets the interoperability standard (PPU 15(2)(b),
 * Bengkulu 15(4): the ministry for communication and informatics): the standard recorded must be
 * one it set, read from `issuer`, else `by`, else the standard's own name ("… (Permenkominfo)").
 * SPL-06 where the regulation lets a PD Mandiri TIK develop the Sistem Penghubung Layanan only in
 * coordination with the Kepala Dinas (Tabanan 13(6): "PD Mandiri Teknologi Informasi dan
 * Komunikasi harus berkoordinasi dengan Kepala Dinas"): the record of that coordination
 * (gateway.dinasCoordination { reference, date }) must be there.
 */
import type { Evidence } from "../../inventory/facts";
import type { Violation } from "../rule";
import type { Terms } from "../terms";
import { issuerNames, issuerOf, issuerSatisfies } from "./issuers";
import { t } from "./select";

export function interoperabilityIssuerFindings(
  io: NonNullable<NonNullable<Evidence["gateway"]>["interoperability"]>,
  terms: Terms | null,
  ev: Pick<Evidence, "dinas">,
): Violation[] {
  const named = terms?.issuers?.any;
  if (!named) return [];
  const got = issuerOf(io.issuer ? io : { by: io.by ?? io.standard }, ev);
  if (named.some((k) => issuerSatisfies(got, k))) return [];
  return [
    {
      message: t(
        `Standar interoperabilitas '${io.standard}' bukan yang ditetapkan oleh ${issuerNames(named, "id")} (gateway.interoperability.by / issuer).`,
        `The interoperability standard '${io.standard}' is not one set by ${issuerNames(named, "en")} (gateway.interoperability.by / issuer).`,
      ),
    },
  ];
}

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
