/**
 * Stability of the top N: for every criterion and for −Δ and +Δ percentage points (others
 * re-normalised proportionally, see sensitivity.ts), the needs are re-ranked and the new top N is
 * compared with the current one. Reports which needs leave and enter, and the smallest overlap.
 */
import type { Criterion } from "./prioritisationTypes";
import { rankOrder, type RankKey } from "./ranking";
import { shiftWeights, weightedScore, type ScoreVector } from "./sensitivity";
import { dataRecord } from "../model/dataRecord";

/** One perturbation of the stability check. */
export interface StabilityPerturbation {
  readonly criterionId: string;
  /** The change actually applied (clipped so the weight stays in 0–100). */
  readonly deltaPp: number;
  /** Needs that leave the top N. */
  readonly left: readonly string[];
  /** Needs that enter it. */
  readonly entered: readonly string[];
  /** |top N ∩ new top N| / N. */
  readonly overlap: number;
}

/** The stability report. */
export interface StabilityReport {
  readonly topN: number;
  readonly deltaPp: number;
  readonly top: readonly string[];
  readonly perturbations: readonly StabilityPerturbation[];
  /** Smallest overlap over all perturbations (1 = the set never changes). */
  readonly minOverlap: number;
}

/** An item to re-rank: its scores and how its rank value follows from a score. */
export interface StabilityItem extends RankKey {
  readonly scores: ScoreVector;
  readonly rankValueOf: (score: number) => number;
}

/** Stability of the top `topN` of `items` under ±`deltaPp` on each criterion's weight. */
export function topStability(
  items: readonly StabilityItem[],
  criteria: readonly Criterion[],
  topN: number,
  deltaPp: number,
): StabilityReport {
  const n = Math.min(topN, items.length);
  const top = rankOrder(items)
    .slice(0, n)
    .map((i) => i.needId);
  const topSet = new Set(top);
  const weights = dataRecord(criteria.map((c) => [c.id, c.weight]));
  const perturbations: StabilityPerturbation[] = [];
  for (const c of criteria) {
    for (const sign of [-1, 1]) {
      const applied = Math.max(-c.weight, Math.min(100 - c.weight, sign * deltaPp));
      if (applied === 0) continue;
      const shifted = shiftWeights(weights, c.id, applied);
      const reranked = rankOrder(
        items.map((i) => {
          const score = weightedScore(i.scores, shifted);
          const key: RankKey = { needId: i.needId, score, rankValue: i.rankValueOf(score) };
          return i.deadline !== undefined ? { ...key, deadline: i.deadline } : key;
        }),
      )
        .slice(0, n)
        .map((i) => i.needId);
      const newSet = new Set(reranked);
      const left = top.filter((id) => !newSet.has(id));
      const entered = reranked.filter((id) => !topSet.has(id));
      perturbations.push({
        criterionId: c.id,
        deltaPp: Math.round(applied * 100) / 100,
        left,
        entered,
        overlap: n === 0 ? 1 : (n - left.length) / n,
      });
    }
  }
  return {
    topN: n,
    deltaPp,
    top,
    perturbations,
    minOverlap: perturbations.reduce((m, p) => Math.min(m, p.overlap), 1),
  };
}
