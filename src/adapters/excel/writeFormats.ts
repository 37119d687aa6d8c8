/**
 * Queues the formatting parts of the model on an Office.js worksheet: format rules, conditional
 * formats, data validations and the bubble chart. Queue only; the caller syncs.
 */
import type {
  BubbleChartSpec,
  ConditionalFormat,
  DataValidation,
  FormatRule,
} from "../../domain/workbook/workbookModel";
import { parseRangeRef, rangeRef } from "../../domain/workbook/a1";
import type { ExcelSupport } from "./requirements";

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const OPERATORS = {
  between: "Between",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
} as const;

/** Queues one format rule: number formats as a whole array, the rest as range-wide properties. */
export function queueFormatRule(sheet: Excel.Worksheet, rule: FormatRule): void {
  const range = sheet.getRange(rule.ref);
  if (rule.numberFormat !== undefined) {
    const { row1, col1, row2, col2 } = parseRangeRef(rule.ref);
    const format = rule.numberFormat;
    range.numberFormat = Array.from({ length: row2 - row1 + 1 }, () =>
      Array.from({ length: col2 - col1 + 1 }, () => format),
    );
  }
  if (rule.bold !== undefined) range.format.font.bold = rule.bold;
  if (rule.fontColor !== undefined) range.format.font.color = rule.fontColor;
  if (rule.fill !== undefined) range.format.fill.color = rule.fill;
  if (rule.wrap !== undefined) range.format.wrapText = rule.wrap;
  if (rule.horizontal !== undefined) range.format.horizontalAlignment = ALIGN[rule.horizontal];
}

/**
 * A number as a formula that reads the same in every locale: integers as they are, other values
 * as an integer fraction (`=7/10`, not `0.7`, which a comma-decimal locale would not parse).
 */
export function localeNeutralNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  for (let den = 10; den <= 1e9; den *= 10) {
    const num = Math.round(value * den);
    if (Math.abs(num / den - value) < 1e-12) return `=${num}/${den}`;
  }
  throw new RangeError(`No exact decimal fraction for ${value}`);
}

/** Queues one conditional format (ExcelApi 1.6). */
export function queueConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormat): void {
  const formats = sheet.getRange(cf.ref).conditionalFormats;
  switch (cf.kind) {
    case "colorScale": {
      const [low, mid, high] = cf.points;
      const point = (p: typeof low) => ({
        formula: localeNeutralNumber(p.value),
        type: "Number" as const,
        color: p.color,
      });
      formats.add("ColorScale").colorScale.criteria = {
        minimum: point(low),
        midpoint: point(mid),
        maximum: point(high),
      };
      return;
    }
    case "cellValue": {
      const format = formats.add("CellValue").cellValue;
      format.format.fill.color = cf.fill;
      if (cf.fontColor !== undefined) format.format.font.color = cf.fontColor;
      format.rule =
        cf.formula2 === undefined
          ? { formula1: `=${cf.formula1}`, operator: OPERATORS[cf.operator] }
          : { formula1: `=${cf.formula1}`, formula2: `=${cf.formula2}`, operator: OPERATORS[cf.operator] };
      return;
    }
    case "expression": {
      const format = formats.add("Custom").custom;
      format.rule.formula = `=${cf.formula}`;
      format.format.fill.color = cf.fill;
      return;
    }
  }
}

/** Queues one data validation with its error alert (ExcelApi 1.8). */
export function queueValidation(sheet: Excel.Worksheet, v: DataValidation): void {
  const validation = sheet.getRange(v.ref).dataValidation;
  if (v.kind === "list") {
    validation.rule = { list: { inCellDropDown: true, source: v.items.join(",") } };
  } else {
    const basic = { formula1: v.min, formula2: v.max, operator: "Between" as const };
    validation.rule = v.kind === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
  }
  validation.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage };
}

/** The unqualified A1 range of a sheet-qualified reference. */
function localRef(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/**
 * Queues the bubble chart. With ExcelApi 1.7 each main category is its own series; without it
 * one series spans all rows. With ExcelApi 1.8 the axes cross at the split values (quadrant lines).
 */
export function queueChart(sheet: Excel.Worksheet, spec: BubbleChartSpec, support: ExcelSupport): void {
  const first = spec.series[0];
  const last = spec.series[spec.series.length - 1];
  if (first === undefined || last === undefined) return;
  const x1 = parseRangeRef(localRef(first.xRef));
  const sizeEnd = parseRangeRef(localRef(last.sizeRef));
  const source = support.chartSeries
    ? rangeRef(
        x1.row1,
        x1.col1,
        parseRangeRef(localRef(first.sizeRef)).row2,
        parseRangeRef(localRef(first.sizeRef)).col2,
      )
    : rangeRef(x1.row1, x1.col1, sizeEnd.row2, sizeEnd.col2);
  const chart = sheet.charts.add("Bubble", sheet.getRange(source), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.setPosition(
    rangeRef(spec.from.row, spec.from.col, spec.from.row, spec.from.col),
    rangeRef(spec.to.row, spec.to.col, spec.to.row, spec.to.col),
  );
  if (support.chartSeries) {
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.format.fill.setSolidColor(first.color);
    for (const s of spec.series.slice(1)) {
      const series = chart.series.add(s.name);
      series.setXAxisValues(sheet.getRange(localRef(s.xRef)));
      series.setValues(sheet.getRange(localRef(s.yRef)));
      series.setBubbleSizes(sheet.getRange(localRef(s.sizeRef)));
      series.format.fill.setSolidColor(s.color);
    }
  }
  const xAxis = chart.axes.categoryAxis;
  const yAxis = chart.axes.valueAxis;
  xAxis.title.text = spec.xAxis.title;
  yAxis.title.text = spec.yAxis.title;
  if (spec.xAxis.min !== undefined) xAxis.minimum = spec.xAxis.min;
  if (spec.xAxis.max !== undefined) xAxis.maximum = spec.xAxis.max;
  if (spec.yAxis.min !== undefined) yAxis.minimum = spec.yAxis.min;
  if (spec.yAxis.max !== undefined) yAxis.maximum = spec.yAxis.max;
  if (support.axisPosition) {
    xAxis.setPositionAt(spec.xAxis.crossesAt);
    yAxis.setPositionAt(spec.yAxis.crossesAt);
    xAxis.tickLabelPosition = "Low";
    yAxis.tickLabelPosition = "Low";
  }
}
