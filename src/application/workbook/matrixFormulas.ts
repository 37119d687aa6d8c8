/**
 * The score, rank-value and rank formulas of the Matrise sheet, implementing the engine's ranking
 * rule (docs/prioritisation.md): score = Σ weight × score / 100; rank by the mode's rank value
 * (weighted/AHP: the score; WSJF: score / lead weeks; value-effort: quadrant band × 10 + score),
 * then by score, then by the earlier deadline (none last), then by need id. The last two are folded
 * into a numeric tie key written as a constant. Needs with a missing score get no score and no rank,
 * as in the engine. Plain Excel 2007 functions, so Excel and LibreOffice compute the same numbers.
 */
import { cellRef, rangeRef } from "../../domain/workbook/a1";
import type { IsoDate } from "../../domain/time/isoDate";

/** The engine's ranking modes (PrioritisationMode). */
export type RankingMode = "weighted" | "ahp" | "wsjf" | "value-effort";

/** Where the matrix lives: weight row, data rows and the columns the formulas use. */
export interface MatrixGeometry {
  readonly weightRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCriterionCol: number;
  readonly lastCriterionCol: number;
  readonly scoreCol: number;
  readonly rankValueCol: number;
  readonly rankCol: number;
  readonly leadWeeksCol: number;
  readonly tieKeyCol: number;
  /** The cell holding the median lead weeks (value-effort quadrants). */
  readonly medianCell: string;
}

const col = (g: MatrixGeometry, c: number) => rangeRef(g.firstRow, c, g.lastRow, c, true);

/** Score of data row `row`: blank unless every criterion is scored, else `SUMPRODUCT(weights,scores)/100`. */
export function scoreFormula(g: MatrixGeometry, row: number): string {
  const weights = rangeRef(g.weightRow, g.firstCriterionCol, g.weightRow, g.lastCriterionCol, true);
  const scores = rangeRef(row, g.firstCriterionCol, row, g.lastCriterionCol);
  const n = g.lastCriterionCol - g.firstCriterionCol + 1;
  return `IF(COUNT(${scores})<${n},"",SUMPRODUCT(${weights},${scores})/100)`;
}

/** Rank value of data row `row` under the mode. */
export function rankValueFormula(g: MatrixGeometry, row: number, mode: RankingMode): string {
  const s = cellRef(row, g.scoreCol);
  const w = cellRef(row, g.leadWeeksCol);
  const m = g.medianCell;
  switch (mode) {
    case "weighted":
    case "ahp":
      return `IF(${s}="","",${s})`;
    case "wsjf":
      // Rounded to 1e-9 like the engine's tie tolerance, so mathematically equal ratios tie.
      return `IF(${s}="","",ROUND(${s}/MAX(${w},0.01),9))`;
    case "value-effort":
      // Bands: quick win 4, major project 3, fill-in 2, thankless 1; high value = score ≥ 3.
      return `IF(${s}="","",IF(${s}>=3,IF(${w}>${m},3,4),IF(${w}>${m},1,2))*10+${s})`;
  }
}

/**
 * Rank of data row `row`: 1 + needs with a higher rank value + needs with the same rank value and a
 * higher score (WSJF only; in the other modes equal rank values mean equal scores) + needs equal in
 * both with a smaller tie key.
 */
export function rankFormula(g: MatrixGeometry, row: number, mode: RankingMode): string {
  const values = col(g, g.rankValueCol);
  const scores = col(g, g.scoreCol);
  const keys = col(g, g.tieKeyCol);
  const v = cellRef(row, g.rankValueCol);
  const s = cellRef(row, g.scoreCol);
  const k = cellRef(row, g.tieKeyCol);
  const higherScore = mode === "wsjf" ? `+COUNTIFS(${values},${v},${scores},">"&${s})` : "";
  const sameScore = mode === "wsjf" ? `${scores},${s},` : "";
  return `IF(${v}="","",RANK(${v},${values},0)${higherScore}+COUNTIFS(${values},${v},${sameScore}${keys},"<"&${k}))`;
}

/** Sum of the weights: `SUM($E$4:$K$4)`. */
export function weightSumFormula(g: MatrixGeometry): string {
  return `SUM(${rangeRef(g.weightRow, g.firstCriterionCol, g.weightRow, g.lastCriterionCol, true)})`;
}

/** Median lead weeks of the scored needs (value-effort split). */
export function medianFormula(g: MatrixGeometry): string {
  return `MEDIAN(${col(g, g.leadWeeksCol)})`;
}

/** Tie keys: 1-based position in the order (deadline ascending, none last; then id in code-unit order). */
export function tieKeys(
  needs: readonly { readonly id: string; readonly deadline?: IsoDate }[],
): ReadonlyMap<string, number> {
  const sorted = [...needs].sort((a, b) => {
    if (a.deadline !== b.deadline) {
      if (a.deadline === undefined) return 1;
      if (b.deadline === undefined) return -1;
      return a.deadline < b.deadline ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return new Map(sorted.map((n, i) => [n.id, i + 1]));
}
