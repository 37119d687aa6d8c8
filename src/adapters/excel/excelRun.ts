/**
 * Thin Excel.run entry points for the task pane: check requirement sets, write the workbook model,
 * and read the edits back ("Oppdater"). All work happens in helpers that take a RequestContext.
 */
import type { WorkbookModel, ReadBackLayout } from "../../domain/workbook/workbookModel";
import type { EditState, ReadBackResult } from "../../application/workbook/readBack";
import type { Locale } from "../../i18n/locale";
import { excelSupport, supportMessage } from "./requirements";
import { writeWorkbookModel, type WriteStats } from "./writeWorkbook";
import { readWorkbookEdits } from "./readWorkbook";

/** Writes the model into the open workbook; `warning` names the features left out on older hosts. */
export async function writeModelToExcel(
  model: WorkbookModel,
  locale: Locale,
): Promise<{ stats: WriteStats; warning?: string }> {
  const support = excelSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
  const warning = supportMessage(support, locale);
  if (!support.base) throw new Error(warning);
  const stats = await Excel.run((context) => writeWorkbookModel(context, model, { support }));
  return warning === undefined ? { stats } : { stats, warning };
}

/** Reads what people edited in the sheets and diffs it with the model's editable state. */
export async function readEditsFromExcel(layout: ReadBackLayout, state: EditState): Promise<ReadBackResult> {
  return Excel.run((context) => readWorkbookEdits(context, layout, state));
}
