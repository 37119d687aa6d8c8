/**
 * Effort of a need in person-weeks of procurement-lead and lawyer work, for the capacity limits of
 * the selection. Small and replaceable on purpose: procedure (defaultProcedure at plan start) →
 * phase weeks (docs/domain table) × load: the lead carries `leadLoad` (default 40 %) of a week in
 * every phase, the lawyer `lawyerLoad` (default 20 %) in tender documents and award + standstill.
 * The whole effort counts in the plan year. The scheduler's phase templates may replace the table.
 */
import type { Need } from "../model/need";
import type { PlanConfig } from "../model/planInput";
import { defaultProcedure, type Procedure } from "../rules/thresholds";
import type { PhaseId } from "../scheduling/scheduleTypes";

/** Phase durations in weeks per procedure (docs: procurement-planning.md, "Default phase durations"). */
export const EFFORT_PHASE_WEEKS: Readonly<Record<Procedure, Readonly<Record<PhaseId, number>>>> = {
  direct: phases(2, 0, 1, 2, 1, 0.5, 0.5, 2),
  "mini-competition": phases(2, 0, 1, 2, 1, 1.5, 0.5, 2),
  "part-II": phases(4, 2, 3, 4, 3, 2, 1, 4),
  open: phases(6, 4, 6, 6, 4, 2, 2, 8),
  negotiated: phases(8, 6, 8, 9, 10, 2, 2, 12),
  "security-graded": phases(16, 6, 8, 9, 10, 2, 4, 12),
};

/** Phases in which a lawyer is loaded. */
export const LAWYER_PHASES: readonly PhaseId[] = ["tender-documents", "award-standstill"];

function phases(...weeks: number[]): Record<PhaseId, number> {
  const [
    preparation,
    marketDialogue,
    tenderDocuments,
    tenderPeriod,
    evaluation,
    award,
    signature,
    implementation,
  ] = weeks as [number, number, number, number, number, number, number, number];
  return {
    preparation,
    "market-dialogue": marketDialogue,
    "tender-documents": tenderDocuments,
    "tender-period": tenderPeriod,
    evaluation,
    "award-standstill": award,
    signature,
    implementation,
  };
}

/** Loads used by estimateEffort. */
export interface EffortLoads {
  readonly leadLoad: number;
  readonly lawyerLoad: number;
}

/** Person-weeks a need takes in the plan year. */
export interface Effort {
  readonly procedure: Procedure;
  /** Calendar weeks from preparation to contract signature (implementation excluded). */
  readonly weeksToSignature: number;
  readonly leadWeeks: number;
  readonly lawyerWeeks: number;
}

/** Effort of a need: its default procedure (at plan start) and the phase table with the loads. */
export function estimateEffort(
  need: Pick<Need, "estimatedValue" | "contractType" | "securityGraded">,
  config: Pick<PlanConfig, "thresholds" | "planStart">,
  loads: EffortLoads = { leadLoad: 0.4, lawyerLoad: 0.2 },
): Effort {
  const procedure = defaultProcedure(need, config.thresholds, config.planStart);
  const table = EFFORT_PHASE_WEEKS[procedure];
  const total = Object.values(table).reduce((s, w) => s + w, 0);
  const lawyerPhaseWeeks = LAWYER_PHASES.reduce((s, p) => s + table[p], 0);
  return {
    procedure,
    weeksToSignature: total - table.implementation,
    leadWeeks: round2(total * loads.leadLoad),
    lawyerWeeks: round2(lawyerPhaseWeeks * loads.lawyerLoad),
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
