/**
 * Chart data of the efficient frontier: the plan's frontier points (budget against best total
 * score) as they are, and the chosen plan (its cost and total score) as one marked point. Pure;
 * the task pane's FrontierChart draws it.
 */
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
  readonly points: readonly FrontierChartPoint[];
  readonly chosen: ChosenPlanPoint;
}

/** Frontier chart data of a plan's prioritisation; undefined when it has no frontier. */
export function frontierChartData(
  prioritisation: PlanPrioritisation | undefined,
): FrontierChartData | undefined {
  const result = prioritisation?.result;
  if (!result || result.frontier.length === 0) return undefined;
  const { selection } = result;
  return {
    points: result.frontier.map((p) => ({
      budget: p.budget,
      totalScore: p.totalScore,
      selectedCount: p.selectedCount,
      optimal: p.status === "optimal",
    })),
    chosen: {
      cost: selection.totalCost,
      totalScore: selection.totalScore,
      selectedCount: selection.selectedCount,
      budget: selection.budget,
    },
  };
}
