/**
 * Ranking order and its deterministic tie rule, and the mode-specific rank value.
 *
 * Tie rule (documented in docs/prioritisation.md): higher rank value first; then higher weighted
 * score; then the earlier deadline (needs without one come after those with one); then the need id
 * in plain code-unit order (locale-free, so every machine gives the same order).
 */
import type { IsoDate } from "../time/isoDate";
import type { PrioritisationMode, ValueEffortQuadrant } from "./prioritisationTypes";

/** Values the ranking compares. */
export interface RankKey {
  readonly needId: string;
  readonly rankValue: number;
  readonly score: number;
  readonly deadline?: IsoDate;
}

const EPS = 1e-9;

/** Comparator implementing the tie rule (negative when `a` ranks before `b`). */
export function compareRank(a: RankKey, b: RankKey): number {
  if (Math.abs(a.rankValue - b.rankValue) > EPS) return b.rankValue - a.rankValue;
  if (Math.abs(a.score - b.score) > EPS) return b.score - a.score;
  if (a.deadline !== b.deadline) {
    if (a.deadline === undefined) return 1;
    if (b.deadline === undefined) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  return a.needId < b.needId ? -1 : a.needId > b.needId ? 1 : 0;
}

/** Keys sorted best first. */
export function rankOrder<T extends RankKey>(keys: readonly T[]): T[] {
  return [...keys].sort(compareRank);
}

/** Order of the value-vs-effort quadrants in the ranking. */
export const QUADRANT_ORDER: readonly ValueEffortQuadrant[] = [
  "quick-win",
  "major-project",
  "fill-in",
  "thankless",
];

/** Value-vs-effort quadrant: high value = score ≥ 3 (scale midpoint); high effort = lead weeks above the median. */
export function quadrantOf(score: number, leadWeeks: number, medianLeadWeeks: number): ValueEffortQuadrant {
  const highValue = score >= 3 - EPS;
  const highEffort = leadWeeks > medianLeadWeeks;
  if (highValue) return highEffort ? "major-project" : "quick-win";
  return highEffort ? "thankless" : "fill-in";
}

/** Median of a list (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * The rank value of a need under a mode: the score (weighted, ahp); WSJF = score (cost of delay)
 * / lead person-weeks (job size); value-effort = quadrant band (quick wins first) × 10 + score.
 */
export function rankValueFor(
  mode: PrioritisationMode,
  score: number,
  leadWeeks: number,
  medianLeadWeeks: number,
): number {
  switch (mode) {
    case "weighted":
    case "ahp":
      return score;
    case "wsjf":
      return score / Math.max(leadWeeks, 0.01);
    case "value-effort":
      return (
        (QUADRANT_ORDER.length - QUADRANT_ORDER.indexOf(quadrantOf(score, leadWeeks, medianLeadWeeks))) * 10 +
        score
      );
  }
}
