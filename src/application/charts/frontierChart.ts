/**
 * Chart data of the efficient frontier: the plan's frontier points (budget against best total
 * score), the chosen plan (its cost and total score) as one marked point, and the selection mode
 * that chose it. In `rank` mode the plan follows the ranking and may cost more than the unlimited
 * optimum C* (the last frontier level); the frontier is then extended flat to the plan's cost (a
 * derived point: beyond C* the best total score stays the unlimited optimum's), so one x-axis holds
 * both. `bestAtCost` is the best total score the frontier proves at the plan's cost, read as a step
 * function (the best of the levels ≤ cost, each a selection that fits): a proved lower bound.
 * Pure; the task pane's FrontierChart draws it.
 */
import type { SelectionMode } from "../../domain/prioritisation/selection";
import type { PlanPrioritisation } from "../prioritisationStage";

/** One frontier point on the chart. */
export interface FrontierChartPoint {
  /** Budget level in NOK (x). */
  readonly budget: number;
  /** Best total score at this budget (y). */
  readonly totalScore: number;
  readonly selectedCount: number;
  /** False when the level was not proved optimal (node or time limit, greedy fill). */
  readonly optimal: boolean;
  /** True for the flat extension beyond C* to the chosen plan's cost (not solved: the last level's selection). */
  readonly derived: boolean;
}

/** The chosen plan on the frontier chart. */
export interface ChosenPlanPoint {
  /** Cost of the selected needs in NOK (x). */
  readonly cost: number;
  /** Σ score of the selected needs (y). */
  readonly totalScore: number;
  readonly selectedCount: number;
  /** The budget the selection ran under; null when only capacity limited it. */
  readonly budget: number | null;
}

/** The frontier chart's data. */
export interface FrontierChartData {
  /** The solved levels in budget order, then the derived plateau point when the plan costs more. */
  readonly points: readonly FrontierChartPoint[];
  readonly chosen: ChosenPlanPoint;
  /** How the plan was selected: rank = down the ranking, score = most total score, value = score × value. */
  readonly mode: SelectionMode;
  /** Best total score of the frontier's levels ≤ the plan's cost (a lower bound); null when none is. */
  readonly bestAtCost: number | null;
}

/** The points with a flat point at `cost` added when it lies beyond the last one. */
function withPlateau(points: readonly FrontierChartPoint[], cost: number): readonly FrontierChartPoint[] {
  const last = points[points.length - 1];
  if (!last || cost <= last.budget) return points;
  return [...points, { ...last, budget: cost, derived: true }];
}

/** The best total score of the levels ≤ cost (step function, a lower bound); null when none is. */
function bestAt(points: readonly FrontierChartPoint[], cost: number): number | null {
  let best: number | null = null;
  for (const p of points) if (p.budget <= cost) best = Math.max(best ?? p.totalScore, p.totalScore);
  return best;
}

/** Frontier chart data of a plan's prioritisation; undefined when it has no frontier. */
export function frontierChartData(
  prioritisation: PlanPrioritisation | undefined,
): FrontierChartData | undefined {
  const result = prioritisation?.result;
  if (!result || result.frontier.length === 0) return undefined;
  const { selection } = result;
  const solved = result.frontier.map((p) => ({
    budget: p.budget,
    totalScore: p.totalScore,
    selectedCount: p.selectedCount,
    optimal: p.status === "optimal",
    derived: false,
  }));
  const points = withPlateau(solved, selection.totalCost);
  return {
    points,
    chosen: {
      cost: selection.totalCost,
      totalScore: selection.totalScore,
      selectedCount: selection.selectedCount,
      budget: selection.budget,
    },
    mode: selection.mode,
    bestAtCost: bestAt(points, selection.totalCost),
  };
}
