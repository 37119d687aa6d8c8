/**
 * Kapasitet: weekly load per person (share of a full-time week) as a heat map: white at 0,
 * yellow at full availability, red at 150 %.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { date, num, text } from "../../domain/workbook/cellText";
import { rangeRef } from "../../domain/workbook/a1";
import { SheetBuilder } from "./sheetBuilder";
import type { WorkbookContext } from "./workbookInput";
import { isoWeekNumber, scheduleWeeks, weeklyLoad } from "./weeks";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES } from "./workbookStyle";

const HEADER_ROW = 3;
const FIXED_COLS = 3;

/** The Kapasitet sheet. */
export function capacitySheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.capacity);
  const weeks = scheduleWeeks(ctx.input.schedule);
  const load = weeklyLoad(ctx.input.schedule, weeks);
  const people = [...ctx.input.people].sort((a, c) =>
    a.role !== c.role ? (a.role === "lead" ? -1 : 1) : a.id < c.id ? -1 : a.id > c.id ? 1 : 0,
  );
  const unknown = [...load.keys()].filter((id) => !people.some((p) => p.id === id));
  if (unknown.length > 0)
    throw new Error(`Workbook: the schedule names unknown people: ${unknown.join(", ")}`);

  b.block(1, 1, [[text(t("title.capacity", { year: ctx.input.plan.planYear }))]]);
  if (weeks.length > 0) {
    b.block(HEADER_ROW - 1, FIXED_COLS, [
      [text(t("label.week")), ...weeks.map((w) => num(isoWeekNumber(w)))],
    ]);
  }
  const header: CellOrEmpty[] = [
    text(t("col.person")),
    text(t("col.role")),
    text(t("col.availability")),
    ...weeks.map((w) => date(w)),
  ];
  const body: CellOrEmpty[][] = people.map((p) => [
    text(p.name),
    text(t(`role.${p.role}`)),
    num(p.availability),
    ...(load.get(p.id) ?? weeks.map(() => 0)).map((v) => num(Math.round(v * 1000) / 1000)),
  ]);
  b.block(HEADER_ROW, 1, [header, ...body]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(body.length, 1);
  const lastCol = FIXED_COLS + weeks.length;
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(HEADER_ROW, 1, HEADER_ROW, lastCol), bold: true })
    .format({ ref: rangeRef(first, 3, last, 3), numberFormat: NUMBER_FORMATS.percent })
    .widthsFrom(1, [26, 18, 12, ...weeks.map(() => 6)])
    .freezePanes(HEADER_ROW, 1);
  if (weeks.length > 0) {
    const heat = rangeRef(first, FIXED_COLS + 1, last, lastCol);
    b.format({
      ref: rangeRef(HEADER_ROW, FIXED_COLS + 1, HEADER_ROW, lastCol),
      numberFormat: NUMBER_FORMATS.shortDate,
    })
      .format({
        ref: rangeRef(HEADER_ROW - 1, FIXED_COLS + 1, HEADER_ROW - 1, lastCol),
        numberFormat: NUMBER_FORMATS.integer,
      })
      .format({ ref: heat, numberFormat: NUMBER_FORMATS.percent })
      .conditional({
        kind: "colorScale",
        ref: heat,
        points: [
          { value: 0, color: COLORS.white },
          { value: 1, color: COLORS.mid },
          { value: 1.5, color: COLORS.bad },
        ],
      });
  }
  return b.build();
}
