/**
 * Browser download of the workbook: writes the model as .xlsx and hands it to the browser as a file
 * (an object URL on a temporary link). For the plain browser page; the CLI writes the same bytes.
 */
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import type { WorkbookLink } from "../../application/workbook/workbookLink";
import { writeXlsx, XLSX_MIME_TYPE } from "../xlsx/writeXlsx";

/** The workbook (with its link, so its edits can be read back later) as a Blob ready to download. */
export async function xlsxBlob(model: WorkbookModel, link?: WorkbookLink): Promise<Blob> {
  const bytes = await writeXlsx(model, link);
  return new Blob([bytes as BlobPart], { type: XLSX_MIME_TYPE });
}

/** Starts the download of `fileName` (default `plan.xlsx`) in the browser. */
export async function downloadXlsx(
  model: WorkbookModel,
  fileName = "plan.xlsx",
  workbookLink?: WorkbookLink,
): Promise<void> {
  const url = URL.createObjectURL(await xlsxBlob(model, workbookLink));
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    URL.revokeObjectURL(url);
  }
}
