/**
 * Effort of a need in person-weeks of procurement-lead and lawyer work, for the capacity limits of
 * the selection. One source of truth with the scheduler: the phase templates of the scheduling
 * configuration (weeks × the lead's and the lawyer's load per phase, per-need procedure and
 * phase-week overrides included) give the base effort of a procedure; the effort model then scales
 * it by complexity, contract type and contract value, and security grading adds work in proportion.
 *
 * Procedure: the planner's override, else the one the thresholds give for the value and contract
 * type. A graded need at or above the FOSA threshold uses the security-graded template (which
 * already carries the security work); a graded need below it uses its value's procedure and the
 * security uplift: by default the ratio of the security-graded to the negotiated template (the
 * extra preparation and signature weeks for security agreements and clearance), so grading adds a
 * share of the work, not a flat figure. The whole effort counts in the plan year.
 */
import type { Complexity, ContractType, Need } from "../model/need";
import type { PlanConfig } from "../model/planInput";
import { defaultProcedure, regimeFor, type Procedure } from "../rules/thresholds";
import type { PhaseTemplate, SchedulingConfig } from "../scheduling/schedulingConfig";
import { ownValue } from "../model/dataRecord";

/** Lead and lawyer multipliers. */
export interface RoleFactors {
  readonly lead: number;
  readonly lawyer: number;
}

/** Multiplier for contracts from `fromNok` (excl. VAT) up to the next band. */
export interface ValueBand {
  readonly fromNok: number;
  readonly factor: number;
}

/** The effort model's settings (config.prioritisation.effort). */
export interface EffortConfig {
  readonly complexity: Readonly<Record<Complexity, number>>;
  readonly contractType: Readonly<Record<ContractType, RoleFactors>>;
  /** Bands by estimated value, ascending; the first should start at 0. */
  readonly valueBands: readonly ValueBand[];
  /** Extra share of work for a graded need below the FOSA threshold; null = from the templates. */
  readonly securityUplift: { readonly lead: number | null; readonly lawyer: number | null };
}

/** Defaults (stated assumptions, docs/prioritisation.md "Effort model"). */
export const DEFAULT_EFFORT_CONFIG: EffortConfig = {
  complexity: { low: 0.75, medium: 1, high: 1.4 },
  contractType: {
    goods: { lead: 1, lawyer: 0.9 },
    services: { lead: 1, lawyer: 1 },
    works: { lead: 1.15, lawyer: 1.25 },
  },
  valueBands: [
    { fromNok: 0, factor: 1 },
    { fromNok: 10_000_000, factor: 1.15 },
    { fromNok: 50_000_000, factor: 1.3 },
    { fromNok: 200_000_000, factor: 1.5 },
  ],
  securityUplift: { lead: null, lawyer: null },
};

/** What the effort of a need was made of. */
export interface EffortBasis {
  /** Template the base effort comes from. */
  readonly template: Procedure;
  readonly baseLeadWeeks: number;
  readonly baseLawyerWeeks: number;
  readonly complexityFactor: number;
  readonly contractTypeFactor: RoleFactors;
  readonly valueFactor: number;
  /** Security uplift applied (0 when not graded or when the template already carries it). */
  readonly securityUplift: RoleFactors;
}

/** Person-weeks a need takes in the plan year. */
export interface Effort {
  /** Procedure the scheduler uses (override, else the thresholds; graded needs: security-graded). */
  readonly procedure: Procedure;
  /** Calendar weeks from preparation to contract signature (implementation excluded), scheduler's template. */
  readonly weeksToSignature: number;
  readonly leadWeeks: number;
  readonly lawyerWeeks: number;
  readonly basis: EffortBasis;
}

type EffortNeed = Pick<Need, "id" | "estimatedValue" | "contractType" | "securityGraded" | "complexity">;

/** A procedure's template with the need's phase-week overrides applied. */
function template(scheduling: SchedulingConfig, procedure: Procedure, needId: string): PhaseTemplate[] {
  const weeks = ownValue(scheduling.overrides, needId)?.phaseWeeks ?? {};
  return scheduling.phaseTemplates[procedure].map((t) => ({ ...t, weeks: weeks[t.phase] ?? t.weeks }));
}

/** Lead and lawyer person-weeks of a template (Σ weeks × load). */
export function templateWeeks(phases: readonly PhaseTemplate[]): RoleFactors {
  return {
    lead: phases.reduce((s, p) => s + p.weeks * p.leadLoad, 0),
    lawyer: phases.reduce((s, p) => s + p.weeks * p.lawyerLoad, 0),
  };
}

/** Security uplift per role: configured, else security-graded ÷ negotiated template − 1. */
export function securityUplift(scheduling: SchedulingConfig, config: EffortConfig): RoleFactors {
  const graded = templateWeeks(scheduling.phaseTemplates["security-graded"]);
  const negotiated = templateWeeks(scheduling.phaseTemplates.negotiated);
  const ratio = (a: number, b: number) => (b > 0 ? Math.max(0, a / b - 1) : 0);
  return {
    lead: config.securityUplift.lead ?? ratio(graded.lead, negotiated.lead),
    lawyer: config.securityUplift.lawyer ?? ratio(graded.lawyer, negotiated.lawyer),
  };
}

/** Factor of the value band the estimated value falls in. */
export function valueFactor(value: number, bands: readonly ValueBand[]): number {
  let factor = 1;
  for (const b of [...bands].sort((x, y) => x.fromNok - y.fromNok)) if (value >= b.fromNok) factor = b.factor;
  return factor;
}

/** The template the base effort comes from, and whether the security uplift applies. */
function effortTemplate(
  need: EffortNeed,
  config: Pick<PlanConfig, "thresholds" | "planStart">,
  overridden: Procedure | undefined,
): { template: Procedure; uplift: boolean } {
  if (overridden !== undefined)
    return { template: overridden, uplift: need.securityGraded && overridden !== "security-graded" };
  if (!need.securityGraded)
    return { template: defaultProcedure(need, config.thresholds, config.planStart), uplift: false };
  if (regimeFor(need, config.thresholds, config.planStart) === "fosa")
    return { template: "security-graded", uplift: false };
  const ungraded = { ...need, securityGraded: false };
  return { template: defaultProcedure(ungraded, config.thresholds, config.planStart), uplift: true };
}

/** Effort of a need from the scheduler's phase templates and the effort model. */
export function estimateEffort(
  need: EffortNeed,
  config: Pick<PlanConfig, "thresholds" | "planStart">,
  scheduling: SchedulingConfig,
  model: EffortConfig = DEFAULT_EFFORT_CONFIG,
): Effort {
  const overridden = ownValue(scheduling.overrides, need.id)?.procedure;
  const procedure = overridden ?? defaultProcedure(need, config.thresholds, config.planStart);
  const scheduled = template(scheduling, procedure, need.id);
  const toSignature = scheduled.filter((p) => p.phase !== "implementation").reduce((s, p) => s + p.weeks, 0);
  const chosen = effortTemplate(need, config, overridden);
  const base = templateWeeks(template(scheduling, chosen.template, need.id));
  const uplift = chosen.uplift ? securityUplift(scheduling, model) : { lead: 0, lawyer: 0 };
  const complexity = model.complexity[need.complexity];
  const type = model.contractType[need.contractType];
  const size = valueFactor(need.estimatedValue, model.valueBands);
  return {
    procedure,
    weeksToSignature: toSignature,
    leadWeeks: round2(base.lead * complexity * type.lead * size * (1 + uplift.lead)),
    lawyerWeeks: round2(base.lawyer * complexity * type.lawyer * size * (1 + uplift.lawyer)),
    basis: {
      template: chosen.template,
      baseLeadWeeks: round2(base.lead),
      baseLawyerWeeks: round2(base.lawyer),
      complexityFactor: complexity,
      contractTypeFactor: type,
      valueFactor: size,
      securityUplift: { lead: round4(uplift.lead), lawyer: round4(uplift.lawyer) },
    },
  };
}

/** Issues of an effort configuration (factors must be finite and ≥ 0). */
export function effortIssues(model: EffortConfig): { code: string; params: Record<string, string> }[] {
  const bad = (v: unknown) => typeof v !== "number" || !Number.isFinite(v) || v < 0;
  const issues: { code: string; params: Record<string, string> }[] = [];
  const check = (field: string, v: unknown) => {
    if (bad(v)) issues.push({ code: "effort-invalid", params: { field, value: String(v) } });
  };
  for (const [k, v] of Object.entries(model.complexity)) check(`effort.complexity.${k}`, v);
  for (const [k, v] of Object.entries(model.contractType)) {
    check(`effort.contractType.${k}.lead`, v.lead);
    check(`effort.contractType.${k}.lawyer`, v.lawyer);
  }
  model.valueBands.forEach((b, i) => {
    check(`effort.valueBands[${i}].fromNok`, b.fromNok);
    check(`effort.valueBands[${i}].factor`, b.factor);
  });
  if (model.securityUplift.lead !== null) check("effort.securityUplift.lead", model.securityUplift.lead);
  if (model.securityUplift.lawyer !== null)
    check("effort.securityUplift.lawyer", model.securityUplift.lawyer);
  return issues;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
