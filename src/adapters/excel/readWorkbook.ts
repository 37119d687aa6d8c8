/**
 * Reads the editable regions back from the open workbook for "Oppdater": the weights row and the
 * data bodies of the Matrise, Utvalg and Tilbakemelding tables (the tables grow and shrink with the
 * user's edits), in one sync, then diffs them with the model's editable state.
 */
import type { ReadBackLayout } from "../../domain/workbook/workbookModel";
import {
  diffWorkbook,
  type EditState,
  type ReadBackResult,
  type WorkbookSnapshot,
} from "../../application/workbook/readBack";

/** Loads the editable regions in one batch and one sync. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  layout: ReadBackLayout,
): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  const weights = sheets.getItem(layout.matrix.sheet).getRange(layout.matrix.weightsRef).load("values");
  const body = (sheet: string, table: string, props: string) =>
    sheets.getItem(sheet).tables.getItem(table).getDataBodyRange().load(props);
  const matrix = body(layout.matrix.sheet, layout.matrix.table, "values, formulas, rowIndex, columnIndex");
  const selection = body(layout.selection.sheet, layout.selection.table, "values, rowIndex, columnIndex");
  const feedback = body(layout.feedback.sheet, layout.feedback.table, "values, rowIndex, columnIndex");
  await context.sync();
  const table = (r: Excel.Range) => ({
    firstRow: r.rowIndex + 1,
    firstCol: r.columnIndex + 1,
    values: r.values,
  });
  return {
    weights: weights.values[0] ?? [],
    matrix: { ...table(matrix), formulas: matrix.formulas },
    selection: table(selection),
    feedback: table(feedback),
  };
}

/** Reads the sheets and returns the changes and conflicts against the model's editable state. */
export async function readWorkbookEdits(
  context: Excel.RequestContext,
  layout: ReadBackLayout,
  state: EditState,
): Promise<ReadBackResult> {
  return diffWorkbook(layout, state, await readWorkbookSnapshot(context, layout));
}
