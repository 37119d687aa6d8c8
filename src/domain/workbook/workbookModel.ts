/**
 * The host-independent workbook model: sheets of typed cells, formats, conditional formats, data
 * validations, tables and charts. One model, two thin writers (Office.js and .xlsx) render it.
 * Rows and columns are 1-based as in Excel; formulas are English A1 formulas without the leading `=`.
 */
import type { IsoDate } from "../time/isoDate";

/** Literal text. Always written as text, never interpreted as a formula, number or date. */
export interface TextCell {
  readonly kind: "text";
  readonly value: string;
}

/** A number. */
export interface NumberCell {
  readonly kind: "number";
  readonly value: number;
}

/** A calendar date, written as an Excel date serial with a date number format. */
export interface DateCell {
  readonly kind: "date";
  readonly value: IsoDate;
}

/** A formula built by the model itself (never from submitted text), with the value the engine expects. */
export interface FormulaCell {
  readonly kind: "formula";
  /** English A1 formula without the leading `=`. */
  readonly formula: string;
  /** The value the engine computed; written as the cached result so the file opens showing it. */
  readonly cached?: number | string;
}

/** A cell of the model. */
export type Cell = TextCell | NumberCell | DateCell | FormulaCell;

/** A cell position or nothing (an empty cell). */
export type CellOrEmpty = Cell | null;

/** A rectangle of cells whose top-left corner is at (row, col). Rows may not be ragged. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellOrEmpty[])[];
}

/** Formatting applied to an A1 range (without sheet name). */
export interface FormatRule {
  readonly ref: string;
  /** OOXML / en-US number format code, e.g. `#,##0 "kr"`, `dd.mm.yyyy`, `0.00`. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** Fill colour `#RRGGBB`. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
}

/** A conditional format on an A1 range. */
export type ConditionalFormat =
  | {
      readonly kind: "cellValue";
      readonly ref: string;
      readonly operator: "between" | "greaterThan" | "lessThan" | "equal" | "notEqual";
      readonly formula1: string;
      readonly formula2?: string;
      readonly fill: string;
      readonly fontColor?: string;
    }
  | {
      readonly kind: "expression";
      readonly ref: string;
      /** Formula relative to the top-left cell of `ref`, without `=`. */
      readonly formula: string;
      readonly fill: string;
    }
  | {
      readonly kind: "colorScale";
      readonly ref: string;
      /** Exactly three numeric points, low to high. */
      readonly points: readonly [ColorPoint, ColorPoint, ColorPoint];
    };

/** A point of a three-colour scale. */
export interface ColorPoint {
  readonly value: number;
  readonly color: string;
}

/** A data validation rule on an A1 range. */
export type DataValidation =
  | {
      readonly kind: "wholeNumber" | "decimal";
      readonly ref: string;
      readonly min: number;
      readonly max: number;
      readonly errorTitle: string;
      readonly errorMessage: string;
    }
  | {
      readonly kind: "list";
      readonly ref: string;
      readonly items: readonly string[];
      readonly errorTitle: string;
      readonly errorMessage: string;
    };

/** An Excel table (ListObject) over a header row and its data rows. */
export interface TableDef {
  readonly name: string;
  /** A1 range including the header row. */
  readonly ref: string;
}

/** A bubble series: x, y and bubble-size ranges (sheet-qualified absolute A1) and a name. */
export interface BubbleSeries {
  readonly name: string;
  readonly xRef: string;
  readonly yRef: string;
  readonly sizeRef: string;
  readonly color: string;
}

/** A value axis of a chart; `crossesAt` is where the other axis crosses it (the quadrant line). */
export interface ChartAxis {
  readonly title: string;
  readonly min?: number;
  readonly max?: number;
  readonly crossesAt: number;
  readonly numberFormat: string;
}

/** A bubble chart with quadrant lines made by crossing the axes inside the plot. */
export interface BubbleChartSpec {
  readonly kind: "bubble";
  readonly name: string;
  readonly title: string;
  /** Anchor: top-left and bottom-right cells (1-based) the chart spans. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
  readonly series: readonly BubbleSeries[];
  readonly xAxis: ChartAxis;
  readonly yAxis: ChartAxis;
}

/** How a sheet prints: the area with data and chart, landscape, one page wide. */
export interface PrintSetup {
  /** A1 range (without sheet name). */
  readonly area: string;
  readonly landscape: boolean;
  /** Scale to one page wide (as many pages tall as needed). */
  readonly fitToWidth: boolean;
}

/** One worksheet of the model. */
export interface SheetModel {
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly formats: readonly FormatRule[];
  /** Column widths in characters, by 1-based column index. */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly DataValidation[];
  readonly tables: readonly TableDef[];
  readonly charts: readonly BubbleChartSpec[];
  /** Rows and columns frozen at the top and left. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print?: PrintSetup;
}

/** The whole workbook: the sheets in order and where read-back finds the editable cells. */
export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  readonly layout: ReadBackLayout;
}

/** Where the editable regions live, so "Oppdater" can read them back. */
export interface ReadBackLayout {
  readonly matrix: {
    readonly sheet: string;
    readonly table: string;
    /** A1 range of the weight cells (one row, one cell per criterion, in `criteriaIds` order). */
    readonly weightsRef: string;
    readonly criteriaIds: readonly string[];
    /** 0-based column offsets inside the table body. */
    readonly idCol: number;
    readonly firstScoreCol: number;
    readonly scoreCol: number;
    readonly rankValueCol: number;
    readonly rankCol: number;
  };
  readonly selection: {
    readonly sheet: string;
    readonly table: string;
    readonly idCol: number;
    readonly forceCol: number;
    readonly forceReasonCol: number;
    readonly commentCol: number;
  };
  readonly feedback: {
    readonly sheet: string;
    readonly table: string;
    readonly idCol: number;
    readonly commentCol: number;
  };
}
