/**
 * Kraljic classification per category (subcategory when the need names one, else main category):
 * supply risk = mean supply-risk score of the category's needs (1–5; high when ≥ 3, the scale's
 * midpoint), profit impact = total estimated value of its needs (high when at or above the median
 * over the categories). Quadrants: strategic (high/high), bottleneck (high risk, low impact),
 * leverage (low risk, high impact), non-critical (low/low). Data for the chart beside the ranking.
 */
import type { Need } from "../model/need";
import { median } from "./ranking";

/** A Kraljic quadrant. */
export type KraljicQuadrant = "strategic" | "bottleneck" | "leverage" | "non-critical";

/** One category on the Kraljic chart. */
export interface KraljicPoint {
  readonly category: string;
  readonly subcategory?: string;
  readonly needCount: number;
  /** Mean supply-risk score 1–5. */
  readonly supplyRisk: number;
  /** Total estimated value in NOK. */
  readonly profitImpact: number;
  readonly quadrant: KraljicQuadrant;
}

/** Supply-risk midpoint: at or above it the risk is high. */
export const KRALJIC_RISK_MIDPOINT = 3;

/** Kraljic points for the needs with a supply-risk score (criterion id `supplyRiskId`), sorted by category. */
export function kraljicPoints(
  needs: readonly Pick<Need, "category" | "subcategory" | "estimatedValue" | "id">[],
  supplyRiskOf: (needId: string) => number | undefined,
): KraljicPoint[] {
  const groups = new Map<
    string,
    { category: string; subcategory?: string; risks: number[]; value: number }
  >();
  for (const n of needs) {
    const risk = supplyRiskOf(n.id);
    if (risk === undefined) continue;
    const key = `${n.category}/${n.subcategory ?? ""}`;
    const g = groups.get(key) ?? {
      category: n.category,
      ...(n.subcategory !== undefined ? { subcategory: n.subcategory } : {}),
      risks: [],
      value: 0,
    };
    g.risks.push(risk);
    g.value += n.estimatedValue;
    groups.set(key, g);
  }
  const list = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  const impactMedian = median(list.map((g) => g.value));
  return list.map((g) => {
    const supplyRisk = Math.round((g.risks.reduce((s, r) => s + r, 0) / g.risks.length) * 100) / 100;
    const highRisk = supplyRisk >= KRALJIC_RISK_MIDPOINT;
    const highImpact = g.value >= impactMedian;
    const quadrant: KraljicQuadrant = highRisk
      ? highImpact
        ? "strategic"
        : "bottleneck"
      : highImpact
        ? "leverage"
        : "non-critical";
    const point = {
      category: g.category,
      needCount: g.risks.length,
      supplyRisk,
      profitImpact: g.value,
      quadrant,
    };
    return g.subcategory !== undefined ? { ...point, subcategory: g.subcategory } : point;
  });
}
