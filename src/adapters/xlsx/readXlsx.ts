/**
 * Reads a saved .xlsx workbook for `plan --workbook FILE.xlsx`: the link the document carries (its
 * custom XML part) and the same WorkbookSnapshot the Office.js reader takes (the weights row and
 * the data bodies of the Matrise, Utvalg and Tilbakemelding tables, found through the tables so
 * rows added or sorted in Excel are seen). Cell values follow Office.js: formulas give their
 * cached result as the value and `=…` as the formula; rich text gives its plain text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRangeRef } from "../../domain/workbook/a1";
import type { ReadBackLayout } from "../../domain/workbook/workbookModel";
import type { TableSnapshot, WorkbookSnapshot } from "../../application/workbook/readBack";
import { parseWorkbookLink, type WorkbookLink } from "../../application/workbook/workbookLink";
import { readLinkXml } from "./xlsxLinkPart";

/** A workbook file that cannot be read back, naming the sheet or table at fault. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** A saved workbook: the link it carries (undefined: not written by the add-in) and its sheets. */
export interface SavedWorkbook {
  readonly link: WorkbookLink | undefined;
  readonly snapshot: (layout: ReadBackLayout) => WorkbookSnapshot;
}

/** A cell's value as Office.js `Range.values` gives it. */
function valueOf(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== "object") return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return valueOf((v as ExcelJS.CellFormulaValue).result ?? "");
  if ("text" in v) return v.text;
  if ("error" in v) return v.error;
  return "";
}

/** A cell's formula as Office.js `Range.formulas` gives it (the value for constants). */
function formulaOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v))
    return `=${cell.formula}`;
  return valueOf(v);
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new WorkbookFileError(`The workbook has no sheet "${name}"`);
  return ws;
}

/** The data body of a table (header row excluded), values and formulas. */
function tableBody(wb: ExcelJS.Workbook, sheet: string, table: string): TableSnapshot {
  const ws = worksheet(wb, sheet);
  const t = ws.getTable(table) as unknown as { table?: { tableRef?: string; ref?: string } } | undefined;
  const ref = t?.table?.tableRef ?? t?.table?.ref;
  if (ref === undefined) throw new WorkbookFileError(`The sheet "${sheet}" has no table "${table}"`);
  const { row1, col1, row2, col2 } = parseRangeRef(ref);
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = row1 + 1; r <= row2; r += 1) {
    const row = ws.getRow(r);
    const cells = Array.from({ length: col2 - col1 + 1 }, (_, i) => row.getCell(col1 + i));
    values.push(cells.map((c) => valueOf(c.value)));
    formulas.push(cells.map(formulaOf));
  }
  return { firstRow: row1 + 1, firstCol: col1, values, formulas };
}

/** Opens the workbook bytes. */
export async function readSavedWorkbook(bytes: Uint8Array): Promise<SavedWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await readLinkXml(zip);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return {
    link: xml === undefined ? undefined : parseWorkbookLink(xml),
    snapshot: (layout) => {
      const m = layout.matrix;
      const w = parseRangeRef(m.weightsRef);
      const matrixSheet = worksheet(wb, m.sheet);
      const weights = Array.from({ length: w.col2 - w.col1 + 1 }, (_, i) =>
        valueOf(matrixSheet.getCell(w.row1, w.col1 + i).value),
      );
      return {
        weights,
        matrix: tableBody(wb, m.sheet, m.table),
        selection: tableBody(wb, layout.selection.sheet, layout.selection.table),
        feedback: tableBody(wb, layout.feedback.sheet, layout.feedback.table),
      };
    },
  };
}
