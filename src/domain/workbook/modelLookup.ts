/**
 * Reading cells back out of a sheet model by position, e.g. to fill a chart's value cache.
 */
import type { CellOrEmpty, SheetModel, WorkbookModel } from "./workbookModel";
import { parseRangeRef } from "./a1";

/** The model cell at (row, col) of a sheet, or null when no block covers it. */
export function cellAt(sheet: SheetModel, row: number, col: number): CellOrEmpty {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    const line = block.cells[r];
    if (r >= 0 && c >= 0 && line !== undefined && c < line.length) return line[c] ?? null;
  }
  return null;
}

/** Numbers of a sheet-qualified range such as `'Kraljic'!$C$7:$C$9` (cached values for formulas). */
export function numbersAt(model: WorkbookModel, qualifiedRef: string): readonly number[] {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(qualifiedRef);
  if (!m || m[1] === undefined || m[2] === undefined)
    throw new RangeError(`Not a sheet-qualified range: ${qualifiedRef}`);
  const name = m[1].replace(/''/g, "'");
  const sheet = model.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new RangeError(`No sheet named ${name}`);
  const { row1, col1, row2, col2 } = parseRangeRef(m[2].replace(/\$/g, ""));
  const out: number[] = [];
  for (let r = row1; r <= row2; r += 1) {
    for (let c = col1; c <= col2; c += 1) {
      const cell = cellAt(sheet, r, c);
      const v =
        cell === null
          ? undefined
          : cell.kind === "formula"
            ? cell.cached
            : cell.kind === "number"
              ? cell.value
              : undefined;
      out.push(typeof v === "number" ? v : 0);
    }
  }
  return out;
}
