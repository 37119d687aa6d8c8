/**
 * A small accumulator for one sheet of the workbook model: blocks, formats, conditional formats,
 * validations, tables and charts are collected and frozen into a SheetModel by `build()`.
 */
import type {
  BubbleChartSpec,
  CellBlock,
  CellOrEmpty,
  ConditionalFormat,
  DataValidation,
  FormatRule,
  SheetModel,
  TableDef,
} from "../../domain/workbook/workbookModel";
import { parseRangeRef, rangeRef } from "../../domain/workbook/a1";

/** Characters a table header's filter button takes. */
const FILTER_BUTTON_WIDTH = 4;
/** Widest a column grows for its header. */
const HEADER_WIDTH_CAP = 40;

/** Collects the parts of one sheet; each sheet module owns one builder. */
export class SheetBuilder {
  private readonly blocks: CellBlock[] = [];
  private readonly formats: FormatRule[] = [];
  private readonly widths: { col: number; width: number }[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly validations: DataValidation[] = [];
  private readonly tables: TableDef[] = [];
  private readonly charts: BubbleChartSpec[] = [];
  private freeze: { rows: number; cols: number } | undefined;

  /** Starts a sheet with the given (Norwegian) name. */
  constructor(private readonly name: string) {}

  /** Adds a rectangle of cells at (row, col); rows must be equally long. */
  block(row: number, col: number, cells: readonly (readonly CellOrEmpty[])[]): this {
    const width = cells[0]?.length ?? 0;
    cells.forEach((r, i) => {
      if (r.length !== width) {
        throw new RangeError(`${this.name}: block row ${i + 1} has ${r.length} cells, expected ${width}`);
      }
    });
    if (cells.length > 0 && width > 0) this.blocks.push({ row, col, cells });
    return this;
  }

  /** Adds a format rule. */
  format(rule: FormatRule): this {
    this.formats.push(rule);
    return this;
  }

  /** Sets column widths (characters) starting at column `from`. */
  widthsFrom(from: number, widths: readonly number[]): this {
    widths.forEach((width, i) => this.widths.push({ col: from + i, width }));
    return this;
  }

  /** Adds a conditional format. */
  conditional(rule: ConditionalFormat): this {
    this.conditionalFormats.push(rule);
    return this;
  }

  /** Adds a data validation. */
  validate(rule: DataValidation): this {
    this.validations.push(rule);
    return this;
  }

  /** Adds a table over a header row at (row, col) with `cols` columns and `bodyRows` data rows (≥ 1). */
  table(name: string, row: number, col: number, cols: number, bodyRows: number): this {
    this.tables.push({ name, ref: rangeRef(row, col, row + Math.max(bodyRows, 1), col + cols - 1) });
    return this;
  }

  /** Adds a chart. */
  chart(spec: BubbleChartSpec): this {
    this.charts.push(spec);
    return this;
  }

  /** Freezes the top `rows` rows and left `cols` columns. */
  freezePanes(rows: number, cols: number): this {
    this.freeze = { rows, cols };
    return this;
  }

  /** The text of a cell written at (row, col), if any. */
  private textAt(row: number, col: number): string | undefined {
    for (const b of this.blocks) {
      const cell = b.cells[row - b.row]?.[col - b.col];
      if (cell?.kind === "text") return cell.value;
    }
    return undefined;
  }

  /**
   * Column widths that show every table header in full: at least the header's length plus room
   * for the filter button (capped, long headers wrap instead).
   */
  private headerWidths(): { col: number; width: number }[] {
    const widths = new Map(this.widths.map((w) => [w.col, w.width]));
    for (const t of this.tables) {
      const { row1, col1, col2 } = parseRangeRef(t.ref);
      for (let c = col1; c <= col2; c += 1) {
        const header = this.textAt(row1, c);
        if (header === undefined) continue;
        const need = Math.min(HEADER_WIDTH_CAP, [...header].length + FILTER_BUTTON_WIDTH);
        if ((widths.get(c) ?? 0) < need) widths.set(c, need);
      }
    }
    return [...widths].map(([col, width]) => ({ col, width })).sort((a, b) => a.col - b.col);
  }

  /** The print area: every block and chart, from A1. */
  private printArea(): string {
    let rows = 1;
    let cols = 1;
    for (const b of this.blocks) {
      rows = Math.max(rows, b.row + b.cells.length - 1);
      cols = Math.max(cols, b.col + (b.cells[0]?.length ?? 1) - 1);
    }
    for (const c of this.charts) {
      rows = Math.max(rows, c.to.row);
      cols = Math.max(cols, c.to.col);
    }
    return rangeRef(1, 1, rows, cols);
  }

  /** The finished sheet; it prints landscape, one page wide, over its data and charts. */
  build(): SheetModel {
    const sheet: SheetModel = {
      name: this.name,
      blocks: this.blocks,
      formats: this.formats,
      columnWidths: this.headerWidths(),
      conditionalFormats: this.conditionalFormats,
      validations: this.validations,
      tables: this.tables,
      charts: this.charts,
      print: { area: this.printArea(), landscape: true, fitToWidth: true },
    };
    return this.freeze ? { ...sheet, freeze: this.freeze } : sheet;
  }
}
