/**
 * Result types of the capacity-levelled scheduler, shared by the engine, plan.json, Excel and Project.
 * The engine may add fields; consumers rely on the ones here.
 */
import type { Procedure } from "../rules/thresholds";
import type { IsoDate } from "../time/isoDate";

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
}
