/** Building blocks of the violating cases: the compliant fixture with one thing changed. */
import type { Evidence } from "../../inventory/facts";
import type { AnalyzableResource } from "../../offline/analyze";
import { compliantEvidence, compliantStack, mutate } from "./fixture";

export interface Case {
  rule: string;
  it: string;
  stack: () => AnalyzableResource[];
  mentions: string;
}

/** The compliant stack with its evidence record changed. */
export function ev(f: (e: Evidence) => void): AnalyzableResource[] {
  const e = compliantEvidence();
  f(e);
  return compliantStack(e);
}

export const without = (xs: string[], x: string) => xs.filter((y) => y !== x);
export const label = (name: string, key: string, value: string | undefined) =>
  mutate(compliantStack(), name, (i) => {
    if (value === undefined) delete i.metadata.labels[key];
    else i.metadata.labels[key] = value;
  });
export const annotation = (name: string, key: string, value: string | undefined) =>
  mutate(compliantStack(), name, (i) => {
    if (value === undefined) delete i.metadata.annotations[key];
    else i.metadata.annotations[key] = value;
  });
export const add = (r: AnalyzableResource) => [...compliantStack(), r];
export const K = (kind: string, group = "core/v1") => `kubernetes:${group}:${kind}`;
