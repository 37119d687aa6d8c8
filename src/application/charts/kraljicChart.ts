/**
 * Chart data of the Kraljic matrix: the plan's Kraljic points (one per category or subcategory)
 * grouped by quadrant, named from the plan's category list, with the two lines that split the
 * quadrants (supply-risk midpoint, median profit impact). Pure; KraljicChart draws it.
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

/** Kraljic chart data of a plan; undefined when the plan has no Kraljic points. */
export function kraljicChartData(
  prioritisation: PlanPrioritisation | undefined,
  categories: readonly MainCategory[],
): KraljicChartData | undefined {
  const points = prioritisation?.result?.kraljic ?? [];
  if (points.length === 0) return undefined;
  return {
    quadrants: KRALJIC_QUADRANTS.map((quadrant) => ({
      quadrant,
      points: points
        .filter((p) => p.quadrant === quadrant)
        .map((p) => ({
          label: labelOf(p, categories),
          needCount: p.needCount,
          supplyRisk: p.supplyRisk,
          profitImpact: p.profitImpact,
        })),
    })),
    riskMidpoint: KRALJIC_RISK_MIDPOINT,
    impactMedian: median(points.map((p) => p.profitImpact)),
  };
}
