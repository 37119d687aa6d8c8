/**
 * Reads the open workbook for "Oppdater" and "Skriv": the document's link (custom XML part or
 * setting), then the editable regions in one sync: the weights row and the data bodies of the
 * Matrise, Utvalg and Tilbakemelding tables (the tables grow and shrink with the user's edits).
 */
import type { ReadBackLayout } from "../../domain/workbook/workbookModel";
import type { WorkbookSnapshot } from "../../application/workbook/readBack";
import type { WorkbookLink } from "../../application/workbook/workbookLink";
import { linkOf, readDocumentLink } from "./documentLink";
import type { ExcelSupport } from "./requirements";

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

/** The document's link and the sheets as they stand; undefined when the document has no link. */
export async function readWorkbookDocument(
  context: Excel.RequestContext,
  support: ExcelSupport,
): Promise<{ link: WorkbookLink; snapshot: WorkbookSnapshot } | undefined> {
  const link = linkOf(await readDocumentLink(context, support));
  if (link === undefined) return undefined;
  return { link, snapshot: await readWorkbookSnapshot(context, link.layout) };
}
