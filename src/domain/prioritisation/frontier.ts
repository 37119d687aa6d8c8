/**
 * Efficient frontier: the best total score for each budget level, capacity limits and forced
 * decisions kept. One solve without a budget gives the largest useful budget C* (the cost of that
 * optimum); the levels split [cost of forced-in needs, C*] into `levels` equal steps (levels + 1
 * points; the last one is the unlimited optimum). The frontier is for a chart: each level runs
 * with the settings given (the stage passes a short per-level time limit, default 1 s), and each
 * point carries its status and gap, so a level that was not proved optimal is visible as such.
 */
import type { MilpSolver } from "./milpSolver";
import {
  selectNeeds,
  type SelectionCandidate,
  type SelectionLimits,
  type SelectionStatus,
  type SolveSettings,
} from "./selection";

/** One point of the frontier. */
export interface FrontierPoint {
  /** Budget level in NOK. */
  readonly budget: number;
  /** Best total score (1–5 scale summed) at this budget. */
  readonly totalScore: number;
  /** Cost of that selection (≤ budget unless forced-in needs alone exceed it). */
  readonly cost: number;
  readonly selectedCount: number;
  readonly status: SelectionStatus;
  readonly gap: number | null;
}

/** The frontier over `levels` budget steps. */
export function efficientFrontier(
  candidates: readonly SelectionCandidate[],
  limits: SelectionLimits,
  solver: MilpSolver,
  settings: SolveSettings,
  levels: number,
): FrontierPoint[] {
  const point = (budget: number, r: ReturnType<typeof selectNeeds>): FrontierPoint => ({
    budget,
    totalScore: r.points / 100,
    cost: r.totalCost,
    selectedCount: [...r.decisions.values()].filter((d) => d.selected).length,
    status: r.status,
    gap: r.gap,
  });
  const unlimited = selectNeeds(candidates, { ...limits, budget: null }, solver, settings);
  const forcedCost = candidates
    .filter((c) => unlimited.decisions.get(c.id)?.reason === "forced-in")
    .reduce((s, c) => s + c.cost, 0);
  const top = unlimited.totalCost;
  const steps = Math.max(1, Math.floor(levels));
  const points: FrontierPoint[] = [];
  for (let l = 0; l < steps; l += 1) {
    const budget = Math.round(forcedCost + ((top - forcedCost) * l) / steps);
    points.push(point(budget, selectNeeds(candidates, { ...limits, budget }, solver, settings)));
  }
  points.push(point(top, unlimited));
  return points;
}
