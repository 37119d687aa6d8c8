/**
 * Kraljic: one row per subcategory with mean supply risk (criterion `supplyRisk`, 1–5) and total
 * value (profit impact, MNOK) of its accepted needs, the quadrant as a formula, and a bubble chart
 * (one series per main category, bubble size = number of needs). The axes cross at the split
 * values (risk 3, median value), which draws the quadrant lines.
 */
import type { SheetModel, CellOrEmpty, BubbleSeries } from "../../domain/workbook/workbookModel";
import { formula, num, text } from "../../domain/workbook/cellText";
import { rangeRef, sheetRef } from "../../domain/workbook/a1";
import type { Need } from "../../domain/model/need";
import { SCORE_MAX, SCORE_MIN } from "../../domain/prioritisation/defaultCriteria";
import { SheetBuilder } from "./sheetBuilder";
import { criterionScore, type WorkbookContext } from "./workbookInput";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";

/** The criterion whose score is the Kraljic supply-risk axis. */
export const SUPPLY_RISK_CRITERION = "supplyRisk";
const HEADER_ROW = 6;
const RISK_SPLIT = (SCORE_MIN + SCORE_MAX) / 2;

/** One bubble: a subcategory of a main category. */
interface Group {
  readonly categoryId: string;
  readonly label: string;
  readonly needs: Need[];
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** The Kraljic sheet with its bubble chart. */
export function kraljicSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.kraljic);
  const groups = new Map<string, Group>();
  for (const need of ctx.needs) {
    const key = `${need.category}\u0000${need.subcategory ?? ""}`;
    const label = ctx.subcategoryName(need.category, need.subcategory) ?? t("kraljic.noSubcategory");
    const g = groups.get(key) ?? { categoryId: need.category, label, needs: [] };
    g.needs.push(need);
    groups.set(key, g);
  }
  const categoryOrder = new Map(ctx.input.mainCategories.map((c, i) => [c.id, i]));
  const ordered = [...groups.values()].sort((a, c) => {
    const ca = categoryOrder.get(a.categoryId) ?? Number.MAX_SAFE_INTEGER;
    const cc = categoryOrder.get(c.categoryId) ?? Number.MAX_SAFE_INTEGER;
    if (ca !== cc) return ca - cc;
    if (a.categoryId !== c.categoryId) return a.categoryId < c.categoryId ? -1 : 1;
    return a.label < c.label ? -1 : a.label > c.label ? 1 : 0;
  });
  const rows = ordered.map((g) => {
    const risks = g.needs.flatMap((n) => {
      const s = criterionScore(ctx, n, SUPPLY_RISK_CRITERION);
      return s === undefined ? [] : [s];
    });
    const risk = risks.length === 0 ? RISK_SPLIT : risks.reduce((s, v) => s + v, 0) / risks.length;
    const value = g.needs.reduce((s, n) => s + n.estimatedValue, 0) / 1_000_000;
    return { g, risk: Math.round(risk * 100) / 100, value: Math.round(value * 10) / 10 };
  });
  const valueSplit = Math.round(median(rows.map((r) => r.value)) * 10) / 10;

  b.block(1, 1, [[text(t("title.kraljic", { year: ctx.input.plan.planYear }))]]);
  b.block(3, 1, [
    [text(t("label.riskSplit")), num(RISK_SPLIT)],
    [text(t("label.valueSplit")), num(valueSplit)],
  ]);
  const q = (key: string) => `"${t(key).replace(/"/g, '""')}"`;
  const first = HEADER_ROW + 1;
  const quadrantOf = (risk: number, value: number) =>
    t(
      risk >= RISK_SPLIT
        ? value >= valueSplit
          ? "quadrant.strategic"
          : "quadrant.bottleneck"
        : value >= valueSplit
          ? "quadrant.leverage"
          : "quadrant.nonCritical",
    );
  const header = [
    "col.mainCategory",
    "col.subcategory",
    "col.supplyRisk",
    "col.profitImpact",
    "col.needCount",
    "col.quadrant",
  ].map((k) => text(t(k)));
  const body: CellOrEmpty[][] = rows.map((r, i) => {
    const row = first + i;
    return [
      text(ctx.categoryName(r.g.categoryId)),
      text(r.g.label),
      num(r.risk),
      num(r.value),
      num(r.g.needs.length),
      formula(
        `IF(C${row}>=$B$3,IF(D${row}>=$B$4,${q("quadrant.strategic")},${q("quadrant.bottleneck")}),IF(D${row}>=$B$4,${q("quadrant.leverage")},${q("quadrant.nonCritical")}))`,
        quadrantOf(r.risk, r.value),
      ),
    ];
  });
  b.block(HEADER_ROW, 1, [header, ...body]);
  b.table(TABLE_NAMES.kraljic, HEADER_ROW, 1, header.length, body.length);
  const last = HEADER_ROW + Math.max(body.length, 1);
  b.format({ ref: "A1", bold: true })
    .format({ ref: "A3:A4", bold: true })
    .format({ ref: "B3", numberFormat: NUMBER_FORMATS.decimal })
    .format({ ref: "B4", numberFormat: NUMBER_FORMATS.mnok })
    .format({ ref: rangeRef(HEADER_ROW, 1, HEADER_ROW, header.length), bold: true, wrap: true })
    .format({ ref: rangeRef(first, 3, last, 3), numberFormat: NUMBER_FORMATS.score })
    .format({ ref: rangeRef(first, 4, last, 4), numberFormat: NUMBER_FORMATS.mnok })
    .widthsFrom(1, [26, 30, 14, 12, 10, 14]);

  const series: BubbleSeries[] = [];
  let start = 0;
  while (start < rows.length) {
    const categoryId = rows[start]?.g.categoryId ?? "";
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.g.categoryId === categoryId) end += 1;
    const col = (c: number) =>
      sheetRef(SHEET_NAMES.kraljic, rangeRef(first + start, c, first + end, c, true));
    series.push({
      name: ctx.categoryName(categoryId),
      xRef: col(3),
      yRef: col(4),
      sizeRef: col(5),
      color: COLORS.series[series.length % COLORS.series.length] ?? COLORS.headerFill,
    });
    start = end + 1;
  }
  if (series.length > 0) {
    b.chart({
      kind: "bubble",
      name: "KraljicChart",
      title: t("chart.title"),
      from: { row: 3, col: 8 },
      to: { row: 28, col: 17 },
      series,
      xAxis: {
        title: t("chart.xAxis"),
        min: SCORE_MIN,
        max: SCORE_MAX,
        crossesAt: RISK_SPLIT,
        numberFormat: NUMBER_FORMATS.decimal,
      },
      yAxis: { title: t("chart.yAxis"), min: 0, crossesAt: valueSplit, numberFormat: NUMBER_FORMATS.mnok },
    });
  }
  return b.build();
}
