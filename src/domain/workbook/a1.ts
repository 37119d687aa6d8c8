/**
 * A1 addressing and Excel date serials: column letters, cell and range references, block extents.
 */
import { toDayNumber, type IsoDate } from "../time/isoDate";
import type { CellBlock } from "./workbookModel";

/** Column letters for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1)
    throw new RangeError(`Column index must be a positive integer: ${col}`);
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell reference such as `B7`, or `$B$7` when absolute. */
export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row}`;
}

/** A range reference such as `B7:D9` (or `$B$7:$D$9`); a single cell when both corners agree. */
export function rangeRef(row1: number, col1: number, row2: number, col2: number, absolute = false): string {
  const a = cellRef(row1, col1, absolute);
  const b = cellRef(row2, col2, absolute);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet-qualified reference: `'Kraljic'!$C$4:$C$9`. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** Number of rows and columns of a block (0×0 when empty). */
export function blockSize(block: CellBlock): { rows: number; cols: number } {
  return { rows: block.cells.length, cols: block.cells[0]?.length ?? 0 };
}

/** The A1 range a block covers. */
export function blockRange(block: CellBlock): string {
  const { rows, cols } = blockSize(block);
  if (rows === 0 || cols === 0) throw new RangeError(`Empty block at ${cellRef(block.row, block.col)}`);
  return rangeRef(block.row, block.col, block.row + rows - 1, block.col + cols - 1);
}

/** Parses `B7` into 1-based row and column. */
export function parseCellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m || m[1] === undefined || m[2] === undefined)
    throw new RangeError(`Not an A1 cell reference: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Parses `B7:D9` (or a single cell) into its corners. */
export function parseRangeRef(ref: string): { row1: number; col1: number; row2: number; col2: number } {
  const [a, b] = ref.split(":");
  if (a === undefined) throw new RangeError(`Not an A1 range: ${ref}`);
  const start = parseCellRef(a);
  const end = b === undefined ? start : parseCellRef(b);
  return { row1: start.row, col1: start.col, row2: end.row, col2: end.col };
}

/** Day number of 1899-12-30, the origin of Excel's (1900 date system) serials. */
const EXCEL_EPOCH_DAY = toDayNumber("1899-12-30");

/** The Excel date serial of a calendar date (1900 date system): 2027-01-15 → 46402. */
export function excelSerial(date: IsoDate): number {
  return toDayNumber(date) - EXCEL_EPOCH_DAY;
}
