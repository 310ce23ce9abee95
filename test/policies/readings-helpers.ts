/**
 * One-field changes of the example regions, each read against the governing regulation's own
 * article (quoted from regulations/<key>.txt): a change the text forbids must give a mandatory
 * finding of that obligation citing the article; a change the text permits ("dapat", one
 * alternative of a "dan/atau", a record older than a window the text does not set, an optional
 * request not made) must give no mandatory finding of it.
 */
import type { Document } from "yaml";
import type { Defaults } from "../../policies/defaults";

export type Change = (doc: Document) => void;

export interface Reading {
  region: string;
  obligation: string;
  /** The one change, in words. */
  change: string;
  apply: Change;
  verdict: "mandatory" | "permitted";
  /** The article the verdict rests on, as regulations/<key>.yaml cites it. */
  ref: string;
  /** Verbatim words of that article in regulations/<key>.txt. */
  quote: string;
  /** The citation a mandatory finding carries where the data cites a range around `ref`. */
  cites?: string;
  /** Words the mandatory finding's remedy must carry (who the regulation names, in its words). */
  remedy?: string;
  /** Words the mandatory finding's own sentence must carry (a toolkit-default label, say). */
  says?: string;
  /** Toolkit defaults the pack config sets for this case (policies/defaults.ts). */
  defaults?: Partial<Defaults>;
}

const json = (doc: Document, path: (string | number)[]): unknown => {
  const node = doc.getIn(path) as { toJSON?: () => unknown } | unknown;
  return node && typeof (node as { toJSON?: unknown }).toJSON === "function"
    ? (node as { toJSON: () => unknown }).toJSON()
    : node;
};
const list = <T>(doc: Document, path: (string | number)[]): T[] => (json(doc, path) as T[]) ?? [];
const index = (doc: Document, path: string[], pick: (x: Record<string, unknown>) => boolean): number =>
  list<Record<string, unknown>>(doc, path).findIndex(pick);

export const set =
  (path: (string | number)[], value: unknown): Change =>
  (doc) =>
    void doc.setIn(path, value);
export const del =
  (path: (string | number)[]): Change =>
  (doc) =>
    void doc.deleteIn(path);
export const all =
  (...changes: Change[]): Change =>
  (doc) =>
    changes.forEach((c) => c(doc));
export const without =
  (path: string[], kind: string): Change =>
  (doc) =>
    void doc.setIn(
      path,
      list<{ kind: string }>(doc, path).filter((x) => x.kind !== kind),
    );
export const interconnectsWithout = (kind: string): Change => without(["network", "interconnects"], kind);
export const upstreamsWithout = (kind: string): Change => without(["gateway", "upstreams"], kind);
export const controlsWithout =
  (control: string): Change =>
  (doc) =>
    void doc.setIn(
      ["security", "controls"],
      list<string>(doc, ["security", "controls"]).filter((c) => c !== control),
    );
export const lanBuiltBy =
  (agency: string, by: string): Change =>
  (doc) =>
    void doc.setIn(["agencies", index(doc, ["agencies"], (a) => a.id === agency), "lan", "builtBy"], by);
export const firstMandiri = (doc: Document): string =>
  list<{ id: string; mandiriTik?: boolean }>(doc, ["agencies"]).find((a) => a.mandiriTik)!.id;
export const audit =
  (kind: string, fields: Record<string, unknown>, dropIssuer = false): Change =>
  (doc) => {
    const i = index(doc, ["security", "audits"], (a) => a.kind === kind);
    for (const [k, v] of Object.entries(fields)) doc.setIn(["security", "audits", i, k], v);
    if (dropIssuer) doc.deleteIn(["security", "audits", i, "issuer"]);
  };
export const drcInPusatDataDomain: Change = (doc) => {
  const i = index(doc, ["sites"], (s) => s.kind === "drc");
  const pd = list<{ kind: string; location: { failureDomain: string } }>(doc, ["sites"]).find(
    (s) => s.kind === "pusat-data",
  )!;
  doc.setIn(["sites", i, "location", "failureDomain"], pd.location.failureDomain);
};
export const drcGone: Change = (doc) =>
  void doc.setIn(["sites", index(doc, ["sites"], (s) => s.kind === "drc"), "kind"], "office");
export const OLD = "2015-01-01";
export const ISO = "ISO/IEC 22237-1:2021";
