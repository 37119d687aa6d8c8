/**
 * Builds the one host-independent workbook model from the plan: Innmeldinger, Matrise, Utvalg,
 * Plan, Kapasitet, Kraljic and Tilbakemelding, plus the read-back layout "Oppdater" uses.
 * Pure: the Office.js and .xlsx writers render the same model.
 */
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import { rangeRef } from "../../domain/workbook/a1";
import { capacitySheet } from "./capacitySheet";
import { feedbackSheet, FEEDBACK_COLS } from "./feedbackSheet";
import { kraljicSheet } from "./kraljicSheet";
import { matrixSheet, MATRIX_WEIGHT_ROW } from "./matrixSheet";
import { needsSheet } from "./needsSheet";
import { planSheet } from "./planSheet";
import { selectionSheet, SELECTION_COLS } from "./selectionSheet";
import { workbookContext, type WorkbookInput, type WorkbookOptions } from "./workbookInput";
import { SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";

/** The workbook model for a plan, rendered in the given locale under the given redaction options. */
export function buildWorkbook(input: WorkbookInput, options: WorkbookOptions): WorkbookModel {
  const ctx = workbookContext(input, options);
  const matrix = matrixSheet(ctx);
  const g = matrix.geometry;
  return {
    sheets: [
      needsSheet(ctx),
      matrix.sheet,
      selectionSheet(ctx),
      planSheet(ctx),
      capacitySheet(ctx),
      kraljicSheet(ctx),
      feedbackSheet(ctx),
    ],
    layout: {
      matrix: {
        sheet: SHEET_NAMES.matrix,
        table: TABLE_NAMES.matrix,
        weightsRef: rangeRef(MATRIX_WEIGHT_ROW, g.firstCriterionCol, MATRIX_WEIGHT_ROW, g.lastCriterionCol),
        criteriaIds: input.criteria.map((c) => c.id),
        idCol: 0,
        firstScoreCol: g.firstCriterionCol - 1,
        scoreCol: g.scoreCol - 1,
        rankValueCol: g.rankValueCol - 1,
        rankCol: g.rankCol - 1,
      },
      selection: {
        sheet: SHEET_NAMES.selection,
        table: TABLE_NAMES.selection,
        idCol: SELECTION_COLS.id,
        forceCol: SELECTION_COLS.force,
        forceReasonCol: SELECTION_COLS.forceReason,
        commentCol: SELECTION_COLS.comment,
      },
      feedback: {
        sheet: SHEET_NAMES.feedback,
        table: TABLE_NAMES.feedback,
        idCol: FEEDBACK_COLS.id,
        commentCol: FEEDBACK_COLS.comment,
      },
    },
  };
}
