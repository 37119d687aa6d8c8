/**
 * Kraljic: one row per category (subcategory when the need names one) with mean supply risk
 * (criterion `supplyRisk`, 1–5) and total value (profit impact) of its needs, the quadrant as a
 * formula, and a bubble chart (one series per main category, bubble size = number of needs). The
 * axes cross at the splits — risk 3 (scale midpoint) and the median value — which draws the quadrant
 * lines. Same rule as the engine's kraljicPoints: needs without a supply-risk score are left out
 * of the points; the engine's points are used when given.
 */
import type { SheetModel, CellOrEmpty, BubbleSeries } from "../../domain/workbook/workbookModel";
import { formula, num, text } from "../../domain/workbook/cellText";
import { rangeRef, sheetRef } from "../../domain/workbook/a1";
import { SCORE_MAX, SCORE_MIN } from "../../domain/prioritisation/defaultCriteria";
import { SheetBuilder } from "./sheetBuilder";
import { criterionScore, type KraljicRow, type WorkbookContext } from "./workbookInput";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";

/** The criterion whose score is the Kraljic supply-risk axis. */
export const SUPPLY_RISK_CRITERION = "supplyRisk";
const HEADER_ROW = 6;
const RISK_SPLIT = (SCORE_MIN + SCORE_MAX) / 2;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Kraljic rows from the needs: groups by category/subcategory of the needs with a supply-risk score. */
function kraljicRows(ctx: WorkbookContext): KraljicRow[] {
  const groups = new Map<
    string,
    { category: string; subcategory?: string; risks: number[]; value: number }
  >();
  for (const need of ctx.needs) {
    const risk = criterionScore(ctx, need, SUPPLY_RISK_CRITERION);
    if (risk === undefined) continue;
    const key = `${need.category}/${need.subcategory ?? ""}`;
    const g = groups.get(key) ?? {
      category: need.category,
      ...(need.subcategory !== undefined ? { subcategory: need.subcategory } : {}),
      risks: [],
      value: 0,
    };
    g.risks.push(risk);
    g.value += need.estimatedValue;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    category: g.category,
    ...(g.subcategory !== undefined ? { subcategory: g.subcategory } : {}),
    needCount: g.risks.length,
    supplyRisk: Math.round((g.risks.reduce((s, r) => s + r, 0) / g.risks.length) * 100) / 100,
    profitImpact: g.value,
  }));
}

/** The Kraljic sheet with its bubble chart. */
export function kraljicSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.kraljic);
  const label = (r: KraljicRow) =>
    ctx.subcategoryName(r.category, r.subcategory) ?? t("kraljic.noSubcategory");
  const categoryOrder = new Map(ctx.input.mainCategories.map((c, i) => [c.id, i]));
  const rows = [...(ctx.input.kraljic ?? kraljicRows(ctx))].sort((a, c) => {
    const ca = categoryOrder.get(a.category) ?? Number.MAX_SAFE_INTEGER;
    const cc = categoryOrder.get(c.category) ?? Number.MAX_SAFE_INTEGER;
    if (ca !== cc) return ca - cc;
    if (a.category !== c.category) return a.category < c.category ? -1 : 1;
    return label(a) < label(c) ? -1 : label(a) > label(c) ? 1 : 0;
  });
  const mnok = (nok: number) => nok / 1_000_000;
  const valueSplit = mnok(median(rows.map((r) => r.profitImpact)));

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
      text(ctx.categoryName(r.category)),
      text(label(r)),
      num(r.supplyRisk),
      num(mnok(r.profitImpact)),
      num(r.needCount),
      formula(
        `IF(C${row}>=$B$3,IF(D${row}>=$B$4,${q("quadrant.strategic")},${q("quadrant.bottleneck")}),IF(D${row}>=$B$4,${q("quadrant.leverage")},${q("quadrant.nonCritical")}))`,
        quadrantOf(r.supplyRisk, mnok(r.profitImpact)),
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
    const category = rows[start]?.category ?? "";
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.category === category) end += 1;
    const col = (c: number) =>
      sheetRef(SHEET_NAMES.kraljic, rangeRef(first + start, c, first + end, c, true));
    series.push({
      name: ctx.categoryName(category),
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
