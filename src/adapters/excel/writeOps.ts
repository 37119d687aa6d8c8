/**
 * The Office.js write plan: the workbook model turned into an ordered list of queued operations,
 * each with an estimated request size, grouped into batches under the request payload limit.
 * Order: sheets, text number formats (so text stays text), values, formulas, then number formats,
 * fonts and fills, widths, panes, conditional formats, validations, tables and charts.
 */
import type {
  Cell,
  CellBlock,
  FormatRule,
  SheetModel,
  WorkbookModel,
} from "../../domain/workbook/workbookModel";
import { columnLetter, excelSerial, parseRangeRef, rangeRef } from "../../domain/workbook/a1";
import type { ExcelSupport } from "./requirements";
import { queueChart, queueConditionalFormat, queueFormatRule, queueValidation } from "./writeFormats";
import { xmlSafeText } from "../../domain/text/xmlSafeText";

/** A queued operation and the bytes it adds to the request. */
export interface WriteOp {
  readonly bytes: number;
  readonly run: (context: Excel.RequestContext) => void;
}

/** Bytes an operation adds besides its data (the action's JSON envelope). */
const OP_OVERHEAD = 200;
/** Number format of date cells (rules may refine it afterwards). */
const DATE_FORMAT = "dd.mm.yyyy";

const sizeOf = (data: unknown) => JSON.stringify(data).length + OP_OVERHEAD;

function valueOf(cell: Cell | null): string | number {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
      return xmlSafeText(cell.value); // the one point where text enters the workbook
    case "number":
      return cell.value;
    case "date":
      return excelSerial(cell.value);
    case "formula":
      return "";
  }
}

function formatOf(cell: Cell | null): string {
  if (cell === null) return "General";
  if (cell.kind === "text") return "@";
  if (cell.kind === "date") return DATE_FORMAT;
  return "General";
}

/** Splits a block into row slices whose values stay under `maxBytes`. */
function sliceBlock(block: CellBlock, maxBytes: number): CellBlock[] {
  const slices: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  block.cells.forEach((line, i) => {
    const lineBytes = sizeOf(line.map(valueOf)) + sizeOf(line.map(formatOf));
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

/** The operations that write one sheet's cells: text formats first, then values, then formulas. */
function cellOps(sheet: SheetModel, maxBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const block of sheet.blocks) {
    for (const slice of sliceBlock(block, maxBytes / 2)) {
      const ref = rangeRefOf(slice);
      const formats = slice.cells.map((line) => line.map(formatOf));
      const values = slice.cells.map((line) => line.map(valueOf));
      ops.push({
        bytes: sizeOf(formats) + sizeOf(values),
        run: (context) => {
          const range = sheetOf(context, sheet.name).getRange(ref);
          // Text cells get the Text format before their value, so `=…`, `+…`, `-…`, `@…` stay text.
          range.numberFormat = formats;
          range.values = values;
        },
      });
    }
    for (const run of formulaRuns(block, maxBytes / 2)) {
      ops.push({
        bytes: sizeOf(run.formulas),
        run: (context) => {
          sheetOf(context, sheet.name).getRange(run.ref).formulas = run.formulas;
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

/** Formats, widths, panes, conditional formats, validations, tables and charts of one sheet. */
function formatOps(sheet: SheetModel, support: ExcelSupport, maxBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const rule of sheet.formats.flatMap((r) => splitFormatRule(r, maxBytes / 2))) {
    const { row1, col1, row2, col2 } = parseRangeRef(rule.ref);
    const cells = (row2 - row1 + 1) * (col2 - col1 + 1);
    const bytes =
      OP_OVERHEAD + (rule.numberFormat === undefined ? 0 : cells * (rule.numberFormat.length + 3));
    ops.push({ bytes, run: (context) => queueFormatRule(sheetOf(context, sheet.name), rule) });
  }
  if (sheet.columnWidths.length > 0) {
    ops.push({
      bytes: OP_OVERHEAD * sheet.columnWidths.length,
      run: (context) => {
        const ws = sheetOf(context, sheet.name);
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
        const panes = sheetOf(context, sheet.name).freezePanes;
        if (freeze.cols === 0) panes.freezeRows(freeze.rows);
        else panes.freezeAt(sheetOf(context, sheet.name).getRange(rangeRef(1, 1, freeze.rows, freeze.cols)));
      },
    });
  }
  if (support.conditionalFormats) {
    // Excel puts a new rule on top; adding in reverse keeps the model's first rule highest.
    for (const cf of [...sheet.conditionalFormats].reverse()) {
      ops.push({
        bytes: OP_OVERHEAD * 2,
        run: (context) => queueConditionalFormat(sheetOf(context, sheet.name), cf),
      });
    }
  }
  if (support.dataValidation) {
    for (const v of sheet.validations) {
      ops.push({
        bytes: OP_OVERHEAD * 2,
        run: (context) => queueValidation(sheetOf(context, sheet.name), v),
      });
    }
  }
  for (const table of sheet.tables) {
    ops.push({
      bytes: OP_OVERHEAD,
      run: (context) => {
        const t = sheetOf(context, sheet.name).tables.add(table.ref, true);
        t.name = table.name;
        t.style = "TableStyleLight9";
      },
    });
  }
  for (const chart of sheet.charts) {
    ops.push({
      bytes: OP_OVERHEAD * (4 + chart.series.length * 4),
      run: (context) => queueChart(sheetOf(context, sheet.name), chart, support),
    });
  }
  return ops;
}

/**
 * Every operation in order. The sheets themselves are replaced: an existing sheet of ours is renamed,
 * the new one added, the old one deleted (so the workbook never loses its last sheet).
 */
export function planWrite(
  model: WorkbookModel,
  existing: ReadonlySet<string>,
  support: ExcelSupport,
  maxBytes: number,
): WriteOp[] {
  const structure: WriteOp = {
    bytes: OP_OVERHEAD * model.sheets.length * 3,
    run: (context) => {
      const sheets = context.workbook.worksheets;
      for (const s of model.sheets) {
        if (existing.has(s.name)) sheets.getItem(s.name).name = `${s.name.slice(0, 28)}~~`;
        sheets.add(s.name);
        if (existing.has(s.name)) sheets.getItem(`${s.name.slice(0, 28)}~~`).delete();
      }
    },
  };
  return [
    structure,
    ...model.sheets.flatMap((s) => cellOps(s, maxBytes)),
    ...model.sheets.flatMap((s) => formatOps(s, support, maxBytes)),
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
