/**
 * The difference between two plan versions as data (src/application/planYear/versionDiff.ts
 * computes it): what the CLI prints, the "Endringer" sheet shows and the pane lists.
 */
import type { SelectionReason } from "../prioritisation/prioritisationTypes";
import type { PlanPart } from "./planYearTypes";
import type { IsoDate } from "../time/isoDate";

/** A need as the diff names it. */
export interface DiffNeed {
  readonly needId: string;
  /** Title, hidden (`[SKJERMET] <id>`) for security-graded needs; empty for needs rejected at intake. */
  readonly title: string;
  /** The plan part of its area; null for a need rejected at intake. */
  readonly part: PlanPart | null;
}

/** A value before and after. */
export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

/** A need whose rank or planned dates changed (only the changed ones are present). */
export interface MovedNeed extends DiffNeed {
  readonly rank?: Change<number | null>;
  readonly start?: Change<IsoDate | null>;
  readonly finish?: Change<IsoDate | null>;
}

/** A need late in the new version that was on time (or absent) in the old one. */
export interface NewlyLateNeed extends DiffNeed {
  readonly daysLate: number;
  readonly deadline?: IsoDate;
}

/** The decision on a need and why. */
export interface DecisionState {
  readonly decision: "include" | "defer" | null;
  readonly reason: SelectionReason | null;
}

/** A need whose decision (in/out) or reason changed. */
export interface DecisionChange extends DiffNeed, Change<DecisionState> {}

/** Counts of a diff; `unchanged` = needs in both versions with none of the changes. */
export interface VersionDiffCounts {
  readonly added: number;
  readonly dropped: number;
  readonly moved: number;
  readonly newlyLate: number;
  readonly decisionChanged: number;
  readonly unchanged: number;
}

/** The difference from one version to another (the pane's data). */
export interface VersionDiff {
  readonly from: string;
  readonly to: string;
  readonly added: readonly DiffNeed[];
  readonly dropped: readonly DiffNeed[];
  readonly moved: readonly MovedNeed[];
  readonly newlyLate: readonly NewlyLateNeed[];
  readonly decisionChanged: readonly DecisionChange[];
  readonly counts: VersionDiffCounts;
}
