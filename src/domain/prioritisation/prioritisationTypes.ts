/**
 * Result types of the prioritisation matrix, shared by the engine, plan.json, Excel and Project.
 * The engine may add fields; consumers rely on the ones here.
 */

/** A weighted criterion; weights of a criteria set sum to 100 (percent). */
export interface Criterion {
  readonly id: string;
  readonly nameNb: string;
  readonly nameEn: string;
  /** Weight in percent. */
  readonly weight: number;
}

/** Why a need was forced in or out. */
export type ForceReason = "legal-obligation" | "contract-expiring" | "management-decision";

/** A force-in / force-out decision with its reason. */
export interface ForceDecision {
  readonly needId: string;
  readonly direction: "in" | "out";
  readonly reason: ForceReason;
  readonly comment?: string;
}

/** Why a need ended up in or out of the selection. */
export type SelectionReason = "forced-in" | "selected" | "forced-out" | "budget" | "capacity" | "dependency";

/** One criterion's part of a need's score. */
export interface ScoreContribution {
  readonly criterionId: string;
  /** Score 1–5. */
  readonly score: number;
  /** Weight in percent. */
  readonly weight: number;
  /** weight × score / 100. */
  readonly contribution: number;
  /** True when the score was derived (not given by the submitter). */
  readonly derived: boolean;
}

/** A need's place in the ranking and the selection. */
export interface RankedNeed {
  readonly needId: string;
  /** 1 = best. */
  readonly rank: number;
  /** Σ weight × score / 100, on the 1–5 scale. */
  readonly score: number;
  readonly breakdown: readonly ScoreContribution[];
  readonly selected: boolean;
  readonly reason: SelectionReason;
}

/** How needs are ranked (the selection always maximises the total weighted score). */
export const PRIORITISATION_MODES = ["weighted", "ahp", "wsjf", "value-effort"] as const;
/** weighted = Σ w·s; ahp = weighted with weights from pairwise comparisons; wsjf = score / job size; value-effort = 2×2. */
export type PrioritisationMode = (typeof PRIORITISATION_MODES)[number];

/** Quadrant of the value-vs-effort 2×2. */
export type ValueEffortQuadrant = "quick-win" | "major-project" | "fill-in" | "thankless";

/** A resource limit that can keep a need out: the budget, one category's leads, or the lawyers. */
export type LimitId = "budget" | "lawyers" | `leads:${string}`;
