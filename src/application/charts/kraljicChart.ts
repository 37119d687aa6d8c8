/**
 * Chart data of the Kraljic matrix: the plan's Kraljic points (one per category or subcategory)
 * grouped by quadrant, named from the plan's category list, with the two lines that split the
 * quadrants (supply-risk midpoint, median profit impact); optionally one category's points only.
 * Pure; KraljicChart draws it.
 */
import type { MainCategory } from "../../domain/model/organisation";
import {
  KRALJIC_RISK_MIDPOINT,
  type KraljicPoint,
  type KraljicQuadrant,
} from "../../domain/prioritisation/kraljic";
import { median } from "../../domain/prioritisation/ranking";
import type { PlanPrioritisation } from "../prioritisationStage";

/** The quadrants in the order the chart's legend shows them. */
export const KRALJIC_QUADRANTS: readonly KraljicQuadrant[] = [
  "strategic",
  "bottleneck",
  "leverage",
  "non-critical",
];

/** One category on the chart. */
export interface KraljicChartPoint {
  /** Category name, with the subcategory's name after a slash when the point is a subcategory. */
  readonly label: string;
  readonly needCount: number;
  /** Mean supply-risk score 1–5 (y). */
  readonly supplyRisk: number;
  /** Total estimated value in NOK (x). */
  readonly profitImpact: number;
}

/** The Kraljic chart's data. */
export interface KraljicChartData {
  /** Every quadrant, in KRALJIC_QUADRANTS order, with its points (possibly none). */
  readonly quadrants: readonly {
    readonly quadrant: KraljicQuadrant;
    readonly points: readonly KraljicChartPoint[];
  }[];
  /** Supply risk at or above this is high. */
  readonly riskMidpoint: number;
  /** Profit impact at or above this is high (median over the points). */
  readonly impactMedian: number;
}

function labelOf(point: KraljicPoint, categories: readonly MainCategory[]): string {
  const main = categories.find((c) => c.id === point.category);
  const name = main?.name ?? point.category;
  if (point.subcategory === undefined) return name;
  const sub = main?.subcategories.find((s) => s.id === point.subcategory);
  return `${name} / ${sub?.name ?? point.subcategory}`;
}

/**
 * Kraljic chart data of a plan; undefined when the plan (or the category) has no Kraljic points.
 * With `categoryId`, only that category's points (it and its subcategories) are shown; the
 * quadrant lines stay the whole plan's, so each point keeps the quadrant the plan gives it.
 */
export function kraljicChartData(
  prioritisation: PlanPrioritisation | undefined,
  categories: readonly MainCategory[],
  categoryId?: string,
): KraljicChartData | undefined {
  const points = prioritisation?.result?.kraljic ?? [];
  const shown = categoryId === undefined ? points : points.filter((p) => p.category === categoryId);
  if (shown.length === 0) return undefined;
  return {
    quadrants: KRALJIC_QUADRANTS.map((quadrant) => ({
      quadrant,
      points: shown
        .filter((p) => p.quadrant === quadrant)
        .map((p) => ({
          label: labelOf(p, categories),
          needCount: p.needCount,
          supplyRisk: p.supplyRisk,
          profitImpact: p.profitImpact,
        })),
    })),
    riskMidpoint: KRALJIC_RISK_MIDPOINT,
    // The whole plan's median: the line that decided each point's quadrant.
    impactMedian: median(points.map((p) => p.profitImpact)),
  };
}
