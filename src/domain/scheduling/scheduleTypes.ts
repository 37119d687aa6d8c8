/**
 * Result types of the capacity-levelled scheduler, shared by the engine, plan.json, Excel and Project.
 * The engine may add fields; consumers rely on the ones here.
 */
import type { Procedure } from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";
import type { PersonRole } from "../model/people";
import type { CalendarHoliday } from "../calendar/workCalendar";

/** The phases of a procurement, in order. */
export const PHASES = [
  "preparation",
  "market-dialogue",
  "tender-documents",
  "tender-period",
  "evaluation",
  "award-standstill",
  "signature",
  "implementation",
] as const;
/** A procurement phase. */
export type PhaseId = (typeof PHASES)[number];

/** One phase of a scheduled need (start and finish inclusive). */
export interface ScheduledPhase {
  readonly phase: PhaseId;
  readonly start: IsoDate;
  readonly finish: IsoDate;
  /** Working days inside [start, finish]. */
  readonly workingDays: number;
  /** Share of a full-time week the lead spends on the need in this phase (0–1). */
  readonly leadLoad: number;
  /** Share of a full-time week the lawyer spends on it in this phase (0 when none). */
  readonly lawyerLoad: number;
}

/** A need placed in time with its people. */
export interface ScheduledNeed {
  readonly needId: string;
  readonly procedure: Procedure;
  readonly leadId: string;
  /** The lawyer, when any phase loads one. */
  readonly lawyerId?: string;
  /** Phases with zero duration are left out. */
  readonly phases: readonly ScheduledPhase[];
  readonly start: IsoDate;
  /** Contract signed (end of the signature phase). */
  readonly contractSigned: IsoDate;
  readonly finish: IsoDate;
  /** The date the contract must be signed by, when there is one. */
  readonly deadline?: IsoDate;
  /** Calendar days the signature falls after the deadline; 0 when on time. */
  readonly daysLate: number;
  /** For late needs: the constraint that delayed it (code), e.g. `lead-capacity`, `dependency`. */
  readonly delayedBy?: string;
  /** Where the deadline comes from (set by the engine whenever `deadline` is). */
  readonly deadlineSource?: DeadlineSource;
  /** Priority used for ordering and weighted tardiness (higher = more important; set by the engine). */
  readonly priority?: number;
  /** Phases the legal minimums lengthened (set by the engine; empty when none). */
  readonly adjustments?: readonly PhaseAdjustment[];
  /** True when work had started at the re-planning date and its people and past dates were kept. */
  readonly frozen?: boolean;
}

/**
 * A need whose every phase is done (rolling plan): it keeps its actual dates, is not scheduled,
 * books nobody and is never late in the new plan.
 */
export interface CompletedNeed {
  readonly needId: string;
  readonly procedure: Procedure;
  readonly leadId: string;
  readonly lawyerId?: string;
  /** The phases as they happened (actual start and finish). */
  readonly phases: readonly ScheduledPhase[];
  readonly start: IsoDate;
  /** Actual finish of the signature phase (the last phase up to it when the procedure has none). */
  readonly contractSigned: IsoDate;
  /** Actual finish of the last phase. */
  readonly finish: IsoDate;
}

/**
 * What a rolling re-plan needs of the previous plan: per need its people and its phases' dates
 * (a ScheduledNeed has all of it; a plan read back from Project XML has only this).
 */
export interface PreviousNeed {
  readonly needId: string;
  readonly leadId: string;
  readonly lawyerId?: string;
  readonly phases: readonly Pick<ScheduledPhase, "phase" | "start" | "finish" | "workingDays">[];
  readonly start: IsoDate;
  readonly contractSigned: IsoDate;
  readonly finish: IsoDate;
  readonly daysLate: number;
}

/** Why a need's deadline is what it is. */
export type DeadlineSource = "contract-expiry" | "needed-by" | "fast-track-sla";

/** The constraint that made a late need late (DELAY_REASONS explains each in the catalogue). */
export const DELAY_REASONS = [
  "plan-start",
  "legal-minimum",
  "dependency",
  "lead-capacity",
  "lawyer-capacity",
] as const;
/** A delay reason code. */
export type DelayReason = (typeof DELAY_REASONS)[number];

/** A phase lengthened to its legal minimum. */
export interface PhaseAdjustment {
  readonly phase: PhaseId;
  /** Days the template or the planner asked for. */
  readonly requestedDays: number;
  /** Days applied (the legal minimum, calendar days). */
  readonly appliedDays: number;
  readonly reason: "legal-minimum";
}

/** Why a need could not be placed at all. */
export type UnscheduledReason = "no-lead" | "no-lawyer" | "horizon" | "dependency-unscheduled";

/** A need the scheduler could not place. */
export interface UnscheduledNeed {
  readonly needId: string;
  readonly reason: UnscheduledReason;
  /** Details for the message: the category, the dependency, the horizon end. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** Something the scheduler noticed and worked around (never silently). */
export interface ScheduleWarning {
  readonly needId: string;
  readonly code: "unknown-dependency" | "unknown-contract" | "legal-minimum-applied";
  readonly params: Readonly<Record<string, string | number>>;
}

/** Weekly load and capacity of one person, in full-time weeks (1 = one person for a whole week). */
export interface PersonUtilisation {
  readonly personId: string;
  readonly role: PersonRole;
  readonly category?: string;
  /** Per week, aligned with ScheduleUtilisation.weekStarts. */
  readonly load: readonly number[];
  readonly capacity: readonly number[];
}

/** Weekly load and capacity summed over a role. */
export interface RoleUtilisation {
  readonly role: PersonRole;
  readonly load: readonly number[];
  readonly capacity: readonly number[];
  /** Highest load / capacity of any person of the role in any week (absent in older plans). */
  readonly peakUtilisation?: number;
}

/** How much utilisation a schedule reports: per role (default) or also per person. */
export type UtilisationDetail = "role" | "person";

/** Utilisation per week from the plan start to the last finish. */
export interface ScheduleUtilisation {
  /** Monday of each week. */
  readonly weekStarts: readonly IsoDate[];
  /** ISO week labels (`2027-W03`), aligned with weekStarts. */
  readonly weekLabels: readonly string[];
  /** "role": `people` is empty (plan.json stays small); "person": one row per person. Absent in older plans (per person). */
  readonly detail?: UtilisationDetail;
  readonly people: readonly PersonUtilisation[];
  readonly roles: readonly RoleUtilisation[];
  /** Highest load / capacity of any person in any week (≤ 1 by construction). */
  readonly peakUtilisation: number;
}

/** Figures that judge a schedule. */
export interface ScheduleMetrics {
  readonly scheduledCount: number;
  /** Needs completed before the re-planning date (rolling plan; 0 otherwise; absent in older plans). */
  readonly completedCount?: number;
  readonly unscheduledCount: number;
  /** Needs signed after their deadline. */
  readonly lateCount: number;
  /** Sum of days late. */
  readonly totalDaysLate: number;
  readonly maxDaysLate: number;
  /** Σ priority × days late. */
  readonly weightedTardiness: number;
  /** Calendar days from the plan start to the last finish (inclusive). */
  readonly makespanDays: number;
  /** The last finish of any need (the plan start when nothing is scheduled). */
  readonly makespanEnd: IsoDate;
  /** Late needs per delay reason. */
  readonly lateByReason: Readonly<Partial<Record<DelayReason, number>>>;
  readonly utilisation: ScheduleUtilisation;
}

/** Everything the scheduler returns. */
export interface ScheduleResult {
  readonly planStart: IsoDate;
  readonly scheduled: readonly ScheduledNeed[];
  /** Rolling plan: needs done in every phase, with their actual dates (empty otherwise). */
  readonly completed: readonly CompletedNeed[];
  readonly unscheduled: readonly UnscheduledNeed[];
  readonly warnings: readonly ScheduleWarning[];
  readonly metrics: ScheduleMetrics;
  /** Weekdays that were not working days between the plan start and the last finish (for Project XML). */
  readonly holidays: readonly CalendarHoliday[];
}

/** A phase that is finished, with its actual dates. */
export interface ActualPhase {
  readonly phase: PhaseId;
  readonly start: IsoDate;
  readonly finish: IsoDate;
}

/** Actual progress of a need whose work has started (input of a rolling re-plan). */
export interface NeedProgress {
  readonly needId: string;
  /** The lead carrying the need; kept when re-planning. */
  readonly leadId: string;
  /** The lawyer, when one was assigned; kept when re-planning. */
  readonly lawyerId?: string;
  /** Finished phases with actual dates, in phase order. */
  readonly finished: readonly ActualPhase[];
  /** The phase under way on the re-planning date, if any. */
  readonly current?: {
    readonly phase: PhaseId;
    readonly start: IsoDate;
    /** Share of the phase done, 0–1 (effort phases; a legal period runs to its end regardless). */
    readonly percentComplete: number;
  };
}
