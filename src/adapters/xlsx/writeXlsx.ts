/**
 * Renders the workbook model as an .xlsx file with exceljs: typed cells (text always as a string,
 * never a formula), formulas with the engine's cached results, number formats, fills, conditional
 * formats, data validations, tables, frozen panes and the bubble chart (added as DrawingML parts,
 * since exceljs writes no charts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  Cell,
  ConditionalFormat,
  DataValidation,
  SheetModel,
  WorkbookModel,
} from "../../domain/workbook/workbookModel";
import { excelSerial, parseRangeRef, rangeRef } from "../../domain/workbook/a1";
import { numbersAt } from "../../domain/workbook/modelLookup";
import { serializeWorkbookLink, type WorkbookLink } from "../../application/workbook/workbookLink";
import { addCharts } from "./xlsxChart";
import { addLinkPart } from "./xlsxLinkPart";
import { xmlSafeText } from "../../domain/text/xmlSafeText";

/** Default format of date cells that no rule formats otherwise. */
const DATE_FORMAT = "dd.mm.yyyy";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cellValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      return xmlSafeText(cell.value); // the one point where text enters the .xlsx
    case "number":
      return cell.value;
    case "date":
      return excelSerial(cell.value);
    case "formula":
      return cell.cached === undefined
        ? ({ formula: cell.formula } as ExcelJS.CellFormulaValue)
        : ({ formula: cell.formula, result: cell.cached } as ExcelJS.CellFormulaValue);
  }
}

function forEachCell(ws: ExcelJS.Worksheet, ref: string, fn: (c: ExcelJS.Cell) => void): void {
  const { row1, col1, row2, col2 } = parseRangeRef(ref);
  for (let r = row1; r <= row2; r += 1) for (let c = col1; c <= col2; c += 1) fn(ws.getCell(r, c));
}

/** exceljs writes the operator attribute as given; its typings omit OOXML's `notEqual`. */
const operator = (op: ConditionalFormat & { kind: "cellValue" }) => op.operator as ExcelJS.CellIsOperators;

function conditionalRule(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const fill = (color: string): Partial<ExcelJS.Style> => ({
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(color) } },
  });
  switch (cf.kind) {
    case "cellValue":
      return {
        type: "cellIs",
        priority,
        operator: operator(cf),
        formulae: cf.formula2 === undefined ? [cf.formula1] : [cf.formula1, cf.formula2],
        style: fill(cf.fill),
      };
    case "expression":
      return { type: "expression", priority, formulae: [cf.formula], style: fill(cf.fill) };
    case "colorScale":
      return {
        type: "colorScale",
        priority,
        cfvo: cf.points.map((p) => ({ type: "num" as const, value: p.value })),
        color: cf.points.map((p) => ({ argb: argb(p.color) })),
      };
  }
}

function validation(v: DataValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "error",
    errorTitle: v.errorTitle,
    error: v.errorMessage,
  };
  if (v.kind === "list") {
    const bad = v.items.find((i) => i.includes(",") || i.includes('"'));
    if (bad !== undefined)
      throw new Error(`xlsx: list item "${bad}" of validation ${v.ref} holds a comma or quote`);
    return { ...common, type: "list", formulae: [`"${v.items.join(",")}"`] };
  }
  return {
    ...common,
    type: v.kind === "wholeNumber" ? "whole" : "decimal",
    operator: "between",
    formulae: [v.min, v.max],
  };
}

/** The worksheet's data-validation collection (present at run time, missing from exceljs' typings). */
function dataValidations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : [],
  });
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(block.row + r, block.col + c);
        target.value = cellValue(cell);
        if (cell.kind === "date") target.numFmt = DATE_FORMAT;
      }),
    );
  }
  for (const rule of sheet.formats) {
    forEachCell(ws, rule.ref, (c) => {
      if (rule.numberFormat !== undefined) c.numFmt = rule.numberFormat;
      if (rule.bold !== undefined || rule.fontColor !== undefined) {
        c.font = {
          ...c.font,
          ...(rule.bold !== undefined ? { bold: rule.bold } : {}),
          ...(rule.fontColor !== undefined ? { color: { argb: argb(rule.fontColor) } } : {}),
        };
      }
      if (rule.fill !== undefined)
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(rule.fill) } };
      if (rule.wrap !== undefined || rule.horizontal !== undefined) {
        c.alignment = {
          ...c.alignment,
          ...(rule.wrap !== undefined ? { wrapText: rule.wrap } : {}),
          ...(rule.horizontal !== undefined ? { horizontal: rule.horizontal } : {}),
        };
      }
    });
  }
  for (const { col, width } of sheet.columnWidths) ws.getColumn(col).width = width;
  if (sheet.print !== undefined) {
    ws.pageSetup.printArea = sheet.print.area;
    ws.pageSetup.orientation = sheet.print.landscape ? "landscape" : "portrait";
    if (sheet.print.fitToWidth)
      Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({ ref: cf.ref, rules: [conditionalRule(cf, i + 1)] }),
  );
  for (const v of sheet.validations) dataValidations(ws).add(v.ref, validation(v));
  for (const table of sheet.tables) {
    const { row1, col1, row2, col2 } = parseRangeRef(table.ref);
    const names: string[] = [];
    for (let c = col1; c <= col2; c += 1) {
      const v = ws.getCell(row1, c).value;
      if (typeof v !== "string" || v === "")
        throw new Error(`xlsx: table ${table.name} needs a text header in column ${c}`);
      if (names.includes(v)) throw new Error(`xlsx: table ${table.name} has the header "${v}" twice`);
      names.push(v);
    }
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = row1 + 1; r <= row2; r += 1) {
      const line: ExcelJS.CellValue[] = [];
      for (let c = col1; c <= col2; c += 1) line.push(ws.getCell(r, c).value);
      rows.push(line);
    }
    ws.addTable({
      name: table.name,
      ref: rangeRef(row1, col1, row1, col1),
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}

/** The MIME type of an .xlsx file. */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Writes the model as .xlsx bytes (runs in Node and in the browser); with a link, the package also
 * carries it as a custom XML part, so "Oppdater" and `plan --workbook` find the plan it came from.
 */
export async function writeXlsx(model: WorkbookModel, link?: WorkbookLink): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Anskaffelsesplan";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) writeSheet(wb, sheet);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const charts = model.sheets
    .filter((s) => s.charts.length > 0)
    .map((s) => ({ sheet: s.name, charts: s.charts, cache: (ref: string) => numbersAt(model, ref) }));
  const zip = await JSZip.loadAsync(bytes);
  await addCharts(zip, charts);
  if (link !== undefined) await addLinkPart(zip, serializeWorkbookLink(link));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
