/**
 * One violating case per rule: the compliant fixture with exactly one thing changed (where a rule
 * needs the absence of two facts, both are named). `mentions` is the offending value the message
 * must name.
 */
import { DEVICE_CASES } from "./cases-devices";
import { EVIDENCE_CASES } from "./cases-evidence";
import type { Case } from "./cases-helpers";
import { RESOURCE_CASES } from "./cases-resources";

export type { Case } from "./cases-helpers";

const order = (c: Case) => c.rule;
export const CASES: Case[] = [...RESOURCE_CASES, ...EVIDENCE_CASES, ...DEVICE_CASES].sort((a, b) =>
  order(a).localeCompare(order(b)),
);
