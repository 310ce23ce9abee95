/**
 * Node agents and containers run with the least privilege they can: never privileged, every
 * capability dropped and only the documented ones added back, seccomp RuntimeDefault, no new
 * privileges, root only where the node's files require it; no credential in an environment.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ofType, type CapturedResource } from "../support/mocks";
import { fixture } from "./fixture";
import { AGENT_ADD_ONS, runFixtureRegion } from "./run";

/** What docs/security-notes.md allows each agent beyond the default. */
const EXCEPTIONS: Record<string, { root: boolean; add: string[] }> = {
  falco: { root: true, add: ["BPF", "PERFMON", "SYS_RESOURCE", "SYS_PTRACE"] },
  "fluent-bit": { root: true, add: [] },
  "node-exporter": { root: false, add: [] },
};

let resources: CapturedResource[];
beforeAll(async () => {
  // Platforms without the agents' charts: the region runs every agent itself, on both adapters.
  ({ resources } = await runFixtureRegion(fixture(), { without: AGENT_ADD_ONS }));
});

type Ctx = {
  privileged?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
  seccompProfile?: { type: string };
};

describe("node agents on Kubernetes", () => {
  it("are never privileged and add back only their documented capabilities", () => {
    const sets = ofType(resources, "kubernetes:apps/v1:DaemonSet");
    expect(sets.length).toBe(3);
    for (const ds of sets) {
      const pod = (
        ds.inputs.spec as {
          template: {
            spec: { securityContext: Ctx; containers: Array<{ name: string; securityContext: Ctx }> };
          };
        }
      ).template.spec;
      expect(pod.securityContext.seccompProfile).toEqual({ type: "RuntimeDefault" });
      for (const c of pod.containers) {
        const allowed = EXCEPTIONS[c.name];
        expect(allowed, c.name).toBeDefined();
        const sc = c.securityContext;
        expect(sc.privileged, c.name).toBe(false);
        expect(sc.allowPrivilegeEscalation, c.name).toBe(false);
        expect(sc.readOnlyRootFilesystem, c.name).toBe(true);
        expect(sc.seccompProfile, c.name).toEqual({ type: "RuntimeDefault" });
        expect(sc.capabilities?.drop, c.name).toEqual(["ALL"]);
        expect(sc.capabilities?.add ?? [], c.name).toEqual(allowed.add);
        expect(sc.runAsNonRoot, c.name).toBe(!allowed.root);
        if (!allowed.root) expect(sc.runAsUser, c.name).not.toBe(0);
      }
    }
  });
});

describe("containers on Docker", () => {
  it("drop every capability, take no new privileges, are never privileged and keep credentials out of the environment", () => {
    const containers = ofType(resources, "docker:index/container:Container");
    expect(containers.length).toBeGreaterThan(3);
    for (const c of containers) {
      const i = c.inputs as {
        name: string;
        privileged?: boolean;
        readOnly?: boolean;
        capabilities?: { drops?: string[]; adds?: string[] };
        securityOpts?: string[];
        envs?: string[];
      };
      expect(i.privileged ?? false, i.name).toBe(false);
      expect(i.readOnly, i.name).toBe(true);
      expect(i.capabilities?.drops, i.name).toEqual(["ALL"]);
      expect(i.capabilities?.adds ?? [], i.name).toEqual(EXCEPTIONS[i.name]?.add ?? []);
      expect(i.securityOpts, i.name).toContain("no-new-privileges:true");
      expect(i.securityOpts?.some((o) => /seccomp[=:]unconfined/.test(o)) ?? false, i.name).toBe(false);
      expect(c.secretPaths, i.name).not.toContain("envs");
      expect(JSON.stringify(i.envs ?? []), i.name).not.toMatch(/(KEY|PASSWORD|SECRET|USER)=/);
    }
  });
});
