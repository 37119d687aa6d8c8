/**
 * Weight sensitivity. A need's score is linear in the weights. When criterion k's weight changes
 * by δ percentage points, the other weights are re-normalised proportionally so the total stays
 * 100: w_k' = w_k + δ, w_j' = w_j · (100 − w_k − δ) / (100 − w_k). The score then moves by
 * δ · (s_k − r_k) / 100, where r_k is the need's weighted mean score on the other criteria.
 *
 * Crossing the selection line: the selection is a knapsack, so there is no single score cut-off.
 * A selected need's competitor is the nearest-scoring need left out with a score at or below its
 * own (the first that would overtake it); a left-out need's competitor is the nearest-scoring
 * freely selected need with a score at or above its own. The sensitivity for criterion k is the
 * smallest |δ| (inside 0 ≤ w_k + δ ≤ 100) at which the two scores meet, so they swap order. It
 * does not re-solve the knapsack (the stability check shows the effect of ±Δ pp on the top set).
 * When no such competitor exists the need is `resourceBound`: budget and capacity decide, not
 * the weights (e.g. a high-scoring need too large for the remaining lead weeks).
 */
import type { Criterion } from "./prioritisationTypes";
import { dataRecord, ownValue } from "../model/dataRecord";

/** Criterion id → score of one need. */
export type ScoreVector = Readonly<Record<string, number>>;

/** Weighted score Σ w·s / 100. */
export function weightedScore(scores: ScoreVector, weights: Readonly<Record<string, number>>): number {
  return Object.entries(weights).reduce((s, [id, w]) => s + (w * (ownValue(scores, id) ?? 0)) / 100, 0);
}

/** Weights after changing criterion `k` by `deltaPp` and re-normalising the others proportionally. */
export function shiftWeights(
  weights: Readonly<Record<string, number>>,
  k: string,
  deltaPp: number,
): Record<string, number> {
  const wk = ownValue(weights, k) ?? 0;
  const newWk = Math.min(100, Math.max(0, wk + deltaPp));
  const rest = 100 - wk;
  const out = dataRecord<number>();
  const ids = Object.keys(weights);
  for (const id of ids) {
    if (id === k) out[id] = newWk;
    else
      out[id] =
        rest > 0 ? ((ownValue(weights, id) ?? 0) * (100 - newWk)) / rest : (100 - newWk) / (ids.length - 1);
  }
  return out;
}

/** d score / d δ (per percentage point of criterion k's weight). */
export function scoreSlope(
  scores: ScoreVector,
  weights: Readonly<Record<string, number>>,
  k: string,
): number {
  const wk = ownValue(weights, k) ?? 0;
  const rest = 100 - wk;
  const others = Object.entries(weights).filter(([id]) => id !== k);
  const otherMean =
    rest > 0
      ? others.reduce((s, [id, w]) => s + w * (ownValue(scores, id) ?? 0), 0) / rest
      : others.reduce((s, [id]) => s + (ownValue(scores, id) ?? 0), 0) / Math.max(1, others.length);
  return ((ownValue(scores, k) ?? 0) - otherMean) / 100;
}

/** Signed weight change (pp) at which two needs' scores meet; null when none inside [−w_k, 100 − w_k]. */
export function crossingDelta(
  need: ScoreVector,
  competitor: ScoreVector,
  weights: Readonly<Record<string, number>>,
  k: string,
): number | null {
  const diff = weightedScore(need, weights) - weightedScore(competitor, weights);
  const slope = scoreSlope(need, weights, k) - scoreSlope(competitor, weights, k);
  if (Math.abs(slope) < 1e-12) return null;
  const delta = -diff / slope;
  const wk = ownValue(weights, k) ?? 0;
  if (wk + delta < -1e-9 || wk + delta > 100 + 1e-9) return null;
  return Math.round(delta * 100) / 100;
}

/** Sensitivity of one need. */
export interface NeedSensitivity {
  /** The competitor across the selection line; absent when resource-bound. */
  readonly competitorId?: string;
  /** True when no need across the line can swap with it by score: resources decide, not weights. */
  readonly resourceBound: boolean;
  /** Per criterion: signed pp change that makes the need meet its competitor; null = none possible (empty when resource-bound). */
  readonly perCriterion: readonly { readonly criterionId: string; readonly deltaPp: number | null }[];
  /** The smallest |δ| over the criteria, when any. */
  readonly smallest?: { readonly criterionId: string; readonly deltaPp: number };
}

/** Sensitivity of `need` against `competitor`; `selected` tells which side of the line the need is on. */
export function needSensitivity(
  needScores: ScoreVector,
  competitorId: string,
  competitorScores: ScoreVector,
  criteria: readonly Criterion[],
  selected: boolean,
): NeedSensitivity {
  const weights = dataRecord(criteria.map((c) => [c.id, c.weight]));
  const diff = weightedScore(needScores, weights) - weightedScore(competitorScores, weights);
  const resourceBound = selected ? diff < 0 : diff > 0;
  const perCriterion = criteria.map((c) => ({
    criterionId: c.id,
    deltaPp: resourceBound ? null : crossingDelta(needScores, competitorScores, weights, c.id),
  }));
  let smallest: { criterionId: string; deltaPp: number } | undefined;
  for (const p of perCriterion)
    if (p.deltaPp !== null && (smallest === undefined || Math.abs(p.deltaPp) < Math.abs(smallest.deltaPp)))
      smallest = { criterionId: p.criterionId, deltaPp: p.deltaPp };
  return smallest
    ? { competitorId, resourceBound, perCriterion, smallest }
    : { competitorId, resourceBound, perCriterion };
}

/**
 * The nearest competitor across the line. `ascending` holds the other side sorted by score
 * (ascending). A selected need's competitor is the highest-scoring one with score ≤ `score`; a
 * left-out need's is the lowest-scoring one with score ≥ `score`; undefined when there is none.
 */
export function nearestCompetitor<T extends { readonly score: number }>(
  ascending: readonly T[],
  score: number,
  selected: boolean,
): T | undefined {
  let found: T | undefined;
  let lo = 0;
  let hi = ascending.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = ascending[mid] as T;
    if (selected ? m.score <= score + 1e-9 : m.score >= score - 1e-9) {
      found = m;
      if (selected) lo = mid + 1;
      else hi = mid - 1;
    } else if (selected) hi = mid - 1;
    else lo = mid + 1;
  }
  return found;
}
