/**
 * Turns a rule (rule.ts) into a @pulumi/policy policy. This wrapper is where the pack's own
 * layer lives, identically under the engine and under `spbe check`:
 * - enforcement per region (mandatory where the regulation has an article, advisory where it
 *   is silent), the `all` and per-rule overrides;
 * - exemptions: a covered finding is still reported, downgraded to advisory and marked
 *   `exempt:` in its message, so it never blocks a deployment but stays visible;
 * - fail closed: a rule that throws is a mandatory finding, not a crashed run. Unknown values
 *   (preview) are re-thrown so the engine's own "can't run during preview" handling applies.
 */
import type {
  EnforcementLevel,
  Policy,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { obligation, requiredBy } from "./obligations";
import { citation, regulation } from "./regulations";
import { POLICY_CONFIG_SCHEMA, exemptionFor, mergeConfig, todayUtc, type PackConfig } from "./config";
import { basis, encodeMessage } from "./message";
import { resolveDefaults } from "./defaults";
import {
  findEvidenceAmong,
  makeView,
  resolveWording,
  sourceOf,
  type Rule,
  type RuleContext,
  type Text,
  type Violation,
  type View,
} from "./rule";

// proxy.d.ts declares nothing; the class is the one server.js checks with instanceof.
const { UnknownValueError } = require("@pulumi/policy/proxy") as { UnknownValueError: new () => Error };

export const POLICY_DOCS_URL = "https://github.com/spbe-infra/spbe-infra/blob/main/docs/obligations.md";

/** Enforcement of a rule under a config: override, else mandatory iff the regulation has an article. */
export function enforcementFor(rule: Pick<Rule, "name" | "obligation">, cfg: PackConfig): EnforcementLevel {
  const override = cfg.rules?.[rule.name] ?? cfg.all;
  if (override) return override;
  if (!cfg.regulation) return "mandatory";
  return requiredBy(rule.obligation).includes(cfg.regulation) ? "mandatory" : "advisory";
}

/** The rule context a config gives, or null where it names no regulation. */
function contextOf(cfg: PackConfig): RuleContext | null {
  return cfg.regulation
    ? { regulation: cfg.regulation, today: cfg.today ?? todayUtc(), defaults: resolveDefaults(cfg.defaults) }
    : null;
}

/** A rule's remedy worded for `regulation` (undefined: for no regulation in particular). */
export function remedyFor(rule: Pick<Rule, "remediation">, regulation: string | undefined): Text {
  return resolveWording(rule.remediation, contextOf({ regulation }));
}

/**
 * Policy metadata (framework = the governing regulation and its article). The remedy is worded
 * for the baked regulation; with none, in words that assume nothing a regulation may lack.
 */
export function metadata(rule: Rule, cfg: PackConfig): Policy {
  const ob = obligation(rule.obligation);
  const reg = cfg.regulation;
  const remedy = resolveWording(rule.remediation, contextOf(cfg));
  return {
    name: rule.name,
    description: `[${rule.obligation}] ${ob.title.id} / ${ob.title.en}`,
    enforcementLevel: enforcementFor(rule, cfg),
    severity: rule.severity,
    framework: {
      name: reg ? regulation(reg).title : "SPBE",
      version: reg ? regulation(reg).short : "",
      reference: (reg && citation(rule.obligation, reg)) || basis(rule.obligation, reg).id,
      specification: rule.obligation,
    },
    remediationSteps: `${remedy.id}\n${remedy.en}`,
    url: `${POLICY_DOCS_URL}#${rule.obligation.toLowerCase()}`,
    configSchema: POLICY_CONFIG_SCHEMA,
    tags: ["spbe", ob.area, rule.obligation],
  };
}

/** The object form of reportViolation (message, enforcementLevel, urn) that @pulumi/policy accepts. */
type Report = (info: { message: string; enforcementLevel?: EnforcementLevel; urn?: string }) => void;

interface Subject {
  name: string;
  urn: string;
  source: string | undefined;
}

function emit(
  rule: Rule,
  cfg: PackConfig,
  baked: PackConfig,
  ctx: RuleContext | null,
  found: Violation[],
  subjectOf: (v: Violation) => Subject,
  report: Report,
): void {
  const level = enforcementFor(rule, cfg);
  // The level is set on a finding only where the engine cannot know it: an exemption, or a
  // regulation given at run time (per-policy config) that differs from the baked one. Otherwise
  // the engine's own resolution (its per-policy enforcementLevel config, else ours) stands.
  const explicit = level !== enforcementFor(rule, baked) ? level : undefined;
  const today = ctx?.today ?? cfg.today ?? todayUtc();
  const remedy = resolveWording(rule.remediation, ctx);
  for (const v of found) {
    const s = subjectOf(v);
    const source = v.source ?? s.source ?? rule.section;
    const ex = v.failClosed ? null : exemptionFor(cfg, rule.name, s.name, s.urn, today, source);
    const exempt = ex?.kind === "exempt" ? ex.exemption : undefined;
    const message = encodeMessage({
      obligation: rule.obligation,
      text: v.message,
      basis: basis(rule.obligation, cfg.regulation),
      remedy,
      source,
      exemption: exempt,
    });
    const info: { message: string; enforcementLevel?: EnforcementLevel; urn?: string } = { message };
    const downgraded = v.advisoryOnly && level === "mandatory" ? "advisory" : undefined;
    const set = v.failClosed ? "mandatory" : exempt ? "advisory" : (downgraded ?? explicit);
    if (set) info.enforcementLevel = set;
    if (v.urn) info.urn = v.urn;
    report(info);
  }
}

function failure(rule: Rule, e: unknown): Violation {
  const why = e instanceof Error ? e.message : String(e);
  return {
    failClosed: true,
    message: {
      id: `Aturan ${rule.name} gagal dijalankan (${why}); dianggap pelanggaran sampai diperbaiki.`,
      en: `Rule ${rule.name} failed to run (${why}); treated as a violation until fixed.`,
    },
  };
}

/** Runs a rule's check, turning a throw (other than an unknown value) into a finding. */
function guarded(rule: Rule, run: () => Violation[]): Violation[] {
  try {
    return run();
  } catch (e) {
    if (e instanceof UnknownValueError) throw e;
    return [failure(rule, e)];
  }
}

function noRegulation(): Violation {
  return {
    failClosed: true,
    message: {
      id: "Regulasi Daerah tidak dikonfigurasi (regulation); aturan tidak dapat menentukan kewajiban.",
      en: "The region's regulation is not configured (regulation); the rule cannot decide what is required.",
    },
  };
}

export function toPolicy(rule: Rule, baked: PackConfig): ResourceValidationPolicy | StackValidationPolicy {
  const meta = metadata(rule, baked);
  const setup = (runtime: unknown): { cfg: PackConfig; ctx: RuleContext | null } => {
    const cfg = mergeConfig(baked, runtime);
    return { cfg, ctx: contextOf(cfg) };
  };
  if (rule.kind === "resource") {
    return {
      ...meta,
      validateResource: (args, reportViolation) => {
        const { cfg, ctx } = setup(args.getConfig());
        if (enforcementFor(rule, cfg) === "disabled") return;
        const view = makeView({ type: args.type, name: args.name, urn: args.urn, props: args.props });
        const subject = () => ({ name: args.name, urn: args.urn, source: sourceOf(view) });
        const found = ctx ? guarded(rule, () => rule.check(view, ctx)) : [noRegulation()];
        emit(rule, cfg, baked, ctx, found, subject, reportViolation as unknown as Report);
      },
    };
  }
  return {
    ...meta,
    validateStack: (args, reportViolation) => {
      const { cfg, ctx } = setup(args.getConfig());
      if (enforcementFor(rule, cfg) === "disabled") return;
      // Views and the URN index are built when first needed: an evidence rule that reads only
      // the paper trail needs the ConfigMap, not ~1,000 views, and a clean run needs no index.
      let views: View[] | undefined;
      const allViews = (): View[] =>
        (views ??= args.resources.map((r) =>
          makeView({ type: r.type, name: r.name, urn: r.urn, props: r.props, parentUrn: r.parent?.urn }),
        ));
      let byUrn: Map<string, View> | undefined;
      const subject = (v: Violation): Subject => {
        byUrn ??= new Map(allViews().map((x) => [x.urn, x]));
        const r = v.urn ? byUrn.get(v.urn) : undefined;
        return { name: r?.name ?? "", urn: v.urn ?? "", source: r ? sourceOf(r) : undefined };
      };
      let found: Violation[];
      if (!ctx) found = [noRegulation()];
      else if (rule.kind === "stack") found = guarded(rule, () => rule.check(allViews(), ctx));
      else {
        found = guarded(rule, () => {
          const ev = findEvidenceAmong(args.resources);
          if (!ev) return [missingEvidence()];
          // A finding about the paper trail as a whole points at the rule's inventory section, not
          // at the ConfigMap that merely carries the evidence.
          return rule
            .check(ev.evidence, ctx, allViews)
            .map((x) => (x.urn ? x : { ...x, urn: ev.view.urn, source: x.source ?? rule.section }));
        });
      }
      emit(rule, cfg, baked, ctx, found, subject, reportViolation as unknown as Report);
    },
  };
}

function missingEvidence(): Violation {
  return {
    message: {
      id: "Stack tidak memiliki ConfigMap 'spbe-evidence', sehingga bukti kepatuhan tidak dapat diperiksa.",
      en: "The stack has no 'spbe-evidence' ConfigMap, so the compliance evidence cannot be checked.",
    },
  };
}
