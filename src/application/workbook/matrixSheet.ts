/**
 * Matrise: criteria scores per accepted need, a visible weights block, and score and rank as live
 * Excel formulas; colour scales on scores; validation 1–5 on score cells and 0–100 on weights.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { formula, num, text } from "../../domain/workbook/cellText";
import { cellRef, rangeRef } from "../../domain/workbook/a1";
import { SCORE_MAX, SCORE_MIN } from "../../domain/prioritisation/defaultCriteria";
import { SheetBuilder } from "./sheetBuilder";
import { criterionScore, type WorkbookContext } from "./workbookInput";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";
import {
  medianFormula,
  rankFormula,
  rankValueFormula,
  scoreFormula,
  tieKeys,
  weightSumFormula,
  type MatrixGeometry,
} from "./matrixFormulas";

/** Median (0 when empty), as the engine computes it for the value-effort split. */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Row of the weights; the table header sits two rows below it. */
export const MATRIX_WEIGHT_ROW = 4;
/** Header row of the matrix table. */
export const MATRIX_HEADER_ROW = 6;
/** Fixed columns before the criteria: ID, title, unit, category. */
const LEADING_COLS = 4;

/** The Matrise sheet and the geometry its formulas use. */
export function matrixSheet(ctx: WorkbookContext): { sheet: SheetModel; geometry: MatrixGeometry } {
  const { t } = ctx;
  const criteria = ctx.input.criteria;
  const n = criteria.length;
  if (n === 0)
    throw new Error("Workbook: the criteria set is empty; the matrix needs at least one criterion");
  const firstRow = MATRIX_HEADER_ROW + 1;
  const rows = ctx.needs.length;
  const scoreCol = LEADING_COLS + n + 1;
  const geometry: MatrixGeometry = {
    weightRow: MATRIX_WEIGHT_ROW,
    firstRow,
    lastRow: firstRow + Math.max(rows, 1) - 1,
    firstCriterionCol: LEADING_COLS + 1,
    lastCriterionCol: LEADING_COLS + n,
    scoreCol,
    rankValueCol: scoreCol + 1,
    rankCol: scoreCol + 2,
    leadWeeksCol: scoreCol + 3,
    tieKeyCol: scoreCol + 4,
    medianCell: cellRef(MATRIX_WEIGHT_ROW, scoreCol + 3, true),
  };
  const mode = ctx.input.mode ?? "weighted";
  const name = (c: (typeof criteria)[number]) => (ctx.locale === "nb" ? c.nameNb : c.nameEn);
  const b = new SheetBuilder(SHEET_NAMES.matrix);
  const leadWeeks = ctx.needs.flatMap((need) => {
    const w = ctx.rankingById.get(need.id)?.leadWeeks;
    return w === undefined ? [] : [w];
  });

  b.block(1, 1, [[text(t("title.matrix", { year: ctx.input.plan.planYear }))]]);
  b.block(2, 1, [[text(t("label.matrixHelp"))]]);
  b.block(MATRIX_WEIGHT_ROW - 1, 1, [
    [
      text(t("label.criterion")),
      null,
      null,
      null,
      ...criteria.map((c) => text(name(c))),
      text(t("label.weightSum")),
      null,
      null,
      text(t("label.medianLeadWeeks")),
    ],
    [
      text(t("label.weight")),
      null,
      null,
      null,
      ...criteria.map((c) => num(c.weight)),
      formula(
        weightSumFormula(geometry),
        criteria.reduce((s, c) => s + c.weight, 0),
      ),
      null,
      null,
      formula(medianFormula(geometry), median(leadWeeks)),
    ],
  ]);

  const keys = tieKeys(
    ctx.needs.map((need) => {
      const deadline = ctx.rankingById.get(need.id)?.deadline ?? need.neededBy;
      return deadline === undefined ? { id: need.id } : { id: need.id, deadline };
    }),
  );
  const header = [
    t("col.id"),
    t("col.title"),
    t("col.unit"),
    t("col.category"),
    ...criteria.map(name),
    t("col.score"),
    t("col.rankValue"),
    t("col.rank"),
    t("col.leadWeeks"),
    t("col.tieKey"),
  ].map(text);
  const body: CellOrEmpty[][] = ctx.needs.map((need, i) => {
    const row = firstRow + i;
    const ranked = ctx.rankingById.get(need.id);
    return [
      text(need.id),
      text(need.title),
      text(ctx.unitName(need.unit)),
      text(ctx.categoryName(need.category)),
      ...criteria.map((c) => {
        const s = criterionScore(ctx, need, c.id);
        return s === undefined ? null : num(s);
      }),
      formula(scoreFormula(geometry, row), ranked?.score),
      // Needs the engine left out of its ranking (withdrawn, declined, unscorable) get no rank value,
      // so they neither rank nor shift the others' ranks.
      ranked === undefined && ctx.input.ranking.length > 0
        ? null
        : formula(rankValueFormula(geometry, row, mode), ranked?.rankValue),
      formula(rankFormula(geometry, row, mode), ranked?.rank),
      ranked?.leadWeeks === undefined ? null : num(ranked.leadWeeks),
      num(keys.get(need.id) ?? 0),
    ];
  });
  const cols = header.length;
  b.block(MATRIX_HEADER_ROW, 1, [header, ...body]);
  b.table(TABLE_NAMES.matrix, MATRIX_HEADER_ROW, 1, cols, rows);

  const scoresRef = rangeRef(
    firstRow,
    geometry.firstCriterionCol,
    geometry.lastRow,
    geometry.lastCriterionCol,
  );
  const weightsRef = rangeRef(
    MATRIX_WEIGHT_ROW,
    geometry.firstCriterionCol,
    MATRIX_WEIGHT_ROW,
    geometry.lastCriterionCol,
  );
  const scoreColRef = rangeRef(firstRow, geometry.scoreCol, geometry.lastRow, geometry.scoreCol);
  const sumRef = cellRef(MATRIX_WEIGHT_ROW, geometry.scoreCol);

  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(MATRIX_WEIGHT_ROW - 1, 1, MATRIX_WEIGHT_ROW, 1), bold: true })
    .format({ ref: weightsRef, fill: COLORS.inputFill, numberFormat: NUMBER_FORMATS.integer })
    .format({ ref: sumRef, numberFormat: NUMBER_FORMATS.integer, bold: true })
    .format({
      ref: rangeRef(
        MATRIX_WEIGHT_ROW - 1,
        geometry.firstCriterionCol,
        MATRIX_WEIGHT_ROW - 1,
        geometry.scoreCol,
      ),
      wrap: true,
      bold: true,
    })
    .format({ ref: rangeRef(MATRIX_HEADER_ROW, 1, MATRIX_HEADER_ROW, cols), bold: true, wrap: true })
    .format({
      ref: scoresRef,
      fill: COLORS.inputFill,
      numberFormat: NUMBER_FORMATS.integer,
      horizontal: "center",
    })
    .format({ ref: scoreColRef, numberFormat: NUMBER_FORMATS.score, bold: true })
    .format({
      ref: rangeRef(firstRow, geometry.rankValueCol, geometry.lastRow, geometry.rankValueCol),
      numberFormat: NUMBER_FORMATS.score,
    })
    .format({
      ref: rangeRef(firstRow, geometry.rankCol, geometry.lastRow, geometry.rankCol),
      numberFormat: NUMBER_FORMATS.integer,
      bold: true,
    })
    .format({
      ref: rangeRef(firstRow, geometry.leadWeeksCol, geometry.lastRow, geometry.leadWeeksCol),
      numberFormat: NUMBER_FORMATS.decimal,
    })
    .format({ ref: geometry.medianCell.replace(/\$/g, ""), numberFormat: NUMBER_FORMATS.decimal })
    .format({
      ref: rangeRef(firstRow, geometry.tieKeyCol, geometry.lastRow, geometry.tieKeyCol),
      numberFormat: NUMBER_FORMATS.integer,
    })
    .widthsFrom(1, [12, 40, 22, 22, ...criteria.map(() => 12), 10, 10, 10, 10, 10])
    .freezePanes(MATRIX_HEADER_ROW, 2);

  const scale = {
    points: [
      { value: SCORE_MIN, color: COLORS.bad },
      { value: (SCORE_MIN + SCORE_MAX) / 2, color: COLORS.mid },
      { value: SCORE_MAX, color: COLORS.good },
    ],
  } as const;
  b.conditional({ kind: "colorScale", ref: scoresRef, ...scale })
    .conditional({ kind: "colorScale", ref: scoreColRef, ...scale })
    .conditional({ kind: "cellValue", ref: sumRef, operator: "notEqual", formula1: "100", fill: COLORS.bad });

  b.validate({
    kind: "wholeNumber",
    ref: scoresRef,
    min: SCORE_MIN,
    max: SCORE_MAX,
    errorTitle: t("validation.scoreTitle"),
    errorMessage: t("validation.score"),
  }).validate({
    kind: "decimal",
    ref: weightsRef,
    min: 0,
    max: 100,
    errorTitle: t("validation.weightTitle"),
    errorMessage: t("validation.weight"),
  });

  return { sheet: b.build(), geometry };
}
