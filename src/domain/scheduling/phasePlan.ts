/**
 * Turns a need into its phase plan: the procedure (thresholds or the planner's override), the
 * phase durations from the template (or the planner's override) converted to working or calendar
 * days, and the legal minimum periods applied as hard lower bounds (every lengthening reported).
 */
import type { Need } from "../model/need";
import {
  defaultProcedure,
  regimeFor,
  type Procedure,
  type Regime,
  type ThresholdSet,
} from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";
import {
  PHASE_DURATION_KIND,
  type DurationKind,
  type LegalMinimums,
  type SchedulingConfig,
} from "./schedulingConfig";
import type { PhaseAdjustment, PhaseId } from "./scheduleTypes";
import { ownValue } from "../model/dataRecord";

/** One phase ready for placement. */
export interface PhaseSpec {
  readonly phase: PhaseId;
  readonly kind: DurationKind;
  /** Working days (effort phases) or calendar days (legal periods); always ≥ 1. */
  readonly days: number;
  readonly leadLoad: number;
  readonly lawyerLoad: number;
}

/** A need's procedure and phases. */
export interface NeedPhasePlan {
  readonly procedure: Procedure;
  readonly regime: Regime;
  /** Phases with a duration, in order, legal minimums applied. */
  readonly phases: readonly PhaseSpec[];
  /** Phases the legal minimums lengthened. */
  readonly adjustments: readonly PhaseAdjustment[];
  /** The phases as requested, before legal minimums (used to explain lateness). */
  readonly requested: readonly PhaseSpec[];
}

/** Days a phase lasts for `weeks` weeks: 5 working days or 7 calendar days a week, rounded up. */
export function weeksToDays(weeks: number, kind: DurationKind): number {
  return Math.ceil(weeks * (kind === "working-days" ? 5 : 7) - 1e-9);
}

/**
 * The legal minimum of a phase in calendar days (0 when none applies).
 * Tender period: above the EEA/FOSA threshold (regime part-III or fosa) — open 30 days,
 * negotiated and security graded 30 (requests) + 25 (tenders). Standstill: 10 days for every
 * procedure with an award notice (all but direct award and mini-competition), from part II up.
 */
export function legalMinimumDays(
  phase: PhaseId,
  procedure: Procedure,
  regime: Regime,
  minimums: LegalMinimums,
): number {
  if (phase === "tender-period" && (regime === "part-III" || regime === "fosa")) {
    if (procedure === "open") return minimums.openTenderDays;
    if (procedure === "negotiated" || procedure === "security-graded") {
      return minimums.requestDays + minimums.restrictedTenderDays;
    }
  }
  if (phase === "award-standstill" && regime !== "outside-act" && regime !== "part-I") {
    if (procedure !== "direct" && procedure !== "mini-competition") return minimums.standstillDays;
  }
  return 0;
}

/** The phase plan of `need`, with procedures and thresholds as on `date` (the plan start). */
export function planPhases(
  need: Need,
  config: SchedulingConfig,
  thresholds: readonly ThresholdSet[],
  date: IsoDate,
): NeedPhasePlan {
  const override = ownValue(config.overrides, need.id);
  const regime = regimeFor(need, thresholds, date);
  const procedure = override?.procedure ?? defaultProcedure(need, thresholds, date);
  const phases: PhaseSpec[] = [];
  const requested: PhaseSpec[] = [];
  const adjustments: PhaseAdjustment[] = [];
  for (const t of config.phaseTemplates[procedure]) {
    const kind = PHASE_DURATION_KIND[t.phase];
    const weeks = override?.phaseWeeks?.[t.phase] ?? t.weeks;
    const wanted = weeksToDays(weeks, kind);
    const minimum = legalMinimumDays(t.phase, procedure, regime, config.legalMinimums);
    const days = Math.max(wanted, minimum);
    if (wanted > 0)
      requested.push({ phase: t.phase, kind, days: wanted, leadLoad: t.leadLoad, lawyerLoad: t.lawyerLoad });
    if (days > wanted) {
      adjustments.push({ phase: t.phase, requestedDays: wanted, appliedDays: days, reason: "legal-minimum" });
    }
    if (days > 0) phases.push({ phase: t.phase, kind, days, leadLoad: t.leadLoad, lawyerLoad: t.lawyerLoad });
  }
  if (phases.length === 0)
    throw new RangeError(`Need ${need.id}: procedure ${procedure} has no phase with a duration`);
  return { procedure, regime, phases, adjustments, requested };
}
