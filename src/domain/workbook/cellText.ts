/**
 * Cell constructors and the formula-injection rule: text from a submitter is always a TextCell,
 * so writers store it as a string; `isFormulaLike` names the text Excel would otherwise evaluate.
 */
import type { IsoDate } from "../time/isoDate";
import type { Cell, DateCell, FormulaCell, NumberCell, TextCell } from "./workbookModel";

/** Leading characters that make Excel (or a CSV import) treat typed text as a formula or command. */
const FORMULA_TRIGGERS = /^[=+\-@\t\r\n]/;

/** True when text would be evaluated as a formula if typed or pasted into a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGERS.test(text);
}

/** A text cell; the value stays text whatever it starts with. */
export function text(value: string): TextCell {
  return { kind: "text", value };
}

/** A number cell; rejects NaN and infinities, which no spreadsheet can hold. */
export function num(value: number): NumberCell {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return { kind: "number", value };
}

/** A date cell. */
export function date(value: IsoDate): DateCell {
  return { kind: "date", value };
}

/** A formula cell with the engine's value as the cached result. */
export function formula(expr: string, cached?: number | string): FormulaCell {
  if (expr.startsWith("=")) throw new RangeError(`Formulas are stored without the leading '=': ${expr}`);
  return cached === undefined
    ? { kind: "formula", formula: expr }
    : { kind: "formula", formula: expr, cached };
}

/** A text cell, or an empty cell for undefined. */
export function optionalText(value: string | undefined): TextCell | null {
  return value === undefined ? null : text(value);
}

/** A date cell, or an empty cell for undefined. */
export function optionalDate(value: IsoDate | undefined): DateCell | null {
  return value === undefined ? null : date(value);
}

/** The plain value of a cell as the engine sees it (formulas give their cached value). */
export function cellPlainValue(cell: Cell | null): string | number | undefined {
  if (cell === null) return undefined;
  switch (cell.kind) {
    case "text":
    case "number":
    case "date":
      return cell.value;
    case "formula":
      return cell.cached;
  }
}
