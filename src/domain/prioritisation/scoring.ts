/**
 * Criterion scores of a need and its weighted score. Scores the submitter left empty are derived
 * where the data allow it (and marked derived): time criticality from the deadline (needed-by date
 * and the KAV contract's expiry with every option used) against the time the procedure takes, and
 * reach from the number of units that share the need. A score that is still missing, or that is
 * not an integer 1–5, is an error for that need — never a silent zero.
 */
import { finalExpiry, type KavContract } from "../model/contract";
import type { Need } from "../model/need";
import { daysBetween, minDate, type IsoDate } from "../time/isoDate";
import { SCORE_MAX, SCORE_MIN } from "./defaultCriteria";
import type { Criterion, ScoreContribution } from "./prioritisationTypes";
import { ownValue } from "../model/dataRecord";

/** Criterion id whose missing score is derived from dates. */
export const TIME_CRITICALITY = "timeCriticality";
/** Criterion id whose missing score is derived from the units sharing the need. */
export const REACH = "reach";

/** A per-need scoring problem. */
export interface NeedScoreError {
  readonly needId: string;
  readonly criterionId: string;
  readonly code: "score-missing" | "score-invalid";
  readonly params: Readonly<Record<string, string | number>>;
}

/** The scores of a need, given and derived, and its weighted score. */
export interface ScoredNeed {
  readonly needId: string;
  /** Σ weight × score / 100, on the 1–5 scale. */
  readonly score: number;
  readonly breakdown: readonly ScoreContribution[];
  /** The date the contract must be in place by (needed-by or contract expiry), when known. */
  readonly deadline?: IsoDate;
}

/** What derivation needs besides the need. */
export interface ScoringContext {
  readonly planStart: IsoDate;
  readonly contractsById: ReadonlyMap<string, KavContract>;
  /** Weeks from start to contract signature for the need's procedure. */
  readonly weeksToSignature: (need: Need) => number;
}

/** The need's deadline: the earlier of needed-by and the renewed contract's final expiry. */
export function needDeadline(
  need: Need,
  contractsById: ReadonlyMap<string, KavContract>,
): IsoDate | undefined {
  const contract =
    need.existingContractId !== undefined ? contractsById.get(need.existingContractId) : undefined;
  const expiry = contract ? finalExpiry(contract) : undefined;
  if (need.neededBy !== undefined && expiry !== undefined) return minDate(need.neededBy, expiry);
  return need.neededBy ?? expiry;
}

/** Time criticality 1–5 from the slack (weeks) between the deadline and the earliest signature. */
export function timeCriticalityFromSlack(slackWeeks: number): number {
  if (slackWeeks < 0) return 5;
  if (slackWeeks < 13) return 4;
  if (slackWeeks < 26) return 3;
  if (slackWeeks < 52) return 2;
  return 1;
}

/** Reach 1–5 from the number of units sharing the need (1 → 1, 2 → 2, 3–4 → 3, 5–9 → 4, ≥ 10 → 5). */
export function reachFromUnits(units: number): number {
  if (units >= 10) return 5;
  if (units >= 5) return 4;
  if (units >= 3) return 3;
  return units >= 2 ? 2 : 1;
}

function deriveScore(
  need: Need,
  criterionId: string,
  ctx: ScoringContext,
  deadline: IsoDate | undefined,
): number | undefined {
  if (criterionId === REACH) {
    const units = new Set([need.unit, ...need.joint.sharedWithUnits]).size;
    return reachFromUnits(units);
  }
  if (criterionId === TIME_CRITICALITY && deadline !== undefined) {
    const slackWeeks = daysBetween(ctx.planStart, deadline) / 7 - ctx.weeksToSignature(need);
    return timeCriticalityFromSlack(slackWeeks);
  }
  return undefined;
}

/** Scores one need under the criteria; returns the scored need or every error found. */
export function scoreNeed(
  need: Need,
  criteria: readonly Criterion[],
  ctx: ScoringContext,
): { readonly scored?: ScoredNeed; readonly errors: readonly NeedScoreError[] } {
  const errors: NeedScoreError[] = [];
  const breakdown: ScoreContribution[] = [];
  const deadline = needDeadline(need, ctx.contractsById);
  for (const c of criteria) {
    const given = ownValue(need.scores, c.id);
    let score = given;
    let derived = false;
    if (given === undefined) {
      score = deriveScore(need, c.id, ctx, deadline);
      derived = score !== undefined;
    }
    if (score === undefined) {
      errors.push({
        needId: need.id,
        criterionId: c.id,
        code: "score-missing",
        params: { need: need.id, criterion: c.id },
      });
      continue;
    }
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      errors.push({
        needId: need.id,
        criterionId: c.id,
        code: "score-invalid",
        params: { need: need.id, criterion: c.id, value: String(score), min: SCORE_MIN, max: SCORE_MAX },
      });
      continue;
    }
    breakdown.push({
      criterionId: c.id,
      score,
      weight: c.weight,
      contribution: (c.weight * score) / 100,
      derived,
    });
  }
  if (errors.length > 0) return { errors };
  const score = breakdown.reduce((s, b) => s + b.weight * b.score, 0) / 100;
  const scored: ScoredNeed =
    deadline !== undefined
      ? { needId: need.id, score, breakdown, deadline }
      : { needId: need.id, score, breakdown };
  return { scored, errors };
}
