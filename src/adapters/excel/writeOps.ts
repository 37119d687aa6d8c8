/**
 * The Office.js write plan: the workbook model turned into an ordered list of queued operations,
 * each with an estimated request size, grouped into batches under the request payload limit.
 * Everything is written into NEW sheets under temporary names (the caller swaps them in after the
 * last sync succeeded). Order: sheets, number formats, values (text that `Range.values` would
 * evaluate as typed String values, or with the `'` prefix where `valuesAsJson` is missing), formulas, then rule formats, fonts and fills,
 * widths, panes, conditional formats, validations, tables, charts and print setup.
 */
import type {
  Cell,
  CellBlock,
  FormatRule,
  SheetModel,
  WorkbookModel,
} from "../../domain/workbook/workbookModel";
import { columnLetter, excelSerial, parseRangeRef, rangeRef } from "../../domain/workbook/a1";
import { isFormulaLike } from "../../domain/workbook/cellText";
import type { ExcelSupport } from "./requirements";
import { queueChart, queueConditionalFormat, queueFormatRule, queueValidation } from "./writeFormats";
import { xmlSafeText } from "../../domain/text/xmlSafeText";

/** A queued operation and the bytes it adds to the request. */
export interface WriteOp {
  readonly bytes: number;
  readonly run: (context: Excel.RequestContext) => void;
}

/** Where the operations write: the temporary sheet and table names standing in for the model's. */
export interface WriteTarget {
  readonly sheet: (name: string) => string;
  readonly table: (name: string) => string;
}

/** Bytes an operation adds besides its data (the action's JSON envelope). */
const OP_OVERHEAD = 200;
/** Number format of date cells (rules may refine it afterwards). */
const DATE_FORMAT = "dd.mm.yyyy";

const sizeOf = (data: unknown) => JSON.stringify(data).length + OP_OVERHEAD;

/**
 * A text cell's value for `Range.values`: `Range.values` evaluates text starting with `=`, `+`, `-`
 * (and `@`) as a formula and eats a leading apostrophe, so such text gets the apostrophe prefix,
 * which stores the rest as text (the prefix itself is not part of the value).
 */
export function prefixedText(value: string): string {
  return isFormulaLike(value) || value.startsWith("'") ? `'${value}` : value;
}

/** True for a text cell `Range.values` would not store as typed. */
const needsProtection = (cell: Cell | null) =>
  cell?.kind === "text" && prefixedText(cell.value) !== cell.value;

function valueOf(cell: Cell | null): string | number {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
      return prefixedText(xmlSafeText(cell.value)); // the one point where text enters the workbook
    case "number":
      return cell.value;
    case "date":
      return excelSerial(cell.value);
    case "formula":
      return "";
  }
}

/** A cell as a typed `valuesAsJson` value (ExcelApi 1.16): text is a String, never parsed. */
function jsonValueOf(cell: Cell | null): Excel.CellValue {
  if (cell === null || cell.kind === "formula") return { type: "Empty", basicValue: "" } as Excel.CellValue;
  if (cell.kind === "text") return { type: "String", basicValue: cell.value } as Excel.CellValue;
  const value = cell.kind === "date" ? excelSerial(cell.value) : cell.value;
  return { type: "Double", basicValue: value } as Excel.CellValue;
}

/**
 * Number format written with the values: `@` keeps numeric-looking text (`00123`, `1.5`) text; a
 * prefixed text cell keeps General, where the apostrophe prefix is the documented text marker.
 */
function formatOf(cell: Cell | null, json: boolean): string {
  if (cell === null) return "General";
  if (cell.kind === "text") return !json && prefixedText(cell.value) !== cell.value ? "General" : "@";
  if (cell.kind === "date") return DATE_FORMAT;
  return "General";
}

/** Splits a block into row slices whose values stay under `maxBytes`. */
function sliceBlock(block: CellBlock, maxBytes: number): CellBlock[] {
  const slices: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  block.cells.forEach((line, i) => {
    // Sized as typed values (the larger form), so a slice fits whichever form it is written in.
    const lineBytes = sizeOf(line.map(jsonValueOf)) + sizeOf(line.map((c) => formatOf(c, false)));
    if (i > start && bytes + lineBytes > maxBytes) {
      slices.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += lineBytes;
  });
  slices.push({ row: block.row + start, col: block.col, cells: block.cells.slice(start) });
  return slices;
}

/**
 * Vertical runs of formula cells in each column of a block, cut so that each run's formulas stay
 * under `maxBytes`: one `formulas` write per run.
 */
function formulaRuns(block: CellBlock, maxBytes: number): { ref: string; formulas: string[][] }[] {
  const runs: { ref: string; formulas: string[][] }[] = [];
  const width = block.cells[0]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    let run: string[][] = [];
    let runStart = 0;
    let bytes = 0;
    const flush = (end: number) => {
      if (run.length > 0) {
        runs.push({
          ref: rangeRef(block.row + runStart, block.col + c, block.row + end - 1, block.col + c),
          formulas: run,
        });
      }
      run = [];
      bytes = 0;
    };
    block.cells.forEach((line, r) => {
      const cell = line[c] ?? null;
      if (cell?.kind !== "formula") {
        flush(r);
        return;
      }
      const f = `=${cell.formula}`;
      if (run.length > 0 && bytes + f.length + 8 > maxBytes) flush(r);
      if (run.length === 0) runStart = r;
      run.push([f]);
      bytes += f.length + 8;
    });
    flush(block.cells.length);
  }
  return runs;
}

const sheetOf = (context: Excel.RequestContext, name: string) => context.workbook.worksheets.getItem(name);

/** The operations that write one sheet's cells: formats first, then values, then formulas. */
function cellOps(sheet: SheetModel, support: ExcelSupport, maxBytes: number, target: string): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const block of sheet.blocks) {
    for (const slice of sliceBlock(block, maxBytes / 2)) {
      const ref = rangeRefOf(slice);
      // Typed String values where text would otherwise be evaluated (ExcelApi 1.16); plain values,
      // half the payload, for slices without such text.
      const json = support.valuesAsJson && slice.cells.some((line) => line.some(needsProtection));
      const formats = slice.cells.map((line) => line.map((c) => formatOf(c, json)));
      const values = json
        ? slice.cells.map((line) => line.map(jsonValueOf))
        : slice.cells.map((line) => line.map(valueOf));
      ops.push({
        bytes: sizeOf(formats) + sizeOf(values),
        run: (context) => {
          const range = sheetOf(context, target).getRange(ref);
          range.numberFormat = formats;
          if (json) range.valuesAsJson = values as Excel.CellValue[][];
          else range.values = values as (string | number)[][];
        },
      });
    }
    for (const run of formulaRuns(block, maxBytes / 2)) {
      ops.push({
        bytes: sizeOf(run.formulas),
        run: (context) => {
          sheetOf(context, target).getRange(run.ref).formulas = run.formulas;
        },
      });
    }
  }
  return ops;
}

function rangeRefOf(block: CellBlock): string {
  const rows = block.cells.length;
  const cols = block.cells[0]?.length ?? 0;
  return rangeRef(block.row, block.col, block.row + rows - 1, block.col + cols - 1);
}

/** A number-format rule cut into row bands whose format arrays stay under `maxBytes`. */
function splitFormatRule(rule: FormatRule, maxBytes: number): FormatRule[] {
  if (rule.numberFormat === undefined) return [rule];
  const { row1, col1, row2, col2 } = parseRangeRef(rule.ref);
  const rowBytes = (col2 - col1 + 1) * (rule.numberFormat.length + 3);
  const rowsPerBand = Math.max(1, Math.floor(maxBytes / rowBytes));
  if (row2 - row1 + 1 <= rowsPerBand) return [rule];
  const { numberFormat, ...visual } = rule;
  const bands: FormatRule[] = [{ ...visual, ref: rule.ref }];
  for (let r = row1; r <= row2; r += rowsPerBand) {
    bands.push({ ref: rangeRef(r, col1, Math.min(row2, r + rowsPerBand - 1), col2), numberFormat });
  }
  return bands;
}

/** A sheet-qualified A1 reference: `'Sheet name'!A1:B2` (quotes doubled inside the name). */
export function qualifiedRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** Formats, widths, panes, conditional formats, validations, tables, charts and print setup. */
function formatOps(
  sheet: SheetModel,
  support: ExcelSupport,
  maxBytes: number,
  target: WriteTarget,
): WriteOp[] {
  const ops: WriteOp[] = [];
  const name = target.sheet(sheet.name);
  for (const rule of sheet.formats.flatMap((r) => splitFormatRule(r, maxBytes / 2))) {
    const { row1, col1, row2, col2 } = parseRangeRef(rule.ref);
    const cells = (row2 - row1 + 1) * (col2 - col1 + 1);
    const bytes =
      OP_OVERHEAD + (rule.numberFormat === undefined ? 0 : cells * (rule.numberFormat.length + 3));
    ops.push({ bytes, run: (context) => queueFormatRule(sheetOf(context, name), rule) });
  }
  if (sheet.columnWidths.length > 0) {
    ops.push({
      bytes: OP_OVERHEAD * sheet.columnWidths.length,
      run: (context) => {
        const ws = sheetOf(context, name);
        for (const { col, width } of sheet.columnWidths) {
          // Column width in points; one character of the default font is about 5.6 points.
          ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = Math.round(
            width * 5.6,
          );
        }
      },
    });
  }
  const freeze = sheet.freeze;
  if (freeze !== undefined && support.chartSeries) {
    ops.push({
      bytes: OP_OVERHEAD,
      run: (context) => {
        const panes = sheetOf(context, name).freezePanes;
        if (freeze.cols === 0) panes.freezeRows(freeze.rows);
        else panes.freezeAt(sheetOf(context, name).getRange(rangeRef(1, 1, freeze.rows, freeze.cols)));
      },
    });
  }
  if (support.conditionalFormats) {
    // Excel puts a new rule on top; adding in reverse keeps the model's first rule highest.
    for (const cf of [...sheet.conditionalFormats].reverse()) {
      ops.push({
        bytes: OP_OVERHEAD * 2,
        run: (context) => queueConditionalFormat(sheetOf(context, name), cf),
      });
    }
  }
  if (support.dataValidation) {
    for (const v of sheet.validations) {
      ops.push({
        bytes: OP_OVERHEAD * 2,
        run: (context) => queueValidation(sheetOf(context, name), v),
      });
    }
  }
  for (const table of sheet.tables) {
    ops.push({
      bytes: OP_OVERHEAD,
      run: (context) => {
        const t = context.workbook.tables.add(qualifiedRef(name, table.ref), true);
        t.name = target.table(table.name);
        t.style = "TableStyleLight9";
      },
    });
  }
  for (const chart of sheet.charts) {
    ops.push({
      bytes: OP_OVERHEAD * (4 + chart.series.length * 4),
      run: (context) => queueChart(sheetOf(context, name), chart, support),
    });
  }
  const print = sheet.print;
  if (print !== undefined && support.pageLayout) {
    ops.push({
      bytes: OP_OVERHEAD * 3,
      run: (context) => {
        const layout = sheetOf(context, name).pageLayout;
        layout.setPrintArea(print.area);
        layout.orientation = print.landscape ? "Landscape" : "Portrait";
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      },
    });
  }
  return ops;
}

/**
 * Every operation in order: the new sheets are added under their temporary names (`target`), then
 * filled; nothing of the workbook's existing sheets is touched (the swap is the caller's last batch).
 */
export function planWrite(
  model: WorkbookModel,
  support: ExcelSupport,
  maxBytes: number,
  target: WriteTarget,
): WriteOp[] {
  const structure: WriteOp = {
    bytes: OP_OVERHEAD * model.sheets.length,
    run: (context) => {
      for (const s of model.sheets) context.workbook.worksheets.add(target.sheet(s.name));
    },
  };
  return [
    structure,
    ...model.sheets.flatMap((s) => cellOps(s, support, maxBytes, target.sheet(s.name))),
    ...model.sheets.flatMap((s) => formatOps(s, support, maxBytes, target)),
  ];
}

/** Groups operations greedily into batches of at most `maxBytes` (an operation larger than that goes alone). */
export function batchOps(ops: readonly WriteOp[], maxBytes: number): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
