/**
 * The score and rank formulas of the Matrise sheet, and the ranking rule they implement:
 * score = Σ weight × score / 100 (SUMPRODUCT); rank = 1 + number of needs with a higher score +
 * number of needs with the same score and a smaller tie key, where the tie key is the need's position
 * in ascending id order. Plain Excel 2007 functions (SUMPRODUCT, RANK, COUNTIFS) so that Excel and
 * LibreOffice compute the same numbers.
 */
import { cellRef, rangeRef } from "../../domain/workbook/a1";

/** Where the matrix lives: weight row, first data row, score-column span and helper columns. */
export interface MatrixGeometry {
  readonly weightRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCriterionCol: number;
  readonly lastCriterionCol: number;
  readonly scoreCol: number;
  readonly tieKeyCol: number;
}

/** Score of data row `row`: `SUMPRODUCT($E$4:$K$4,E7:K7)/100`. */
export function scoreFormula(g: MatrixGeometry, row: number): string {
  const weights = rangeRef(g.weightRow, g.firstCriterionCol, g.weightRow, g.lastCriterionCol, true);
  const scores = rangeRef(row, g.firstCriterionCol, row, g.lastCriterionCol);
  return `SUMPRODUCT(${weights},${scores})/100`;
}

/** Rank of data row `row` with the tie-break: `RANK(L7,$L$7:$L$9,0)+COUNTIFS($L$7:$L$9,L7,$N$7:$N$9,"<"&N7)`. */
export function rankFormula(g: MatrixGeometry, row: number): string {
  const scores = rangeRef(g.firstRow, g.scoreCol, g.lastRow, g.scoreCol, true);
  const keys = rangeRef(g.firstRow, g.tieKeyCol, g.lastRow, g.tieKeyCol, true);
  const score = cellRef(row, g.scoreCol);
  const key = cellRef(row, g.tieKeyCol);
  return `RANK(${score},${scores},0)+COUNTIFS(${scores},${score},${keys},"<"&${key})`;
}

/** Sum of the weights: `SUM($E$4:$K$4)`. */
export function weightSumFormula(g: MatrixGeometry): string {
  return `SUM(${rangeRef(g.weightRow, g.firstCriterionCol, g.weightRow, g.lastCriterionCol, true)})`;
}

/** Tie keys: 1-based position of each id in ascending (UTF-16 code unit) order. */
export function tieKeys(ids: readonly string[]): ReadonlyMap<string, number> {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, i + 1]));
}
