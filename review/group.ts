/**
 * Findings grouped by cause for a reader: one group per rule and inventory field to change (a
 * changed `operator:` that breaks DC-02 for eleven applications is one group of eleven), with
 * the count, the distinct texts and the affected resources.
 */
import type { Finding } from "../offline/findings";

export interface CauseGroup {
  rule: string;
  obligation: string;
  /** The inventory field to change, else the resource (URN) the group is about. */
  cause: string;
  findings: Finding[];
  /** Distinct resource names, in order. */
  resources: string[];
}

export function byCause(findings: readonly Finding[]): CauseGroup[] {
  const groups = new Map<string, CauseGroup>();
  for (const f of findings) {
    const cause = f.path ?? f.resource.urn;
    const key = `${f.rule}\u0000${cause}`;
    let g = groups.get(key);
    if (!g)
      groups.set(key, (g = { rule: f.rule, obligation: f.obligation, cause, findings: [], resources: [] }));
    g.findings.push(f);
    for (const urn of f.resources) {
      const name = urn.split("::").pop() ?? urn;
      if (!g.resources.includes(name)) g.resources.push(name);
    }
  }
  return [...groups.values()];
}
